namespace SalesKpi;

/// <summary>Whether a KPI is better when higher or when lower; decides status colours and rankings.</summary>
public enum Direction
{
    /// <summary>More is better (revenue, win rate).</summary>
    HigherIsBetter,

    /// <summary>Less is better (acquisition cost, churn, cycle length).</summary>
    LowerIsBetter,
}
