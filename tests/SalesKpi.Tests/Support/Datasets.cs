using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesKpi.Tests.Support;

/// <summary>One seeded dataset for the engine oracle: rows, and the dashboard selection to check.</summary>
public sealed record Dataset(int Seed, IReadOnlyList<SalesRecord> Records, WorkbookOptions Options, string Order = "in period order")
{
    public override string ToString() => $"seed {Seed}, {Order}";
}

/// <summary>
/// Seeded datasets with what breaks formulas: zeros, blanks, tiny and huge values, negative gross
/// profit, a single rep, many reps and periods, rep ids that look like numbers or formulas, reps
/// without a row in some periods. Seeds up to <see cref="InPeriodOrder"/> hold their rows in period
/// order; later ones in another order (shuffled, newest period first, one row out of place), as rows
/// typed by hand or a CRM export come.
/// </summary>
public static class Datasets
{
    public const int InPeriodOrder = 24;

    private static readonly string[] Teams = ["Inbound", "Outbound", "Field"];
    private static readonly string[] Locations = ["North", "South", "Costa del Sol"];
    private static readonly string[] OddIds = ["007", "1e3", "=SUM(1,2)", "  padded  ", "TRUE", "2025-01-01", "R&D \"quoted\"", "ñandú"];

    public static Dataset Create(int seed)
    {
        var random = new Random(seed);
        var reps = seed % 5 == 0 ? 1 : 2 + random.Next(11);
        var periods = seed > InPeriodOrder ? 3 + random.Next(4) : 1 + random.Next(6);
        var scale = (seed % 4) switch { 0 => 1e-2, 1 => 1.0, 2 => 1e4, _ => 1e8 };
        var blankRate = seed % 3 == 0 ? 0.25 : 0.06;
        var zeroRate = seed % 2 == 0 ? 0.2 : 0.05;
        var start = new DateTime(2025, 1, 1);

        var repIds = Enumerable.Range(0, reps).Select(i => i < OddIds.Length && seed % 2 == 1 ? OddIds[i] : $"R{seed}-{i:D2}").ToArray();
        var records = new List<SalesRecord>();
        for (var p = 0; p < periods; p++)
        {
            foreach (var (id, i) in repIds.Select((id, i) => (id, i)))
            {
                if (periods > 1 && random.NextDouble() < 0.1)
                {
                    continue; // a rep without a row this period
                }

                int? Count(int max) => random.NextDouble() < blankRate ? null : random.NextDouble() < zeroRate ? 0 : random.Next(1, max + 1);
                decimal? Money(bool negative = false)
                {
                    if (random.NextDouble() < blankRate)
                    {
                        return null;
                    }

                    if (random.NextDouble() < zeroRate)
                    {
                        return 0;
                    }

                    var value = Math.Round((decimal)(random.NextDouble() * 1000 * scale), 2);
                    return negative && random.NextDouble() < 0.3 ? -value : value;
                }

                var month = start.AddMonths(p);
                records.Add(new SalesRecord
                {
                    PeriodStart = month,
                    PeriodEnd = month.AddMonths(1).AddDays(-1),
                    RepId = id,
                    RepName = "Rep " + id,
                    Team = Teams[i % Teams.Length],
                    Location = Locations[(i / 2) % Locations.Length],
                    NewCustomerRevenue = Money(),
                    ExistingCustomerRevenue = Money(),
                    ComparisonRevenue = Money(),
                    GrossProfit = Money(negative: true),
                    SalesQuota = Money(),
                    NextPeriodQuota = Money(),
                    AcquisitionCost = Money(),
                    DealsWon = Count(20),
                    DealsLost = Count(60),
                    SalesCycleDaysTotal = Money(),
                    OpenOpportunities = Count(50),
                    OpenPipelineValue = Money(),
                    LeadsCreated = Count(400),
                    LeadsConverted = Count(80),
                    LeadsContacted = Count(400),
                    LeadResponseHoursTotal = Money(),
                    CallsMade = Count(900),
                    MeetingsBooked = Count(40),
                    VisitsPlanned = Count(100),
                    VisitsCompleted = Count(100),
                    VisitsWithOrder = Count(60),
                    FieldDays = random.NextDouble() < blankRate ? null : random.Next(0, 45) / 2m,
                    AccountsAssigned = Count(120),
                    AccountsVisited = Count(100),
                    CustomersAtStart = Count(300),
                    NewCustomers = Count(20),
                    CustomersLost = Count(10),
                });
            }
        }

        var options = new WorkbookOptions
        {
            Capacity = records.Count + 3,
            Settings = Settings(random),
            Selection = Selection(seed, random, records),
            Teams = seed % 3 == 2 ? [] : Teams,
        };
        var (ordered, order) = Reorder(seed, random, records);
        return new Dataset(seed, ordered, options, order);
    }

    /// <summary>The rows in the order the seed asks for: past <see cref="InPeriodOrder"/>, not in period order.</summary>
    private static (IReadOnlyList<SalesRecord> Records, string Order) Reorder(int seed, Random random, List<SalesRecord> records)
    {
        switch (seed <= InPeriodOrder ? 0 : (seed - InPeriodOrder) % 3)
        {
            case 1:
                return (records.OrderBy(_ => random.Next()).ToList(), "shuffled");
            case 2:
                return (records.OrderByDescending(r => r.PeriodStart).ToList(), "newest period first");
            case 0 when seed > InPeriodOrder:
                // One row of the first period moved to the end: that period's rows are no longer together.
                var moved = records[random.Next(records.Count(r => r.PeriodStart == records[0].PeriodStart))];
                return (records.Where(r => r != moved).Append(moved).ToList(), "in period order but one row at the end");
            default:
                return (records, "in period order");
        }
    }

    /// <summary>The same rows and options, the rows shuffled.</summary>
    public static Dataset Shuffled(Dataset set)
    {
        var random = new Random(set.Seed);
        return set with { Records = set.Records.OrderBy(_ => random.Next()).ToList(), Order = "shuffled" };
    }

    private static KpiSettings Settings(Random random) => new()
    {
        GrowthBasis = random.Next(2) == 0 ? GrowthBasis.YearOnYear : GrowthBasis.PreviousPeriod,
        CloseBand = Math.Round(random.NextDouble() * 0.3, 2),
        MaxLifetimePeriods = random.Next(3) == 0 ? 24 : null,
        Targets = random.Next(2) == 0
            ? new Dictionary<string, double> { ["win-rate"] = 0.2, ["average-deal-size"] = 500, ["customer-acquisition-cost"] = 300 }
            : new Dictionary<string, double>(),
    };

    private static DashboardSelection Selection(int seed, Random random, IReadOnlyList<SalesRecord> records)
    {
        var pick = records[random.Next(records.Count)];
        var period = seed % 3 == 0 ? (DateTime?)null : pick.PeriodStart;
        return (seed % 4) switch
        {
            1 => new DashboardSelection { Period = period, Scope = ScopeKind.Team, ScopeValue = pick.Team },
            2 => new DashboardSelection { Period = period, Scope = ScopeKind.Location, ScopeValue = pick.Location },
            3 => new DashboardSelection { Period = period, Scope = ScopeKind.Rep, ScopeValue = pick.RepId },
            _ => new DashboardSelection { Period = period },
        };
    }

    /// <summary>The rows the dashboard's selection covers, for a period.</summary>
    public static IEnumerable<SalesRecord> InScope(IEnumerable<SalesRecord> records, DashboardSelection selection, DateTime period) =>
        records.Where(r => r.PeriodStart == period && selection.Scope switch
        {
            // Spreadsheets compare text without regard to case.
            ScopeKind.Team => string.Equals(r.Team, selection.ScopeValue, StringComparison.OrdinalIgnoreCase),
            ScopeKind.Location => string.Equals(r.Location, selection.ScopeValue, StringComparison.OrdinalIgnoreCase),
            ScopeKind.Rep => string.Equals(r.RepId, selection.ScopeValue, StringComparison.OrdinalIgnoreCase),
            _ => true,
        });
}
