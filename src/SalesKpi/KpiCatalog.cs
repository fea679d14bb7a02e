using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SalesKpi.Catalog;

namespace SalesKpi;

/// <summary>
/// An immutable, validated set of KPIs. <see cref="Default"/> holds the 21 sales KPIs; a custom catalog
/// keeps few of them (<see cref="Only"/>), drops some (<see cref="Without"/>) or adds its own (<see cref="With"/>).
/// Safe to share across threads.
/// </summary>
public sealed class KpiCatalog
{
    private static readonly Regex IdPattern = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, CompiledKpi> _byId;
    private readonly Dictionary<string, int> _indexById;

    private KpiCatalog(IReadOnlyList<CompiledKpi> compiled)
    {
        Compiled = compiled;
        Kpis = compiled.Select(k => k.Definition).ToArray();
        _byId = compiled.ToDictionary(k => k.Definition.Id, StringComparer.Ordinal);
        _indexById = compiled.Select((k, i) => (k.Definition.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The 21 sales KPIs of the spec, in the spec's order.</summary>
    public static KpiCatalog Default { get; } = Create(DefaultCatalog.Kpis);

    /// <summary>The KPIs, in the order workbooks show them.</summary>
    public IReadOnlyList<KpiDefinition> Kpis { get; }

    internal IReadOnlyList<CompiledKpi> Compiled { get; }

    /// <summary>The KPI with this id.</summary>
    /// <exception cref="KeyNotFoundException">No KPI of the catalog has that id.</exception>
    public KpiDefinition this[string id] => Find(id).Definition;

    /// <summary>Builds a catalog, checking every definition and parsing every formula once.</summary>
    /// <exception cref="ArgumentException">A definition is invalid; the message names the KPI and the problem.</exception>
    public static KpiCatalog Create(IEnumerable<KpiDefinition> kpis)
    {
        if (kpis is null)
        {
            throw new ArgumentNullException(nameof(kpis));
        }

        var definitions = kpis.ToArray();
        if (definitions.Length == 0)
        {
            throw new ArgumentException("A catalog needs at least one KPI.", nameof(kpis));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kpi in definitions)
        {
            CheckDefinition(kpi, ids);
        }

        var compiled = definitions.Select(CompiledKpi.Compile).ToArray();
        foreach (var kpi in compiled)
        {
            foreach (var reference in kpi.TargetReferences.Where(r => !ids.Contains(r)))
            {
                throw new ArgumentException(
                    $"KPI '{kpi.Definition.Id}': its default target '{kpi.Definition.DefaultTarget}' refers to KPI '{reference}', " +
                    "which is not in the catalog. Include that KPI or give this one another DefaultTarget.",
                    nameof(kpis));
            }
        }

        return new KpiCatalog(compiled);
    }

    /// <summary>Whether the catalog has a KPI with this id.</summary>
    public bool Contains(string id) => id is not null && _byId.ContainsKey(id);

    /// <summary>A catalog of just these KPIs, in this catalog's order.</summary>
    /// <exception cref="ArgumentException">An id is not in this catalog.</exception>
    public KpiCatalog Only(params string[] ids)
    {
        var wanted = CheckedIds(ids, nameof(ids));
        return Create(Kpis.Where(k => wanted.Contains(k.Id)));
    }

    /// <summary>This catalog without these KPIs.</summary>
    /// <exception cref="ArgumentException">An id is not in this catalog.</exception>
    public KpiCatalog Without(params string[] ids)
    {
        var unwanted = CheckedIds(ids, nameof(ids));
        return Create(Kpis.Where(k => !unwanted.Contains(k.Id)));
    }

    /// <summary>This catalog with these KPIs added at the end, or replacing the KPI with the same id in place.</summary>
    public KpiCatalog With(params KpiDefinition[] kpis)
    {
        if (kpis is null)
        {
            throw new ArgumentNullException(nameof(kpis));
        }

        var replacements = kpis.Where(k => k is not null && Contains(k.Id)).ToDictionary(k => k.Id, StringComparer.Ordinal);
        var kept = Kpis.Select(k => replacements.TryGetValue(k.Id, out var replacement) ? replacement : k);
        return Create(kept.Concat(kpis.Where(k => k is null || !replacements.ContainsKey(k.Id))));
    }

    /// <summary>Where the KPI with this id stands in the catalog's order (its column, row or slot in a workbook); -1 where the catalog has no such KPI.</summary>
    internal int IndexOf(string id) => _indexById.TryGetValue(id, out var index) ? index : -1;

    internal CompiledKpi Find(string id) =>
        id is not null && _byId.TryGetValue(id, out var kpi)
            ? kpi
            : throw new KeyNotFoundException($"The catalog has no KPI '{id}'. Its KPIs are: {string.Join(", ", Kpis.Select(k => k.Id))}.");

    private HashSet<string> CheckedIds(string[] ids, string parameter)
    {
        if (ids is null)
        {
            throw new ArgumentNullException(parameter);
        }

        foreach (var id in ids.Where(id => !Contains(id)))
        {
            throw new ArgumentException($"The catalog has no KPI '{id}'.", parameter);
        }

        return new HashSet<string>(ids, StringComparer.Ordinal);
    }

    private static void CheckDefinition(KpiDefinition kpi, HashSet<string> ids)
    {
        if (kpi is null)
        {
            throw new ArgumentException("The catalog has a null KPI.", "kpis");
        }

        string Problem(string what) => $"KPI '{kpi.Id}': {what}";
        if (kpi.Id is null || !IdPattern.IsMatch(kpi.Id))
        {
            throw new ArgumentException(
                Problem("the id must be lowercase letters and digits in words joined by '-', for example 'win-rate'."), "kpis");
        }

        if (!ids.Add(kpi.Id))
        {
            throw new ArgumentException(Problem("the id is used twice."), "kpis");
        }

        if (string.IsNullOrWhiteSpace(kpi.Formula))
        {
            throw new ArgumentException(Problem("the formula is empty."), "kpis");
        }

        if (!Enum.IsDefined(typeof(Unit), kpi.Unit) || kpi.Unit == Unit.None)
        {
            throw new ArgumentException(Problem($"the unit {kpi.Unit} is not a KPI unit."), "kpis");
        }

        if (!Enum.IsDefined(typeof(Direction), kpi.Direction))
        {
            throw new ArgumentException(Problem($"the direction {kpi.Direction} is not defined."), "kpis");
        }

        foreach (var (text, what) in new[] { (kpi.Name, "name"), (kpi.Description, "description") })
        {
            if (text is null || string.IsNullOrWhiteSpace(text.English) || string.IsNullOrWhiteSpace(text.Spanish))
            {
                throw new ArgumentException(Problem($"the {what} needs an English and a Spanish text."), "kpis");
            }
        }
    }
}
