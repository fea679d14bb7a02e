using System;
using System.Globalization;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// The dashboard's early warnings, each rule written once as a formula tree: rendered to Excel for the
/// hidden Series sheet and evaluated in C# for its cached value. They read the cells that already hold
/// each KPI per period for the scope (the Calc sheet's selected and previous period, the trend's
/// periods), never the data, so a click costs a few cells per KPI.
/// </summary>
internal static class EarlyWarnings
{
    // The cells the rules read, by name.
    private const string Status = "Status";
    private const string Previous = "Previous";
    private const string Target = "Target";
    private const string Band = "Band";
    private const string Direction = "Direction";

    /// <summary>What the dashboard's watch column shows where a rule fires.</summary>
    public const string OffTwiceSymbol = "⚠";
    public const string WorseningSymbol = "▼";

    /// <summary>How many periods the worsening rule reads: the selected one and the three before.</summary>
    public const int Periods = 4;

    /// <summary>The KPI <paramref name="back"/> periods before the selected one, from the trend.</summary>
    private static string Value(int back) => "Value" + back.ToString(CultureInfo.InvariantCulture);

    private static Expression Cell(string name) => new CellExpr(name);

    private static Expression Call(Function function, params Expression[] arguments) => new CallExpr(function, arguments);

    /// <summary>
    /// Off target in the selected period (its status, as the dashboard shows it) and in the one before,
    /// against the same target: for higher-is-better, below the target less the close band; for
    /// lower-is-better, above it plus the band. Direction times the value keeps one rule for both.
    /// </summary>
    public static readonly Expression OffTwice = Call(Function.IfError,
        Call(Function.And, new BinaryExpr(BinaryOp.Equal, Cell(Status), new NumberExpr(-1)), OffTarget(Cell(Previous))),
        new NumberExpr(0));

    /// <summary>
    /// A value off its KPI's target (the cells Target, Direction and Band): for higher-is-better below
    /// the target less the close band, for lower-is-better above it plus the band, as the status reads.
    /// </summary>
    public static Expression OffTarget(Expression value) => new BinaryExpr(BinaryOp.Less,
        new BinaryExpr(BinaryOp.Multiply, Cell(Direction), value),
        new BinaryExpr(BinaryOp.Subtract,
            new BinaryExpr(BinaryOp.Multiply, Cell(Direction), Cell(Target)),
            new BinaryExpr(BinaryOp.Multiply, Magnitude(Cell(Target)), Cell(Band))));

    /// <summary>|x| as MAX(x, -x), exact in both languages.</summary>
    public static Expression Magnitude(Expression x) => Call(Function.Max, x, new NegateExpr(x));

    // The names of the cells the off-target rule reads, for rules built on it elsewhere.
    public const string TargetCell = Target;
    public const string DirectionCell = Direction;
    public const string BandCell = Band;

    /// <summary>Worse than the period before, by the KPI's direction, in the selected period and the two before it; undefined anywhere is no warning.</summary>
    public static readonly Expression Worsening = Call(Function.IfError,
        Call(Function.And, Worse(0), Worse(1), Worse(2)),
        new NumberExpr(0));

    private static Expression Worse(int back) => new BinaryExpr(BinaryOp.Less,
        new BinaryExpr(BinaryOp.Multiply, Cell(Direction), new BinaryExpr(BinaryOp.Subtract, Cell(Value(back)), Cell(Value(back + 1)))),
        new NumberExpr(0));

    /// <summary>Where the rules of a KPI find their cells in the workbook: the Calc sheet's row of the KPI, and its trend row on the Series sheet.</summary>
    public static ExcelReferences References(WorkbookLayout layout, int kpiIndex)
    {
        var series = layout.Series;
        var row = series.KpiRow(kpiIndex);
        string Calc(int column) => layout.CalcCell(layout.Calc.KpiRow(kpiIndex), column);
        var slot = SelectedSlotCell(layout);
        var trend = CellRef.AbsoluteRange(row, series.PeriodColumn(0), row, series.LastPeriodColumn);
        string Named(string name)
        {
            for (var back = 0; back < Periods; back++)
            {
                if (name == Value(back))
                {
                    var n = back.ToString(CultureInfo.InvariantCulture);
                    return $"IF({slot}<{back + 1},NA(),INDEX({trend},1,{slot}-{n}))";
                }
            }

            return name switch
            {
                Status => Calc(CalcArea.StatusColumn),
                Previous => Calc(CalcArea.PreviousColumn),
                Target => Calc(CalcArea.TargetColumn),
                Band => Names.CloseBand,
                Direction => CellRef.Absolute(row, SeriesArea.DirectionColumn),
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
            };
        }

        Func<string, string> none = _ => throw new InvalidOperationException("A warning reads results, not inputs.");
        return new ExcelReferences(_ => none(""), _ => none(""), none) { Cell = Named };
    }

    /// <summary>The Series cell that holds which trend column is the selected period (from 1; #N/A when the trend does not show it).</summary>
    public static string SelectedSlotCell(WorkbookLayout layout) => CellRef.Absolute(SeriesArea.TrackedCountRow, layout.Series.ListColumn(SeriesArea.ListWorsening));

    /// <summary>The C# side: the same cells, from the values the workbook caches.</summary>
    public sealed class Scope(WorkbookValues values, KpiSettings settings, int kpiIndex, int direction, int? selectedSlot, int periods) : IEvaluationScope, ICellScope
    {
        public double? Cell(string name)
        {
            for (var back = 0; back < Periods; back++)
            {
                if (name == Value(back))
                {
                    return selectedSlot is { } s && s > back
                        ? values.ResultsAt(values.TrendPeriod(s - 1 - back, periods))[kpiIndex].Value
                        : null;
                }
            }

            return name switch
            {
                Status => (double?)values.Current[kpiIndex].Status,
                Previous => values.Before[kpiIndex].Value,
                Target => values.Current[kpiIndex].Target,
                Band => settings.CloseBand,
                Direction => direction,
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
            };
        }

        public double? Input(InputField field) => throw new InvalidOperationException("A warning reads results, not inputs.");

        public double Setting(Setting setting) => throw new InvalidOperationException("A warning reads results, not settings.");

        public double? Kpi(string id) => throw new InvalidOperationException("A warning reads cells, not KPIs.");
    }
}
