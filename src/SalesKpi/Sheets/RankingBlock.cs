using System;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>
/// One ranking of the listed reps for the selected period, a block of columns on the Series sheet
/// (<see cref="SeriesSheet.LeaderboardRanking"/> or <see cref="SeriesSheet.AttainmentRanking"/>): per
/// slot the rep, the data row of that rep and period, the KPI's value there, a sort key (undefined and
/// unlisted below every value), the rank ties share and a unique place (ties in list order); then, row
/// by row, which slot takes each place, and the rep and value a chart shows there. Each column is one
/// formula filled down the slots, as a tree: rendered for the sheet and evaluated row by row for the
/// cached values. Only the two lookups in the data (the rep's row, the KPI beside it) take their
/// values from the rows kept while the data streamed. Worked out once, before any sheet reads it.
/// </summary>
internal sealed class RankingBlock
{
    /// <summary>Sort keys below every value: a rep whose KPI is undefined, then a slot not ranked at all (a sort key above it is ranked).</summary>
    private const double Undefined = -1E+300;
    public const double Excluded = -2E+300;

    private readonly SheetCells _cells;
    private readonly SeriesArea _series;
    private readonly int _block;

    public RankingBlock(BuildContext context, int block)
    {
        var layout = context.Layout;
        var series = _series = layout.Series;
        var values = context.Values;
        _block = block;
        var (first, last) = (SeriesArea.RankFirstRow, series.RankLastRow);
        CellValue Column(Func<LeaderRow, CellValue> cell) => values.SelectedColumn(layout.Capacity, cell);
        var seriesSheet = context.Cells.Reader(context.Cells.Series);
        _cells = new SheetCells(layout.SeriesSheet, name => name switch
        {
            Names.InScope => Column(row => CellValue.Of(row.InScope ? 1 : 0)),
            _ when name == Names.Data(InputFields.RepName) => Column(row => CellValue.Of(row.RepName)),
            _ when name == Names.Data(InputFields.Team) => Column(row => CellValue.Of(row.Team)),
            _ => seriesSheet(name),
        });

        int At(int field) => series.RankColumn(block, field);
        Expression Cell(int field, int row) => Ref(CellRef.Relative(row, At(field)));
        Expression Range(int field) => Ref(CellRef.AbsoluteRange(first, At(field), last, At(field)));
        Expression KpiColumn(int column) => Ref(CellRef.AbsoluteRange(SeriesArea.FirstKpiRow, column, series.LastKpiRow, column));
        Expression InPeriod(string name) => Span(Ref(name), Ref(Names.SelectedFrom), Ref(Names.SelectedTo));
        void Fill(int field, Func<int, Expression> formula, Func<int, CellValue>? value = null) => _cells.Fill(first, last, At(field), formula, value: value);

        // Which KPI, and its direction: the leaderboard's pick (its default where the pick is no KPI), or the chart's.
        var fallback = context.DefaultRankingKpi + 1;
        var picked = block == SeriesSheet.LeaderboardRanking ? IfError(Match(Ref(Names.LeaderboardKpi), KpiColumn(SeriesArea.NameColumn)), fallback) : fallback;
        var kpi = _cells.Set(SeriesArea.HeaderRow, At(SeriesArea.RankKpi), picked);
        KpiIndex = (int)_cells[SeriesArea.HeaderRow, At(SeriesArea.RankKpi)].Number - 1;
        var direction = _cells.Set(SeriesArea.HeaderRow, At(SeriesArea.RankDirection), Index(KpiColumn(SeriesArea.DirectionColumn), kpi));

        LeaderRow? DataRow(int row) => values.SelectedRowOf(_cells[row, At(SeriesArea.RankRep)].Text);
        Fill(SeriesArea.RankRep, _ => Index(Ref(Names.Reps), SlotNumber).Then(Text("")));

        // The rep's row of the selected period, looked for among that period's rows only.
        var repIds = InPeriod(Names.Data(InputFields.RepId));
        Fill(SeriesArea.RankIndex,
            row => If(Cell(SeriesArea.RankRep, row).Is(Text("")), 0, IfError(SumProduct(
                repIds.Is(Cell(SeriesArea.RankRep, row)) * InPeriod(Names.Data(InputFields.PeriodStart)).Is(Ref(Names.SelectedPeriod)) * (Row(repIds) - (WorkbookLayout.FirstDataRow - 1))), 0)),
            row => CellValue.Of(DataRow(row)?.Index ?? 0));
        Expression Listed(int row) => If(Cell(SeriesArea.RankIndex, row).Is(0), 0, Index(Ref(Names.InScope), Cell(SeriesArea.RankIndex, row))).Is(1);
        _cells.Fill(first, last, At(SeriesArea.RankValue), row => If(Listed(row), RowValue(context, Cell(SeriesArea.RankIndex, row), kpi), NA()),
            value: row => DataRow(row) is { InScope: true } found ? CellValue.Of(found.Values[KpiIndex]) : CellValue.NotAvailable,
            references: DataRowReferences(Cell(SeriesArea.RankIndex, first)));
        Fill(SeriesArea.RankSigned, row => If(IsNumber(Cell(SeriesArea.RankValue, row)), Cell(SeriesArea.RankValue, row) * direction, If(Listed(row), Undefined, Excluded)));

        // RANK: one more than the values above, ties sharing it. The place adds the equal values listed earlier.
        Fill(SeriesArea.RankRank, row => If(IsNumber(Cell(SeriesArea.RankValue, row)), Rank(Cell(SeriesArea.RankSigned, row), Range(SeriesArea.RankSigned)), NA()));
        Fill(SeriesArea.RankPosition, row => Place(row, At(SeriesArea.RankSigned), last));
        Fill(SeriesArea.SlotAtPlace, _ => SlotAt(Range(SeriesArea.RankPosition)));

        // The chart's ranking shows nothing while its KPI is switched off: the chart follows the track switches.
        Expression Ranked(int row) => Index(Range(SeriesArea.RankSigned), Cell(SeriesArea.SlotAtPlace, row)) > Excluded;
        Func<int, Expression> shown = Ranked;
        if (block == SeriesSheet.AttainmentRanking)
        {
            // The KPI's cell of the tracked column, which the Series sheet fills in after the rankings: its switch read.
            var tracked = (row: series.KpiRow(KpiIndex), column: series.ListColumn(SeriesArea.ListTracked));
            var trackSwitch = Tracking.Flag(Ref(Names.SettingTrack(context.Kpis[KpiIndex].Definition.Id)), context.Language);
            _cells.Set(tracked.row, tracked.column, Evaluator.Evaluate(trackSwitch, seriesSheet));
            shown = row => And(Ref(CellRef.Absolute(tracked.row, tracked.column)).Is(1), Ranked(row));
        }

        // A chart names the rep as a manager does, by name; the id joins it where two reps of the period share the name.
        Fill(SeriesArea.RepAtPlace, row =>
        {
            var slot = Cell(SeriesArea.SlotAtPlace, row);
            var id = Index(Range(SeriesArea.RankRep), slot);
            var name = Index(Ref(Names.Data(InputFields.RepName)), Index(Range(SeriesArea.RankIndex), slot)).Then(Text(""));
            var namesake = CountIfs((InPeriod(Names.Data(InputFields.RepName)), name), (InPeriod(Names.Data(InputFields.PeriodStart)), Ref(Names.SelectedPeriod))) > 1;
            return If(shown(row), If(name.Is(Text("")), id, If(namesake, name.Then(Text(" (")).Then(id).Then(Text(")")), name)), Text(""));
        });
        Fill(SeriesArea.ValueAtPlace, row => If(shown(row), Index(Range(SeriesArea.RankValue), Cell(SeriesArea.SlotAtPlace, row)), NA()));
    }

    /// <summary>
    /// A unique place, highest first, for the sort key in <paramref name="row"/> of a column of keys down
    /// the slots: its rank (one more than the keys above it) plus the equal keys listed before it, so
    /// ties take places in list order.
    /// </summary>
    public static Expression Place(int row, int column, int lastRow)
    {
        var (first, key) = (SeriesArea.RankFirstRow, Ref(CellRef.Relative(row, column)));
        return Rank(key, Ref(CellRef.AbsoluteRange(first, column, lastRow, column))) + CountIf(Ref(CellRef.Absolute(first, column) + ":" + CellRef.Relative(row, column)), key) - 1;
    }

    /// <summary>Per row of the slots, the slot that takes the place of the row's number: where that number stands among <paramref name="places"/>.</summary>
    public static Expression SlotAt(Expression places) => Match(SlotNumber, places);

    /// <summary>A slot's number (from 1), from the row it stands in.</summary>
    private static Expression SlotNumber => Row() - (SeriesArea.RankFirstRow - 1);

    /// <summary>The catalog index of the KPI ranked by.</summary>
    public int KpiIndex { get; }

    /// <summary>The value of a column at a slot (0 is the first row), or, for the per-place columns, at a place (0 is the first).</summary>
    public CellValue this[int field, int slot] => _cells[SeriesArea.RankFirstRow + slot, _series.RankColumn(_block, field)];

    /// <summary>What a reference to the Series sheet holds, for formulas of other sheets that read the ranking.</summary>
    public CellValue Read(string reference) => _cells.Read(reference);

    public void Write(SheetGrid grid, int style) => _cells.WriteTo(grid, style);

    /// <summary>
    /// The picked KPI of the data row in <paramref name="index"/>, #N/A where undefined: read from the
    /// per-row KPIs, or worked out from the data row where those are values (so the ranking still
    /// follows a change of the data).
    /// </summary>
    private static Expression RowValue(BuildContext context, Expression index, Expression kpi)
    {
        if (!context.Options.RowKpisAsValues)
        {
            var value = Index(Ref(Names.KpiBlock), index, kpi);
            return If(IsNumber(value), value, NA());
        }

        return FromDataRow(context.Layout, kpi);
    }

    /// <summary>Every KPI of a data row, the picked one chosen; its inputs are that row's cells (<see cref="DataRowReferences"/>).</summary>
    private static Expression FromDataRow(WorkbookLayout layout, Expression kpi) =>
        IfError(Choose(kpi, layout.Kpis.Select(RowKpis.Guarded).ToArray()), NA());

    /// <summary>Where a KPI worked out from a data row finds its inputs: that row's cells, by the row number in <paramref name="index"/>.</summary>
    private static ExcelReferences DataRowReferences(Expression index) =>
        RowKpis.References(field => ExcelRenderer.Render(Index(Ref(Names.Data(field)), index)));

    /// <summary>
    /// Refuses, before anything is written, per-row KPIs as values for a catalog whose ranking formula
    /// (every KPI worked out from a data row) would be longer than a spreadsheet takes.
    /// </summary>
    public static void CheckRowValuesFit(WorkbookOptions options)
    {
        if (!options.RowKpisAsValues)
        {
            return;
        }

        // The longest the formula gets: the most trend periods, and a row number of the most digits.
        var layout = new WorkbookLayout(options, options.Capacity, null, SeriesArea.MaxPeriods);
        var index = Ref(CellRef.Relative(WorkbookOptions.MaxCapacity, layout.Series.RankColumn(SeriesSheet.AttainmentRanking, SeriesArea.RankIndex)));
        var kpi = Ref(CellRef.Absolute(SeriesArea.HeaderRow, layout.Series.RankColumn(SeriesSheet.AttainmentRanking, SeriesArea.RankKpi)));
        var length = ExcelRenderer.Render(FromDataRow(layout, kpi), DataRowReferences(index)).Length;
        if (length > MaxFormulaLength)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"WorkbookOptions.RowKpisAsValues: with this catalog the leaderboard's formula would be {length:N0} characters, more than a spreadsheet takes ({MaxFormulaLength:N0}). Use fewer KPIs, or per-row formulas."),
                nameof(WorkbookOptions.RowKpisAsValues));
        }
    }

    /// <summary>The longest formula Excel takes, in characters.</summary>
    private const int MaxFormulaLength = 8192;
}
