using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SalesKpi.Web;

/// <summary>What the page shows before a download: the KPIs of the latest period, per team and for everyone.</summary>
public sealed record Preview(string Period, string PeriodKind, int Rows, string Currency, IReadOnlyList<PreviewKpi> Kpis, IReadOnlyList<PreviewScope> Scopes)
{
    /// <summary>What the CSV reader noticed without refusing the file: missing columns (and the KPIs they leave n/a), unknown ones.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A KPI of the preview, named in the page's language.</summary>
public sealed record PreviewKpi(string Id, string Name, string Description, string Unit, string Direction);

/// <summary>One column of the preview: a team, or everyone (<see cref="Team"/> null).</summary>
public sealed record PreviewScope(string? Team, int Reps, IReadOnlyList<PreviewValue> Values);

/// <summary>A KPI's value, target and status as the C# calculator gives them; null where undefined.</summary>
public sealed record PreviewValue(double? Value, double? Target, string? Status);

/// <summary>
/// Watches rows go by on their way into a workbook and keeps only those of the latest period, so the
/// preview costs no more memory than one period's rows.
/// </summary>
public sealed class LatestPeriod
{
    private readonly List<SalesRecord> _rows = [];
    private DateTime? _latest;
    private int _count;

    public async IAsyncEnumerable<SalesRecord> Watch(IAsyncEnumerable<SalesRecord> records)
    {
        await foreach (var record in records)
        {
            Add(record);
            yield return record;
        }
    }

    public IEnumerable<SalesRecord> Watch(IEnumerable<SalesRecord> records)
    {
        foreach (var record in records)
        {
            Add(record);
            yield return record;
        }
    }

    public Preview Compute(WorkbookOptions options)
    {
        var language = options.Language;
        var calculator = new KpiCalculator(options.Catalog, options.Settings);
        var kpis = calculator.Catalog.Kpis
            .Select(k => new PreviewKpi(k.Id, k.Name[language], k.Description[language], k.Unit.ToString(), k.Direction.ToString()))
            .ToArray();
        var teams = _rows.GroupBy(r => r.Team ?? "", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Scope(g.Key, g.ToList(), calculator));
        var scopes = _rows.Count == 0 ? [] : teams.Append(Scope(null, _rows, calculator)).ToArray();
        var period = _latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return new Preview(period, options.Settings.PeriodKind.ToString(), _count, options.Settings.Currency, kpis, scopes);
    }

    private void Add(SalesRecord record)
    {
        _count++;
        if (record is null)
        {
            return; // the writer refuses it
        }

        if (_latest is null || record.PeriodStart > _latest)
        {
            _latest = record.PeriodStart;
            _rows.Clear();
        }

        if (record.PeriodStart == _latest)
        {
            _rows.Add(record);
        }
    }

    private static PreviewScope Scope(string? team, IReadOnlyList<SalesRecord> rows, KpiCalculator calculator) =>
        new(team,
            rows.Select(r => r.RepId).Distinct(StringComparer.Ordinal).Count(),
            calculator.Compute(rows).Select(r => new PreviewValue(Finite(r.Value), Finite(r.Target), Status(r.Status))).ToArray());

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static string? Status(KpiStatus? status) => status switch
    {
        KpiStatus.OnTarget => "on-target",
        KpiStatus.Close => "close",
        KpiStatus.OffTarget => "off-target",
        _ => null,
    };
}
