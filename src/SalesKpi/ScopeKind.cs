namespace SalesKpi;

/// <summary>Whose KPIs the dashboard shows.</summary>
public enum ScopeKind
{
    /// <summary>Every row.</summary>
    Everyone,

    /// <summary>The rows of one team.</summary>
    Team,

    /// <summary>The rows of one location.</summary>
    Location,

    /// <summary>The rows of one rep, by rep id.</summary>
    Rep,
}
