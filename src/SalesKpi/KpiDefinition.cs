namespace SalesKpi;

/// <summary>Whether a KPI is better when higher or when lower; decides status colours and rankings.</summary>
public enum Direction
{
    /// <summary>More is better (revenue, win rate).</summary>
    HigherIsBetter,

    /// <summary>Less is better (acquisition cost, churn, cycle length).</summary>
    LowerIsBetter,
}

/// <summary>
/// One KPI: what it is called, how it is computed and what a good value is.
/// Formulas use the input names of <see cref="InputField.All"/>, the derived helpers TotalRevenue,
/// ClosedDeals, CustomersAtEnd, AvgActiveCustomers and ChurnRate, the settings MaxLifetimePeriods and
/// PeriodMonths, numbers with a "." decimal point, + - * / ^, comparisons and MIN, MAX, IF, IFERROR.
/// A division by zero makes the KPI undefined, never 0.
/// </summary>
/// <param name="Id">Stable identifier, for example "win-rate"; also the suffix of the workbook's defined names.</param>
/// <param name="Formula">The formula, for example "DealsWon / ClosedDeals".</param>
/// <param name="Unit">What the value measures.</param>
/// <param name="Direction">Whether higher or lower is better.</param>
/// <param name="Name">The KPI's name in each language.</param>
/// <param name="Description">A one-line explanation in each language.</param>
public sealed record KpiDefinition(
    string Id,
    string Formula,
    Unit Unit,
    Direction Direction,
    LocalizedText Name,
    LocalizedText Description)
{
    /// <summary>
    /// The default target as a formula, or <see langword="null"/> when the target comes from the plan.
    /// It may also name other KPIs of the catalog in brackets, for example "3 * [customer-acquisition-cost]".
    /// </summary>
    /// <value>Default: <see langword="null"/> (no default target).</value>
    public string? DefaultTarget { get; init; }
}
