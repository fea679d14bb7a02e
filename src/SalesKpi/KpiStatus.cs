namespace SalesKpi;

/// <summary>Where a KPI stands against its target, given its direction.</summary>
public enum KpiStatus
{
    /// <summary>Worse than the target by more than the close band.</summary>
    OffTarget = -1,

    /// <summary>Short of the target, but within the close band.</summary>
    Close = 0,

    /// <summary>At or better than the target.</summary>
    OnTarget = 1,
}
