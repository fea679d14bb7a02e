using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Formulas;

/// <summary>
/// The rules the workbook's formulas and the reference calculator share, each written once as an
/// expression: the sheets render it with their cells, C# evaluates it with its numbers. Where an
/// argument is a constant (a KPI's direction, a period kind already known) the rendered text folds
/// to the branch that applies.
/// </summary>
internal static class WorkbookRules
{
    /// <summary>
    /// 1 on target, 0 close (short of it by no more than the close band's share of the target), -1
    /// off target; #N/A without an actual or a target. <paramref name="direction"/> is 1 where higher
    /// is better, -1 where lower is.
    /// </summary>
    public static Expression Status(Expression actual, Expression target, Expression closeBand, Expression direction) =>
        If(direction.Is(1),
            If(actual >= target, 1, If(actual >= target - (Abs(target) * closeBand), 0, -1)),
            If(actual <= target, 1, If(actual <= target + (Abs(target) * closeBand), 0, -1)));

    /// <summary>Actual over target (target over actual where lower is better); #N/A where that has no meaning (a divisor of 0 or less).</summary>
    public static Expression Attainment(Expression actual, Expression target, Expression direction) =>
        If(direction.Is(1),
            If(target <= 0, NA(), actual / target),
            If(actual <= 0, NA(), target / actual));

    /// <summary>The change from the previous period.</summary>
    public static Expression Change(Expression actual, Expression previous) => actual - previous;

    /// <summary>The period the dashboard shows: the one picked, or the latest where none is.</summary>
    public static Expression SelectedPeriod(Expression picked, Expression latest) => If(picked.Is(Text("")), latest, picked);

    /// <summary>
    /// The start of the period <paramref name="count"/> periods before <paramref name="start"/>, in one
    /// step (as EDATE does), by the period kind's index: 1 week, 2 month, 3 quarter. Zero periods back is the start itself.
    /// </summary>
    public static Expression PeriodsBack(Expression start, Expression kind, Expression count) =>
        count is NumberExpr { Value: 0 } ? start
        : If(kind.Is(1), start - (7 * count), EDate(start, If(kind.Is(2), -1, -3) * count));

    /// <summary>Months in one period, by the period kind's index.</summary>
    public static Expression PeriodMonths(Expression kind) => Choose(kind, new NumberExpr(12) / 52, 1, 3);

    /// <summary>The cap on a customer's lifetime in periods: the setting, or five years where it is blank.</summary>
    public static Expression MaxLifetime(Expression setting, Expression kind) =>
        If(setting.Is(Text("")), Choose(kind, 260, 60, 20), setting);

    /// <summary>
    /// 1 where a data row belongs to the dashboard's scope (in any period), else 0: by the scope kind's
    /// index (1 everyone, 2 a team, 3 a location, 4 a rep), its team, location or rep equal to the
    /// scope's value, text without regard to case. A row without a rep is in no scope.
    /// </summary>
    public static Expression InScope(Expression rep, Expression team, Expression location, Expression scopeKind, Expression scope) =>
        If(rep.Is(Text("")), 0, Choose(scopeKind, 1, Flag(team.Is(scope)), Flag(location.Is(scope)), Flag(rep.Is(scope))));

    private static Expression Flag(Expression condition) => If(condition, 1, 0);

    /// <summary>A rule's value as a date; null where it is an error.</summary>
    public static System.DateTime? DateOf(CellValue value) => value.AsNumber is { } n ? System.DateTime.FromOADate(n) : null;

    /// <summary>The value of a rule whose arguments are all constants.</summary>
    public static CellValue Value(Expression rule) =>
        Evaluator.Evaluate(rule, reference => throw new System.InvalidOperationException($"A rule of constants refers to {reference}."));
}
