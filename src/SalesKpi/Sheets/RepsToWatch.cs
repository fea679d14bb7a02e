using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// The reps to watch: those of the dashboard's period and scope who miss the most tracked KPIs, with
/// how many and the one they miss furthest. Worked out on the hidden Series sheet, on the leaderboard
/// ranking's rows: per listed rep and KPI one cell that reads the rep's row of the KPIs sheet (found
/// once per rep by the ranking), so a click costs reps x KPIs cells, never the data rows.
/// </summary>
internal static class RepsToWatch
{
    private const string Value = "Value";
    private const string Tracked = "Tracked";
    private const string Listed = "Listed";

    private static Expression Cell(string name) => new CellExpr(name);

    private static Expression Call(Function function, params Expression[] arguments) => new CallExpr(function, arguments);

    /// <summary>
    /// How far a rep misses a KPI, as a share of its target (1 where the target is 0): 0 where the rep is
    /// not listed, the KPI is not tracked, the value is undefined or it is not off target (the early
    /// warnings' rule). The IFs come first so that the hundreds of empty slots cost one comparison a
    /// cell when a click recalculates them.
    /// </summary>
    public static readonly Expression Miss =
        Call(Function.If, new BinaryExpr(BinaryOp.Equal, Cell(Listed), new NumberExpr(1)),
            Call(Function.If, new BinaryExpr(BinaryOp.Equal, Cell(Tracked), new NumberExpr(1)),
                Call(Function.IfError,
                    Call(Function.If,
                        EarlyWarnings.OffTarget(Cell(Value)),
                        Call(Function.If,
                            new BinaryExpr(BinaryOp.Equal, Cell(EarlyWarnings.TargetCell), new NumberExpr(0)),
                            new NumberExpr(1),
                            new BinaryExpr(BinaryOp.Divide,
                                new BinaryExpr(BinaryOp.Multiply, Cell(EarlyWarnings.DirectionCell), new BinaryExpr(BinaryOp.Subtract, Cell(EarlyWarnings.TargetCell), Cell(Value))),
                                EarlyWarnings.Magnitude(Cell(EarlyWarnings.TargetCell)))),
                        new NumberExpr(0)),
                    new NumberExpr(0)),
                new NumberExpr(0)),
            new NumberExpr(0));

    /// <summary>One listed slot's misses, count, largest miss, worst KPI and sort key.</summary>
    public sealed record Rep(RankEntry Entry, double[] Misses)
    {
        public int Count => Misses.Count(m => m > 0);

        public double Largest => Misses.Length == 0 ? 0 : Misses.Max();

        public int Worst => Array.IndexOf(Misses, Largest);

        public double Key => Count == 0 ? 0 : Count + (Largest / (1 + Largest));

        public int? Place { get; init; }
    }

    /// <summary>Every slot of the leaderboard's ranking, worked out from the cached values by the rule the formulas render (<see cref="BuildContext.RepsToWatch"/> keeps them).</summary>
    public static IReadOnlyList<Rep> Reps(BuildContext context)
    {
        var kpis = context.Kpis;
        var values = context.Values;
        var ranking = context.Ranking(context.LeaderboardKpi);
        var reps = ranking.Entries.Select(entry => new Rep(entry, Enumerable.Range(0, kpis.Count).Select(k =>
            Evaluator.Evaluate(Miss, new Scope(context, entry, k)) ?? 0).ToArray())).ToList();

        // RANK over the keys, ties in list order: as the place formula works it out.
        var keys = reps.Select(r => r.Key).ToArray();
        for (var i = 0; i < reps.Count; i++)
        {
            if (reps[i].Count > 0)
            {
                var key = keys[i];
                var place = 1 + keys.Count(k => k > key) + keys.Take(i).Count(k => k == key);
                reps[i] = reps[i] with { Place = place };
            }
        }

        return reps;
    }

    public static void Write(SheetGrid grid, BuildContext context, int style)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var kpis = context.Kpis;
        var first = SeriesArea.RankFirstRow;
        var last = series.RankLastRow;
        var reps = context.RepsToWatch;
        string Column(int field) => CellRef.Column(series.WatchColumn(field));
        string Relative(int field) => CellRef.Relative(first, series.WatchColumn(field));
        string Range(int column) => CellRef.AbsoluteRange(first, column, last, column);
        var misses = CellRef.Relative(first, series.MissColumn(0)) + ":" + CellRef.Relative(first, series.LastMissColumn);
        foreach (var (field, label) in new[] { (SeriesArea.WatchCount, "Off target"), (SeriesArea.WatchLargest, "Largest miss"), (SeriesArea.WatchWorstName, "Worst KPI"), (SeriesArea.WatchKey, "Watch key"), (SeriesArea.WatchPlace, "Watch place"), (SeriesArea.WatchSlotAtPlace, "Slot at watch place") })
        {
            grid.Text(SeriesArea.HeaderRow, series.WatchColumn(field), label, style);
        }

        var rank = SeriesSheet.LeaderboardRanking;
        var index = CellRef.Relative(first, series.RankColumn(rank, SeriesArea.RankIndex));
        var signed = CellRef.Relative(first, series.RankColumn(rank, SeriesArea.RankSigned));
        for (var k = 0; k < kpis.Count; k++)
        {
            var column = series.MissColumn(k);
            grid.Number(SeriesArea.HeaderRow, column, k + 1, style);
            var number = CellRef.Column(column) + "$" + SeriesArea.HeaderRow.ToString(CultureInfo.InvariantCulture);
            var value = $"INDEX({Names.KpiBlock},{index},{number})";
            var references = new ExcelReferences(_ => "", _ => "", _ => "")
            {
                Cell = name => name switch
                {
                    Value => $"IF({index}=0,NA(),IF(ISNUMBER({value}),{value},NA()))",
                    Tracked => $"INDEX({Names.Tracked},{number})",
                    Listed => $"IF({signed}>-2E+300,1,0)",
                    EarlyWarnings.TargetCell => $"INDEX({Names.Targets},{number})",
                    EarlyWarnings.DirectionCell => $"INDEX({CellRef.AbsoluteRange(SeriesArea.FirstKpiRow, SeriesArea.DirectionColumn, series.LastKpiRow, SeriesArea.DirectionColumn)},{number})",
                    EarlyWarnings.BandCell => Names.CloseBand,
                    _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
                },
            };
            var kpi = k;
            grid.FilledDown(first, last, column, ExcelRenderer.Render(Miss, references), style, row => Cached.Of(reps[row - first].Misses[kpi]));
        }

        var count = Relative(SeriesArea.WatchCount);
        var largest = Relative(SeriesArea.WatchLargest);
        var key = Relative(SeriesArea.WatchKey);
        var names = CellRef.AbsoluteRange(SeriesArea.FirstKpiRow, SeriesArea.NameColumn, series.LastKpiRow, SeriesArea.NameColumn);
        void Filled(int field, string formula, Func<Rep, Cached> cached) =>
            grid.FilledDown(first, last, series.WatchColumn(field), formula, style, row => cached(reps[row - first]));
        Filled(SeriesArea.WatchCount, $"COUNTIF({misses},\">0\")", r => Cached.Of(r.Count));
        Filled(SeriesArea.WatchLargest, $"MAX({misses})", r => Cached.Of(r.Largest));
        Filled(SeriesArea.WatchWorstName, $"IF({count}=0,\"\",INDEX({names},MATCH({largest},{misses},0)))",
            r => Cached.Of(r.Count == 0 ? "" : context.Text(kpis[r.Worst].Definition.Name)));
        Filled(SeriesArea.WatchKey, $"IF({count}=0,0,{count}+{largest}/(1+{largest}))", r => Cached.Of(r.Key));
        var keys = Range(series.WatchColumn(SeriesArea.WatchKey));
        var keysSoFar = "$" + Column(SeriesArea.WatchKey) + "$" + first.ToString(CultureInfo.InvariantCulture) + ":" + key;
        Filled(SeriesArea.WatchPlace, $"IF({count}=0,\"\",RANK({key},{keys},0)+COUNTIF({keysSoFar},{key})-1)", r => r.Place is { } p ? Cached.Of(p) : Cached.Of(""));
        var slots = reps.Select((r, i) => (r.Place, Slot: i + 1)).Where(p => p.Place is not null).ToDictionary(p => p.Place!.Value, p => p.Slot);
        var watchLast = Math.Min(last, first + LeaderboardArea.WatchPlaces - 1);
        grid.FilledDown(first, watchLast, series.WatchColumn(SeriesArea.WatchSlotAtPlace),
            $"MATCH(ROW()-{first - 1},{Range(series.WatchColumn(SeriesArea.WatchPlace))},0)", style,
            row => Cached.OrNotAvailable(slots.TryGetValue(row - first + 1, out var slot) ? slot : null));
    }

    /// <summary>The reps to watch beside the leaderboard: rep, name, how many tracked KPIs off target, the furthest off.</summary>
    public static void WriteList(SheetGrid grid, BuildContext context, int title, int header, int text, int center)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var reps = context.RepsToWatch;
        var byPlace = reps.Where(r => r.Place is not null).ToDictionary(r => r.Place!.Value);
        grid.Text(LeaderboardArea.WatchTitleRow, LeaderboardArea.WatchRepColumn, context.Text(Localization.Labels.RepsToWatch), title);
        var headers = new[] { Localization.Labels.Rep, Catalog.InputFields.RepName.Title, Localization.Labels.OffTargetCount, Localization.Labels.WorstKpi };
        for (var c = 0; c < headers.Length; c++)
        {
            grid.Text(LeaderboardArea.HeaderRow, LeaderboardArea.WatchRepColumn + c, context.Text(headers[c]), header);
        }

        string Range(int column) => layout.SeriesRange(SeriesArea.RankFirstRow, column, series.RankLastRow, column);
        var rank = SeriesSheet.LeaderboardRanking;
        for (var place = 0; place < LeaderboardArea.WatchPlaces && place < series.Reps; place++)
        {
            var row = layout.Leaderboard.Row(place);
            var slot = layout.SeriesCell(SeriesArea.RankFirstRow + place, series.WatchColumn(SeriesArea.WatchSlotAtPlace));
            var rep = byPlace.TryGetValue(place + 1, out var found) ? found : null;
            grid.Formula(row, LeaderboardArea.WatchRepColumn, $"IFERROR(INDEX({Range(series.RankColumn(rank, SeriesArea.RankRep))},{slot}),\"\")", text,
                Cached.Of(rep?.Entry.Rep ?? ""));
            grid.Formula(row, LeaderboardArea.WatchNameColumn,
                $"IFERROR(INDEX({Names.Data(Catalog.InputFields.RepName)},INDEX({Range(series.RankColumn(rank, SeriesArea.RankIndex))},{slot}))&\"\",\"\")", text,
                Cached.Of(rep?.Entry.Row?.RepName ?? ""));
            grid.Formula(row, LeaderboardArea.WatchCountColumn, $"IFERROR(INDEX({Range(series.WatchColumn(SeriesArea.WatchCount))},{slot}),\"\")", center,
                rep is null ? Cached.Of("") : Cached.Of(rep.Count));
            grid.Formula(row, LeaderboardArea.WatchWorstColumn, $"IFERROR(INDEX({Range(series.WatchColumn(SeriesArea.WatchWorstName))},{slot}),\"\")", text,
                Cached.Of(rep is null ? "" : context.Text(context.Kpis[rep.Worst].Definition.Name)));
        }
    }

    private sealed class Scope(BuildContext context, RankEntry entry, int kpiIndex) : IEvaluationScope, ICellScope
    {
        public double? Cell(string name) => name switch
        {
            Value => entry.Row?.Values[kpiIndex],
            Tracked => context.IsTracked(kpiIndex) ? 1 : 0,
            Listed => entry.Ranked ? 1 : 0,
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
