using System;
using SalesKpi.Formulas;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>
/// The dashboard's early warnings, each rule written once as a formula tree over the cells it reads:
/// rendered to Excel for the hidden Series sheet and evaluated over the same cells for its cached
/// value. They read the cells that already hold each KPI per period for the scope (the Calc sheet's
/// selected and previous period, the trend's periods), never the data, so a click costs a few cells per KPI.
/// </summary>
internal static class EarlyWarnings
{
    // The cells the off-target rule reads, by name, for rules built on it elsewhere (reps to watch).
    public const string TargetCell = "Target";
    public const string DirectionCell = "Direction";
    public const string BandCell = "Band";

    /// <summary>What the dashboard's watch column shows where a rule fires.</summary>
    public const string OffTwiceSymbol = "⚠";
    public const string WorseningSymbol = "▼";

    /// <summary>
    /// Off target in the selected period (its status, as the dashboard shows it) and in the one before,
    /// against the same target; undefined anywhere is no warning.
    /// </summary>
    public static Expression OffTwice(Expression status, Expression previous, Expression target, Expression band, Expression direction) =>
        IfError(And(status.Is(-1), OffTarget(previous, target, band, direction)), 0);

    /// <summary>A value off its KPI's target, the target, direction and band read from the named cells.</summary>
    public static Expression OffTarget(Expression value) =>
        OffTarget(value, new CellExpr(TargetCell), new CellExpr(BandCell), new CellExpr(DirectionCell));

    /// <summary>
    /// A value off its KPI's target: for higher-is-better below the target less the close band, for
    /// lower-is-better above it plus the band, as the status reads. Direction times the value keeps one rule for both.
    /// </summary>
    public static Expression OffTarget(Expression value, Expression target, Expression band, Expression direction) =>
        (direction * value) < ((direction * target) - (Magnitude(target) * band));

    /// <summary>|x| as MAX(x, -x), exact in both languages.</summary>
    public static Expression Magnitude(Expression x) => Max(x, -x);

    /// <summary>
    /// Worse than the period before, by the KPI's direction, in the selected period and the two before
    /// it; <paramref name="back"/> gives the KPI that many periods before the selected one. Undefined anywhere is no warning.
    /// </summary>
    public static Expression Worsening(Expression direction, Func<int, Expression> back) =>
        IfError(And(Worse(direction, back, 0), Worse(direction, back, 1), Worse(direction, back, 2)), 0);

    private static Expression Worse(Expression direction, Func<int, Expression> back, int periods) =>
        (direction * (back(periods) - back(periods + 1))) < 0;
}
