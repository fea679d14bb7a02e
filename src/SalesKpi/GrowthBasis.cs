namespace SalesKpi;

/// <summary>What revenue growth compares with.</summary>
public enum GrowthBasis
{
    /// <summary>The same period a year earlier.</summary>
    YearOnYear,

    /// <summary>The period before.</summary>
    PreviousPeriod,
}
