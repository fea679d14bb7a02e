namespace SalesKpi;

/// <summary>How an input behaves when rows are grouped.</summary>
public enum InputKind
{
    /// <summary>Identifies the row (period, rep).</summary>
    Key,

    /// <summary>Describes the rep (name, team, location); used to pick a scope.</summary>
    Dimension,

    /// <summary>Happens during the period; adds up over periods and reps.</summary>
    Flow,

    /// <summary>Taken at period start; over several periods the first one counts, across reps they add up.</summary>
    SnapshotAtStart,

    /// <summary>Taken at period end; over several periods the last one counts, across reps they add up.</summary>
    SnapshotAtEnd,

    /// <summary>Counts distinct things; adds up across reps but never over periods.</summary>
    DistinctCount,
}
