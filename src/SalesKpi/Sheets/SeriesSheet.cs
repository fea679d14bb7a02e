using System;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>
/// The hidden sheet behind the trend, the leaderboard and the charts. Every KPI per period for the
/// dashboard's scope is the catalog formula applied to SUMIFS over the rows that hold its inputs
/// (the dashboard's rule), #N/A where undefined so that charts leave a gap. Rankings look up each
/// listed rep's row of the selected period, once per rep, never once per data row. Each period's sums
/// read only that period's rows where the data holds them together (<see cref="PeriodBlock"/>).
/// </summary>
internal static class SeriesSheet
{
    /// <summary>The rankings: 0 ranks by the KPI the leaderboard picks, 1 by the by-rep chart's (quota attainment, see <see cref="ChartKpis"/>).</summary>
    public const int LeaderboardRanking = 0;
    public const int AttainmentRanking = 1;

    public static void Write(System.Xml.XmlWriter xml, BuildContext context)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var values = context.Values;
        var grid = new SheetGrid();
        var plain = context.Style(Palette.Label);
        var bold = context.Style(Palette.LabelBold);
        var date = context.Style(Palette.KeyDate);

        // Periods, oldest first: the latest stepped back, as the dashboard's period list does.
        // Every formula is evaluated over the cells before it; sums over the data come from the streamed rows.
        var latest = layout.CalcCell(CalcArea.LatestRow, CalcArea.ValueColumn);
        var kind = layout.CalcCell(CalcArea.PeriodKindIndexRow, CalcArea.ValueColumn);
        var periodColumn = values.PeriodColumn(layout.Capacity);
        var cells = new FormulaCells(grid, name =>
            name == latest ? CellValue.Date(values.Latest)
            : name == kind ? CellValue.Of(context.Options.Settings.PeriodKindIndex)
            : name == Names.Data(InputFields.PeriodStart) ? periodColumn
            : throw new InvalidOperationException($"The Series sheet's sums read {name}, which has no value here."));
        grid.Text(SeriesArea.HeaderRow, SeriesArea.NameColumn, "KPI", bold);
        grid.Text(SeriesArea.HeaderRow, SeriesArea.DirectionColumn, "Direction", bold);
        grid.Text(SeriesArea.HeaderRow, SeriesArea.UnitColumn, "Unit", bold);
        grid.Text(SeriesArea.HeaderRow, SeriesArea.ScaleColumn, "Scale", bold);
        grid.Text(SeriesArea.PeriodRow, SeriesArea.NameColumn, "Period", bold);
        for (var part = 0; part < PeriodBlock.Parts; part++)
        {
            grid.Text(series.BlockRow(part), SeriesArea.NameColumn, PeriodBlock.Labels[part], plain);
        }

        // Per period: its start, where its rows sit (every sum of the period reads only those), its sums.
        var periods = new TrendColumn[series.Periods];
        for (var slot = 0; slot < series.Periods; slot++)
        {
            var column = series.PeriodColumn(slot);
            var back = series.Periods - 1 - slot;
            var period = cells.Set(SeriesArea.PeriodRow, column, If(IsNa(Ref(latest)), NA(), WorkbookRules.PeriodsBack(Ref(latest), Ref(kind), back)), date);
            var start = WorkbookRules.DateOf(cells.Read(CellRef.Absolute(SeriesArea.PeriodRow, column)));
            periods[slot] = new TrendColumn(column, period, start, PeriodBlock.Write(cells, series.BlockRow, column, period, values.RowsOf(start), plain));
        }

        for (var k = 0; k < layout.Kpis.Count; k++)
        {
            WriteKpi(grid, cells, context, k, periods, plain);
        }

        var sums = new[] { InputFields.Get("NewCustomerRevenue"), InputFields.Get("ExistingCustomerRevenue"), InputFields.Get("SalesQuota") };
        for (var i = 0; i < sums.Length; i++)
        {
            var row = series.SumRow(i);
            grid.Text(row, SeriesArea.NameColumn, context.Text(sums[i].Title), plain);
            foreach (var period in periods)
            {
                var criteria = PeriodBlock.InScope(period.Rows, period.Start);
                cells.Set(row, period.Column, If(CountIfs(criteria).Is(0), NA(), SumIfs(period.Rows(Names.Data(sums[i])), criteria)), ExcelReferences.None, plain,
                    CellValue.Of(values.TotalAt(period.Date, sums[i])));
            }
        }

        var funnel = Funnel;
        for (var i = 0; i < funnel.Length; i++)
        {
            var row = series.FunnelRow(i);
            grid.Text(row, SeriesArea.NameColumn, context.Text(funnel[i].Title), plain);
            cells.Set(row, SeriesArea.FunnelValueColumn, IfError(SumIfs(InSelectedPeriod(Names.Data(funnel[i])), PeriodBlock.InScope(InSelectedPeriod, Ref(Names.SelectedPeriod))), 0),
                ExcelReferences.None, plain, CellValue.Of(values.TotalAt(values.Selected, funnel[i]) ?? 0));
        }

        WriteRanking(grid, context, LeaderboardRanking, plain);
        WriteRanking(grid, context, AttainmentRanking, plain);
        DashboardList.Write(grid, context, plain);
        RepsToWatch.Write(grid, context, plain);
        DashboardCharts.WriteLineRows(grid, context, plain);

        var sheet = new WorksheetWriter(xml, new SheetSetup { ColumnWidths = new[] { 30.0, 10, 10, 8 } });
        grid.WriteTo(sheet);
        sheet.Finish(context.Tail(new SheetTail()));
    }

    /// <summary>A trend period's column, its cell, its start (null where there is none) and its rows in the data.</summary>
    private sealed record TrendColumn(int Column, Expression Start, DateTime? Date, Func<string, Expression> Rows);

    /// <summary>
    /// A data-sized range cut to the rows of the dashboard's period (the Calc sheet finds them), by
    /// name: the rankings fill this down as shared formulas, which must not refer to another sheet.
    /// </summary>
    private static readonly Func<string, Expression> InSelectedPeriod = PeriodBlock.Cut(Ref(Names.SelectedFrom), Ref(Names.SelectedTo));

    /// <summary><see cref="InSelectedPeriod"/> as text, for the rankings' formulas not yet written as trees.</summary>
    private static Func<string, string> SelectedBlock() => name => ExcelRenderer.Render(InSelectedPeriod(name));

    /// <summary>The inputs of the funnel, top to bottom.</summary>
    public static InputField[] Funnel => new[] { InputFields.Get("LeadsCreated"), InputFields.Get("LeadsConverted"), InputFields.Get("DealsWon") };

    private static void WriteKpi(SheetGrid grid, FormulaCells cells, BuildContext context, int index, TrendColumn[] periods, int style)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var kpi = layout.Kpis[index];
        var row = series.KpiRow(index);
        var definition = kpi.Definition;
        grid.Text(row, SeriesArea.NameColumn, context.Text(definition.Name), style);
        grid.Number(row, SeriesArea.DirectionColumn, Direction(definition), style);
        grid.Formula(row, SeriesArea.UnitColumn, ExcelRenderer.Render(UnitLabel.Formula(definition.Unit, context)), style, Cached.Of(UnitLabel.Text(definition.Unit, context)));
        grid.Number(row, SeriesArea.ScaleColumn, Scale(definition.Unit), style);
        foreach (var period in periods)
        {
            var column = period.Column;
            var criteria = PeriodBlock.InScope(period.Rows, period.Start, kpi.Inputs);
            var sums = context.Values.KpiSumsAt(period.Date, index);
            var count = cells.Set(series.CountRow(index), column, CountIfs(criteria), ExcelReferences.None, style, CellValue.Of(sums?.Count));
            for (var i = 0; i < kpi.Inputs.Count; i++)
            {
                cells.Set(series.InputRow(index, i), column, SumIfs(period.Rows(Names.Data(kpi.Inputs[i])), criteria), ExcelReferences.None, style,
                    CellValue.Of(sums?.Sums[InputFields.NumericIndex(kpi.Inputs[i])]));
            }

            // The catalog formula over the sums: its value is the reference calculator's, from the same tree.
            var references = new ExcelReferences(
                field => CellRef.Absolute(series.InputRow(index, kpi.Inputs.ToList().IndexOf(field)), column),
                Names.Setting,
                id => CellRef.Absolute(series.KpiRow(layout.Options.Catalog.IndexOf(id)), column));
            cells.Set(row, column, If(count.Is(0), NA(), kpi.Formula), references, style, CellValue.Of(context.Values.ResultsAt(period.Date)[definition.Id].Value));
        }

        grid.Text(series.CountRow(index), SeriesArea.NameColumn, definition.Id + ": rows", style);
        for (var i = 0; i < kpi.Inputs.Count; i++)
        {
            grid.Text(series.InputRow(index, i), SeriesArea.NameColumn, definition.Id + ": " + kpi.Inputs[i].Name, style);
        }
    }

    /// <summary>
    /// One ranking of the listed reps for the selected period: per slot the rep, the data row of that
    /// rep and period, the KPI's value there, a sort key (undefined and unlisted below every value),
    /// the rank ties share, and a unique place (ties in list order); then, row by row, which slot
    /// takes each place.
    /// </summary>
    private static void WriteRanking(SheetGrid grid, BuildContext context, int block, int style)
    {
        var layout = context.Layout;
        var series = layout.Series;
        string Column(int field) => CellRef.Column(series.RankColumn(block, field));
        string Range(int field) => CellRef.AbsoluteRange(SeriesArea.RankFirstRow, series.RankColumn(block, field), series.RankLastRow, series.RankColumn(block, field));
        var names = layout.SeriesRange(SeriesArea.FirstKpiRow, SeriesArea.NameColumn, series.LastKpiRow, SeriesArea.NameColumn);
        var directions = layout.SeriesRange(SeriesArea.FirstKpiRow, SeriesArea.DirectionColumn, series.LastKpiRow, SeriesArea.DirectionColumn);
        var header = SeriesArea.HeaderRow;
        var kpiCell = CellRef.Absolute(header, series.RankColumn(block, SeriesArea.RankKpi));
        var directionCell = CellRef.Absolute(header, series.RankColumn(block, SeriesArea.RankDirection));
        var fallback = context.DefaultRankingKpi + 1;
        var kpiIndex = block == LeaderboardRanking ? context.LeaderboardKpi : fallback - 1;
        var picked = block == LeaderboardRanking
            ? $"IFERROR(MATCH({Names.LeaderboardKpi},{names},0),{fallback})"
            : fallback.ToString(System.Globalization.CultureInfo.InvariantCulture);
        grid.Formula(header, series.RankColumn(block, SeriesArea.RankKpi), picked, style, Cached.Of(kpiIndex + 1));
        var direction = Direction(context.Kpis[kpiIndex].Definition);
        grid.Formula(header, series.RankColumn(block, SeriesArea.RankDirection), $"INDEX({directions},{kpiCell})", style, Cached.Of(direction));

        var ranking = context.Ranking(kpiIndex);
        var slotAtPlace = ranking.Entries.Select((e, i) => (e.Place, Slot: i + 1)).ToDictionary(p => p.Place, p => p.Slot);
        var repIds = Names.Data(InputFields.RepId);
        var first = SeriesArea.RankFirstRow;
        var last = series.RankLastRow;
        var slotNumber = $"(ROW()-{first - 1})";
        string Cell(int field) => Column(field) + first.ToString(System.Globalization.CultureInfo.InvariantCulture);
        RankEntry Entry(int row) => ranking.Entries[row - first];
        RankEntry? Placed(int row) => ranking.AtPlace(row - first + 1) is { Ranked: true } placed ? placed : null;
        void Filled(int field, string formula, System.Func<int, Cached> cached) =>
            grid.FilledDown(first, last, series.RankColumn(block, field), formula, style, cached);

        // Each column is one formula filled down the slots; row 2 is written in full.
        var rep = Cell(SeriesArea.RankRep);
        var index = Cell(SeriesArea.RankIndex);
        var value = Cell(SeriesArea.RankValue);
        var signed = Cell(SeriesArea.RankSigned);
        var listed = $"IF({index}=0,0,INDEX({Names.InScope},{index}))=1";
        Filled(SeriesArea.RankRep, $"INDEX({Names.Reps},{slotNumber})&\"\"", row => Cached.Of(Entry(row).Rep));
        // The rep's row of the selected period, looked for among that period's rows only.
        var inPeriod = SelectedBlock();
        Filled(SeriesArea.RankIndex,
            $"IF({rep}=\"\",0,IFERROR(SUMPRODUCT(({inPeriod(repIds)}={rep})*({inPeriod(Names.Data(InputFields.PeriodStart))}={Names.SelectedPeriod})*(ROW({inPeriod(repIds)})-{WorkbookLayout.FirstDataRow - 1})),0))",
            row => Cached.Of(Entry(row).Row?.Index ?? 0));
        Filled(SeriesArea.RankValue, $"IF({listed},{RowValue(context, index, kpiCell)},NA())", row => Cached.OrNotAvailable(Entry(row).Value));
        Filled(SeriesArea.RankSigned, $"IF(ISNUMBER({value}),{value}*{directionCell},IF({listed},-1E+300,-2E+300))", row => Cached.Of(Entry(row).Signed));
        // RANK: one more than the values above, ties sharing it. The place adds the equal values listed earlier.
        var rank = $"RANK({signed},{Range(SeriesArea.RankSigned)},0)";
        var signedSoFar = "$" + Column(SeriesArea.RankSigned) + "$" + first.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + signed;
        Filled(SeriesArea.RankRank, $"IF(ISNUMBER({value}),{rank},NA())", row => Cached.OrNotAvailable(Entry(row).Value is null ? null : Entry(row).Rank));
        Filled(SeriesArea.RankPosition, $"{rank}+COUNTIF({signedSoFar},{signed})-1", row => Cached.Of(Entry(row).Place));
        Filled(SeriesArea.SlotAtPlace, $"MATCH({slotNumber},{Range(SeriesArea.RankPosition)},0)", row => Cached.Of(slotAtPlace[row - first + 1]));
        var slot = Cell(SeriesArea.SlotAtPlace);
        var ranked = $"INDEX({Range(SeriesArea.RankSigned)},{slot})>-2E+300";

        // The chart's ranking shows nothing while its KPI is switched off: the chart follows the track switches.
        var shown = true;
        if (block == AttainmentRanking)
        {
            ranked = $"AND({CellRef.Absolute(series.KpiRow(kpiIndex), series.ListColumn(SeriesArea.ListTracked))}=1,{ranked})";
            shown = context.IsTracked(kpiIndex);
        }

        RankEntry? Shown(int row) => shown ? Placed(row) : null;
        // A chart names the rep as a manager does, by name; the id joins it where two reps of the period share the name.
        var id = $"INDEX({Range(SeriesArea.RankRep)},{slot})";
        var name = $"INDEX({Names.Data(InputFields.RepName)},INDEX({Range(SeriesArea.RankIndex)},{slot}))&\"\"";
        var namesake = $"COUNTIFS({inPeriod(Names.Data(InputFields.RepName))},{name},{inPeriod(Names.Data(InputFields.PeriodStart))},{Names.SelectedPeriod})>1";
        Filled(SeriesArea.RepAtPlace, $"IF({ranked},IF({name}=\"\",{id},IF({namesake},{name}&\" (\"&{id}&\")\",{name})),\"\")",
            row => Cached.Of(Shown(row) is { } placed ? context.Values.RepLabel(placed) : ""));
        Filled(SeriesArea.ValueAtPlace, $"IF({ranked},INDEX({Range(SeriesArea.RankValue)},{slot}),NA())", row => Cached.OrNotAvailable(Shown(row)?.Value));
    }

    /// <summary>
    /// The picked KPI of the data row in <paramref name="index"/>, #N/A where undefined: read from the
    /// KPIs sheet, or worked out from the data row where that sheet holds values (so the ranking
    /// still follows a change of the data).
    /// </summary>
    private static string RowValue(BuildContext context, string index, string kpiCell) =>
        context.Options.RowKpisAsValues
            ? FromDataRow(context.Layout, index, kpiCell)
            : $"IF(ISNUMBER(INDEX({Names.KpiBlock},{index},{kpiCell})),INDEX({Names.KpiBlock},{index},{kpiCell}),NA())";

    private static string FromDataRow(WorkbookLayout layout, string index, string kpiCell) =>
        $"IFERROR(CHOOSE({kpiCell},{string.Join(",", layout.Kpis.Select(kpi => RowKpis.Guarded(kpi, layout, field => $"INDEX({Names.Data(field)},{index})")))}),NA())";

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
        var index = CellRef.Relative(WorkbookOptions.MaxCapacity, layout.Series.RankColumn(AttainmentRanking, SeriesArea.RankIndex));
        var length = FromDataRow(layout, index, CellRef.Absolute(SeriesArea.HeaderRow, layout.Series.RankColumn(AttainmentRanking, SeriesArea.RankKpi))).Length;
        if (length > MaxFormulaLength)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"WorkbookOptions.RowKpisAsValues: with this catalog the leaderboard's formula would be {length:N0} characters, more than a spreadsheet takes ({MaxFormulaLength:N0}). Use fewer KPIs, or per-row formulas."),
                nameof(WorkbookOptions.RowKpisAsValues));
        }
    }

    /// <summary>The longest formula Excel takes, in characters.</summary>
    private const int MaxFormulaLength = 8192;

    public static int Direction(KpiDefinition kpi) => kpi.Direction == SalesKpi.Direction.HigherIsBetter ? 1 : -1;

    public static int Scale(Unit unit) => unit == Unit.Percent ? 100 : 1;
}
