namespace SalesKpi;

/// <summary>How long one period of the data is.</summary>
public enum PeriodKind
{
    /// <summary>A week.</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar quarter.</summary>
    Quarter,
}
