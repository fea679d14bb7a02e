using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

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

/// <summary>Every KPI of a catalog for one scope, in catalog order.</summary>
public sealed class KpiResults : IReadOnlyList<KpiResult>
{
    private readonly KpiResult[] _results;

    internal KpiResults(KpiResult[] results) => _results = results;

    /// <summary>The number of KPIs.</summary>
    public int Count => _results.Length;

    /// <summary>The result at this catalog position.</summary>
    public KpiResult this[int index] => _results[index];

    /// <summary>The result of the KPI with this id.</summary>
    /// <exception cref="KeyNotFoundException">The catalog has no KPI with that id.</exception>
    public KpiResult this[string id] =>
        _results.FirstOrDefault(r => string.Equals(r.Kpi.Id, id, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"No KPI '{id}' in these results.");

    /// <inheritdoc/>
    public IEnumerator<KpiResult> GetEnumerator() => ((IEnumerable<KpiResult>)_results).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
