using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Visuals;

/// <summary>
/// Workbooks for the trend, the leaderboard and the charts, recalculated without their cached values
/// by LibreOffice and Gnumeric: two built to break rankings (ties, undefined values, reps outside the
/// scope or without a row in the period, a KPI where lower is better) and seeded datasets; then one
/// of each with its rows shuffled, and one of each with the per-row KPIs as values (the leaderboard
/// then works each value out from the data row).
/// </summary>
public sealed class VisualsFixture
{
    public VisualsFixture()
    {
        var folder = Scratch.NewFolder("visuals");
        Sets = new[] { Ranking(1, "quota-attainment", ScopeKind.Team), Ranking(2, "customer-acquisition-cost", ScopeKind.Everyone) }
            .Concat(new[] { 2, 3, 6 }.Select(Datasets.Create))
            .Concat(new[] { Datasets.Shuffled(Ranking(1, "quota-attainment", ScopeKind.Team)), Datasets.Shuffled(Datasets.Create(6)) })
            .Concat(new[] { AsValues(Ranking(2, "customer-acquisition-cost", ScopeKind.Everyone)), AsValues(Datasets.Create(6)) })
            .ToArray();
        Files = Sets.Select(set =>
        {
            var path = Path.Combine(folder, $"{set.Seed}-{set.Order.Replace(' ', '-').Replace(",", "", StringComparison.Ordinal)}.xlsx");
            KpiWorkbook.Write(path, set.Options, set.Records);
            return path;
        }).ToArray();
        var stripped = Files.Select(CachedValues.Strip).ToArray();
        LibreOffice = Engines.LibreOffice(stripped);
        Gnumeric = stripped.AsParallel().AsOrdered().Select(Engines.Gnumeric).ToArray();
    }

    /// <summary>How many workbooks the fixture holds.</summary>
    public const int Count = 9;

    public IReadOnlyList<Dataset> Sets { get; }

    public IReadOnlyList<string> Files { get; }

    public IReadOnlyList<string> LibreOffice { get; }

    public IReadOnlyList<string> Gnumeric { get; }

    public string Recalculated(string engine, int index) => (engine == "LibreOffice" ? LibreOffice : Gnumeric)[index];

    private static Dataset AsValues(Dataset set) => set with { Options = set.Options with { RowKpisAsValues = true }, Order = set.Order + ", per-row KPIs as values" };

    /// <summary>
    /// Twelve reps over three months. In the last: reps 01 and 02 tie, 03 has no quota (attainment
    /// undefined) and no new customers (CAC undefined), 04 is in another team, 05 has no row, and 06
    /// to 12 differ; 07 and 08 tie on CAC.
    /// </summary>
    private static Dataset Ranking(int seed, string kpi, ScopeKind scope)
    {
        var random = new Random(seed);
        var records = new List<SalesRecord>();
        var months = new[] { new DateTime(2025, 1, 1), new DateTime(2025, 2, 1), new DateTime(2025, 3, 1) };
        foreach (var month in months)
        {
            for (var r = 1; r <= 12; r++)
            {
                var id = "R" + r.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
                if (r == 5 && month == months[^1])
                {
                    continue;
                }

                var record = Some.Record(random, id, month) with { Team = r == 4 ? "Field" : "Inbound", Location = r % 2 == 0 ? "North" : "South" };
                if (month == months[^1])
                {
                    record = r switch
                    {
                        2 => records.Single(x => x.RepId == "R01" && x.PeriodStart == month) with { RepId = id, RepName = "Rep " + id },
                        3 => record with { SalesQuota = null, NewCustomers = 0 },
                        8 => record with { AcquisitionCost = records.Single(x => x.RepId == "R07" && x.PeriodStart == month).AcquisitionCost, NewCustomers = records.Single(x => x.RepId == "R07" && x.PeriodStart == month).NewCustomers },
                        _ => record,
                    };
                }

                records.Add(record);
            }
        }

        var options = new WorkbookOptions
        {
            Capacity = 40,
            LeaderboardKpi = kpi,
            Selection = new DashboardSelection { Scope = scope, ScopeValue = scope == ScopeKind.Team ? "Inbound" : null },
        };
        return new Dataset(100 + seed, records, options);
    }
}
