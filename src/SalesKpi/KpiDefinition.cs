namespace SalesKpi;

/// <summary>
/// One KPI: what it is called, how it is computed and what a good value is.
/// Formulas use the input names of <see cref="InputField.All"/>, the derived helpers TotalRevenue,
/// ClosedDeals, CustomersAtEnd, AvgActiveCustomers and ChurnRate, the settings MaxLifetimePeriods and
/// PeriodMonths, numbers with a "." decimal point, + - * / ^, comparisons and MIN, MAX, IF, IFERROR.
/// A division by zero makes the KPI undefined, never 0.
/// </summary>
public sealed record KpiDefinition
{
    /// <summary>Creates a KPI definition; the catalog checks it when the KPI is added.</summary>
    /// <param name="id">Stable identifier, for example "win-rate"; also the suffix of the workbook's defined names.</param>
    /// <param name="formula">The formula, for example "DealsWon / ClosedDeals".</param>
    /// <param name="unit">What the value measures.</param>
    /// <param name="direction">Whether higher or lower is better.</param>
    /// <param name="name">The KPI's name in each language.</param>
    /// <param name="description">A one-line explanation in each language.</param>
    public KpiDefinition(string id, string formula, Unit unit, Direction direction, LocalizedText name, LocalizedText description)
    {
        Id = id;
        Formula = formula;
        Unit = unit;
        Direction = direction;
        Name = name;
        Description = description;
    }

    /// <summary>Stable identifier, for example "win-rate"; also the suffix of the workbook's defined names.</summary>
    public string Id { get; init; }

    /// <summary>The formula, for example "DealsWon / ClosedDeals".</summary>
    public string Formula { get; init; }

    /// <summary>What the value measures.</summary>
    public Unit Unit { get; init; }

    /// <summary>Whether higher or lower is better.</summary>
    public Direction Direction { get; init; }

    /// <summary>The KPI's name in each language.</summary>
    public LocalizedText Name { get; init; }

    /// <summary>A one-line explanation in each language.</summary>
    public LocalizedText Description { get; init; }

    /// <summary>
    /// The default target as a formula, or <see langword="null"/> when the target comes from the plan.
    /// It may also name other KPIs of the catalog in brackets, for example "3 * [customer-acquisition-cost]".
    /// </summary>
    /// <value>Default: <see langword="null"/> (no default target).</value>
    public string? DefaultTarget { get; init; }
}
