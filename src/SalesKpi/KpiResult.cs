namespace SalesKpi;

/// <summary>One KPI's value and target for one scope (a row, a rep, a team, the whole company).</summary>
public sealed record KpiResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="value">The value; <see langword="null"/> where it is undefined.</param>
    /// <param name="target">The target; <see langword="null"/> where there is none.</param>
    /// <param name="status">The status against the target; <see langword="null"/> without a value or a target.</param>
    public KpiResult(KpiDefinition kpi, double? value, double? target, KpiStatus? status)
    {
        Kpi = kpi;
        Value = value;
        Target = target;
        Status = status;
    }

    /// <summary>The KPI.</summary>
    public KpiDefinition Kpi { get; init; }

    /// <summary>The value; <see langword="null"/> where it is undefined (a zero denominator, or no data).</summary>
    public double? Value { get; init; }

    /// <summary>The target; <see langword="null"/> where there is none, or its rule is undefined for the scope.</summary>
    public double? Target { get; init; }

    /// <summary>The status against the target; <see langword="null"/> without a value or a target.</summary>
    public KpiStatus? Status { get; init; }

    /// <summary>Whether the KPI has a value for the scope.</summary>
    public bool IsDefined => Value.HasValue;
}
