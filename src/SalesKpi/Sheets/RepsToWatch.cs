using System;
using System.Collections.Generic;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>
/// The reps to watch: those of the dashboard's period and scope who miss the most tracked KPIs, with
/// how many and the one they miss furthest. Worked out on the hidden Series sheet, on the leaderboard
/// ranking's rows: per listed rep and KPI one cell that reads the rep's row of the KPIs sheet (found
/// once per rep by the ranking), so a click costs reps x KPIs cells, never the data rows. Every
/// column is one tree, rendered and evaluated over the cells; only the KPI beside the rep's data row
/// comes from the rows kept while the data streamed.
/// </summary>
internal static class RepsToWatch
{
    private const string Value = "Value";
    private const string Tracked = "Tracked";
    private const string Listed = "Listed";

    private static Expression Cell(string name) => new CellExpr(name);

    /// <summary>
    /// How far a rep misses a KPI, as a share of its target (1 where the target is 0): 0 where the rep is
    /// not listed, the KPI is not tracked, the value is undefined or it is not off target (the early
    /// warnings' rule). The IFs come first so that the hundreds of empty slots cost one comparison a
    /// cell when a click recalculates them.
    /// </summary>
    public static readonly Expression Miss =
        If(Cell(Listed).Is(1),
            If(Cell(Tracked).Is(1),
                IfError(
                    If(EarlyWarnings.OffTarget(Cell(Value)),
                        If(Cell(EarlyWarnings.TargetCell).Is(0), 1,
                            Cell(EarlyWarnings.DirectionCell) * (Cell(EarlyWarnings.TargetCell) - Cell(Value)) / EarlyWarnings.Magnitude(Cell(EarlyWarnings.TargetCell))),
                        0),
                    0),
                0),
            0);

    /// <summary>The cells of the reps to watch on the Series sheet, worked out once (<see cref="BuildContext.RepsToWatch"/>): the leaderboard, written first, reads them.</summary>
    public static SheetCells Cells(BuildContext context)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var kpis = context.Kpis;
        var ranking = context.Ranking(SeriesSheet.LeaderboardRanking);
        var cells = new SheetCells(layout.SeriesSheet, ranking.Read);
        var (first, last) = (SeriesArea.RankFirstRow, series.RankLastRow);
        int Rank(int field) => series.RankColumn(SeriesSheet.LeaderboardRanking, field);
        Expression Relative(int row, int column) => Ref(CellRef.Relative(row, column));
        Expression Range(int column) => Ref(CellRef.AbsoluteRange(first, column, last, column));
        Expression KpiColumn(int column) => Ref(CellRef.AbsoluteRange(SeriesArea.FirstKpiRow, column, series.LastKpiRow, column));

        // Per KPI, how far each listed rep misses it; the rep's KPI from the data, the rest from the cells.
        for (var k = 0; k < kpis.Count; k++)
        {
            var kpi = k;
            var number = Ref(CellRef.Column(series.MissColumn(k)) + "$" + SeriesArea.HeaderRow.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var index = Relative(first, Rank(SeriesArea.RankIndex));
            var value = Index(Ref(Names.KpiBlock), index, number);
            var cell = new Dictionary<string, Expression>
            {
                [Value] = If(index.Is(0), NA(), If(IsNumber(value), value, NA())),
                [Tracked] = Index(Ref(Names.Tracked), number),
                [Listed] = If(Relative(first, Rank(SeriesArea.RankSigned)) > RankingBlock.Excluded, 1, 0),
                [EarlyWarnings.TargetCell] = Index(Ref(Names.Targets), number),
                [EarlyWarnings.DirectionCell] = Index(KpiColumn(SeriesArea.DirectionColumn), number),
                [EarlyWarnings.BandCell] = Ref(Names.CloseBand),
            };
            var references = new ExcelReferences(_ => "", _ => "", _ => "") { Cell = name => ExcelRenderer.Render(cell[name]) };
            cells.Fill(first, last, series.MissColumn(k), _ => Miss, references: references,
                value: row => CellValue.Of(Evaluator.Evaluate(Miss, new Scope(context, ranking, row - first, kpi)) ?? 0));
        }

        // Per rep: how many KPIs missed, the largest miss and its KPI, a sort key (more misses first, then the larger), and the place.
        Expression Misses(int row) => Ref(CellRef.Relative(row, series.MissColumn(0)) + ":" + CellRef.Relative(row, series.LastMissColumn));
        Expression At(int field, int row) => Relative(row, series.WatchColumn(field));
        void Fill(int field, Func<int, Expression> formula) => cells.Fill(first, last, series.WatchColumn(field), formula);
        Fill(SeriesArea.WatchCount, row => CountIf(Misses(row), Text(">0")));
        Fill(SeriesArea.WatchLargest, row => Max(Misses(row)));
        Expression Missed(int row) => At(SeriesArea.WatchCount, row);
        Fill(SeriesArea.WatchWorstName, row => If(Missed(row).Is(0), Text(""), Index(KpiColumn(SeriesArea.NameColumn), Match(At(SeriesArea.WatchLargest, row), Misses(row)))));
        Fill(SeriesArea.WatchKey, row => If(Missed(row).Is(0), 0, Missed(row) + (At(SeriesArea.WatchLargest, row) / (1 + At(SeriesArea.WatchLargest, row)))));
        Fill(SeriesArea.WatchPlace, row => If(Missed(row).Is(0), Text(""), RankingBlock.Place(row, series.WatchColumn(SeriesArea.WatchKey), last)));
        cells.Fill(first, Math.Min(last, first + LeaderboardArea.WatchPlaces - 1), series.WatchColumn(SeriesArea.WatchSlotAtPlace),
            _ => RankingBlock.SlotAt(Range(series.WatchColumn(SeriesArea.WatchPlace))));
        return cells;
    }

    public static void Write(SheetGrid grid, BuildContext context, int style)
    {
        var series = context.Layout.Series;
        foreach (var (field, label) in new[] { (SeriesArea.WatchCount, "Off target"), (SeriesArea.WatchLargest, "Largest miss"), (SeriesArea.WatchWorstName, "Worst KPI"), (SeriesArea.WatchKey, "Watch key"), (SeriesArea.WatchPlace, "Watch place"), (SeriesArea.WatchSlotAtPlace, "Slot at watch place") })
        {
            grid.Text(SeriesArea.HeaderRow, series.WatchColumn(field), label, style);
        }

        for (var k = 0; k < context.Kpis.Count; k++)
        {
            grid.Number(SeriesArea.HeaderRow, series.MissColumn(k), k + 1, style);
        }

        context.RepsToWatch.WriteTo(grid, style);
    }

    /// <summary>The reps to watch beside the leaderboard: rep, name, how many tracked KPIs off target, the furthest off.</summary>
    public static void WriteList(SheetGrid grid, SheetCells cells, BuildContext context, int title, int header, int text, int center)
    {
        var layout = context.Layout;
        var series = layout.Series;
        grid.Text(LeaderboardArea.WatchTitleRow, LeaderboardArea.WatchRepColumn, context.Text(Labels.RepsToWatch), title);
        var headers = new[] { Labels.Rep, InputFields.RepName.Title, Labels.OffTargetCount, Labels.WorstKpi };
        for (var c = 0; c < headers.Length; c++)
        {
            grid.Text(LeaderboardArea.HeaderRow, LeaderboardArea.WatchRepColumn + c, context.Text(headers[c]), header);
        }

        Expression Range(int column) => Ref(layout.SeriesRange(SeriesArea.RankFirstRow, column, series.RankLastRow, column));
        int Rank(int field) => series.RankColumn(SeriesSheet.LeaderboardRanking, field);
        for (var place = 0; place < LeaderboardArea.WatchPlaces && place < series.Reps; place++)
        {
            var row = layout.Leaderboard.Row(place);
            var slot = Ref(layout.SeriesCell(SeriesArea.RankFirstRow + place, series.WatchColumn(SeriesArea.WatchSlotAtPlace)));
            Expression At(int column) => Index(Range(column), slot);
            cells.Set(row, LeaderboardArea.WatchRepColumn, IfError(At(Rank(SeriesArea.RankRep)), Text("")), text);
            cells.Set(row, LeaderboardArea.WatchNameColumn, IfError(Index(Ref(Names.Data(InputFields.RepName)), At(Rank(SeriesArea.RankIndex))).Then(Text("")), Text("")), text);
            cells.Set(row, LeaderboardArea.WatchCountColumn, IfError(At(series.WatchColumn(SeriesArea.WatchCount)), Text("")), center);
            cells.Set(row, LeaderboardArea.WatchWorstColumn, IfError(At(series.WatchColumn(SeriesArea.WatchWorstName)), Text("")), text);
        }
    }

    /// <summary>A slot's cells a miss reads: its KPI beside the rep's data row, and the KPI's switch, target, direction and band.</summary>
    private sealed class Scope(BuildContext context, RankingBlock ranking, int slot, int kpiIndex) : IEvaluationScope, ICellScope
    {
        public double? Cell(string name) => name switch
        {
            Value => context.Values.SelectedRowOf(ranking[SeriesArea.RankRep, slot].Text)?.Values[kpiIndex],
            Tracked => context.IsTracked(kpiIndex) ? 1 : 0,
            Listed => ranking[SeriesArea.RankSigned, slot].Number > RankingBlock.Excluded ? 1 : 0,
            EarlyWarnings.TargetCell => context.Values.Current[kpiIndex].Target,
            EarlyWarnings.DirectionCell => SeriesSheet.Direction(context.Kpis[kpiIndex].Definition),
            EarlyWarnings.BandCell => context.Options.Settings.CloseBand,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };

        public double? Input(InputField field) => throw new InvalidOperationException("A miss reads cells.");

        public double Setting(Setting setting) => throw new InvalidOperationException("A miss reads cells.");

        public double? Kpi(string id) => throw new InvalidOperationException("A miss reads cells.");
    }
}
