using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace SalesKpi;

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
