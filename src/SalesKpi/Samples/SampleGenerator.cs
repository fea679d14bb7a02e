using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesKpi.Samples;

internal static class SampleGenerator
{
    private const int Months = 24;
    private static readonly DateTime FirstMonth = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private sealed record Team(
        string Name, decimal Quota, double NewShare, double DealSize, double WinRate, double CycleDays,
        int Customers, double CostPerCustomer, int Leads, int Calls, double MeetingRate, bool Visits);

    private static readonly Team Inbound = new("Inbound", 40_000, 0.40, 3_000, 0.32, 21, 60, 800, 160, 200, 0.05, false);
    private static readonly Team Outbound = new("Outbound", 60_000, 0.60, 8_000, 0.22, 46, 40, 1_500, 60, 750, 0.03, false);
    private static readonly Team Field = new("Field", 80_000, 0.25, 5_000, 0.28, 35, 120, 1_200, 25, 80, 0.04, true);

    // Rep ids keep their leading zeros: they are text, as a CRM exports them.
    private static readonly (string Id, string Name, Team Team, string Location, int FirstMonth)[] Reps =
    {
        ("00101", "Lucía Fernández", Inbound, "Madrid", 0),
        ("00102", "Javier Ortega", Inbound, "Madrid", 0),
        ("00103", "Carmen Ruiz", Inbound, "Madrid", 0),
        ("00104", "Pablo Navarro", Inbound, "Barcelona", 0),
        ("00105", "Marta Gil", Inbound, "Barcelona", 0),
        ("00106", "Sergio Molina", Outbound, "Madrid", 0),
        ("00107", "Elena Castro", Outbound, "Madrid", 0),
        ("00108", "Andrés Romero", Outbound, "Barcelona", 0),
        ("00109", "Laura Vidal", Outbound, "Barcelona", 0),
        ("00110", "Diego Herrera", Outbound, "Valencia", 0),
        ("00111", "Isabel Moreno", Field, "Valencia", 0),
        ("00112", "Raúl Jiménez", Field, "Valencia", 0),
        ("00113", "Ana Delgado", Field, "Sevilla", 0),
        ("00114", "Tomás Prieto", Field, "Sevilla", 0),
        ("00115", "Nuria Campos", Field, "Madrid", 6),
    };

    private const string RepOnLeave = "00112";
    private const int LeaveMonth = 7;
    private const string RepWithLoss = "00109";
    private const int LossMonth = 13;
    private const string RepWithCrmGap = "00105";
    private const int CrmGapMonth = 14;

    public static IReadOnlyList<SalesRecord> Generate(int seed)
    {
        var random = new Random(seed);
        var records = new List<SalesRecord>();
        var customers = Reps.ToDictionary(r => r.Id, r => r.Team.Customers, StringComparer.Ordinal);
        var revenue = new Dictionary<(string, int), decimal>();
        for (var month = 0; month < Months; month++)
        {
            var season = 1 + (0.15 * Math.Sin(2 * Math.PI * (month - 2) / 12)) + (month >= 12 ? 0.08 : 0);
            foreach (var rep in Reps.Where(r => r.FirstMonth <= month))
            {
                var onLeave = rep.Id == RepOnLeave && month == LeaveMonth;
                var team = rep.Team;
                var quota = onLeave ? 0 : Money(team.Quota * (decimal)season);
                var total = onLeave ? 0 : Money(quota * (decimal)Normal(random, 0.97, 0.14));
                var newRevenue = Money(total * (decimal)Clamp(Normal(random, team.NewShare, 0.08), 0.05, 0.95));
                var won = onLeave ? 0 : Math.Max(1, (int)Math.Round((double)total / team.DealSize * Normal(random, 1, 0.1)));
                var lost = onLeave ? 0 : (int)Math.Round(won * ((1 / Clamp(Normal(random, team.WinRate, 0.05), 0.08, 0.8)) - 1));
                var atStart = rep.FirstMonth == month ? 0 : customers[rep.Id];
                var newCustomers = onLeave ? 0 : (int)Math.Round(won * Clamp(Normal(random, 0.5, 0.1), 0.2, 0.9));
                var lostCustomers = Math.Min(atStart, (int)Math.Round(atStart * Clamp(Normal(random, 0.02, 0.01), 0, 0.1)));
                customers[rep.Id] = atStart + newCustomers - lostCustomers;
                revenue[(rep.Id, month)] = total;

                var comparison = month >= 12
                    ? revenue.TryGetValue((rep.Id, month - 12), out var lastYear) ? lastYear : (decimal?)null
                    : rep.FirstMonth > 0 ? null : Money(total / (decimal)Normal(random, 1.06, 0.08));
                var margin = rep.Id == RepWithLoss && month == LossMonth ? -0.12 : Normal(random, 0.38, 0.04);
                var nextQuota = Money(team.Quota * (decimal)season);
                var crmGap = rep.Id == RepWithCrmGap && month == CrmGapMonth;
                var leads = onLeave ? 0 : (int)Math.Round(team.Leads * Normal(random, 1, 0.15));
                var contacted = (int)Math.Round(leads * Clamp(Normal(random, 0.9, 0.05), 0.5, 1));
                var calls = onLeave ? 0 : (int)Math.Round(team.Calls * Normal(random, 1, 0.12));
                var planned = team.Visits && !onLeave ? (int)Math.Round(Normal(random, 88, 8)) : 0;
                var completed = (int)Math.Round(planned * Clamp(Normal(random, 0.94, 0.08), 0.5, 1.2));
                var assigned = team.Visits ? 75 + (Reps.ToList().FindIndex(r => r.Id == rep.Id) % 3 * 5) : 0;

                records.Add(new SalesRecord
                {
                    PeriodStart = FirstMonth.AddMonths(month),
                    PeriodEnd = FirstMonth.AddMonths(month + 1).AddDays(-1),
                    RepId = rep.Id,
                    RepName = rep.Name,
                    Team = team.Name,
                    Location = rep.Location,
                    NewCustomerRevenue = newRevenue,
                    ExistingCustomerRevenue = total - newRevenue,
                    ComparisonRevenue = comparison,
                    GrossProfit = Money(total * (decimal)margin),
                    SalesQuota = quota,
                    NextPeriodQuota = nextQuota,
                    AcquisitionCost = Money(newCustomers * (decimal)(team.CostPerCustomer * Normal(random, 1, 0.2))),
                    DealsWon = won,
                    DealsLost = lost,
                    SalesCycleDaysTotal = Math.Round((decimal)(won * team.CycleDays * Normal(random, 1, 0.15)), 1),
                    OpenOpportunities = onLeave ? 0 : (int)Math.Round(won * Normal(random, 3, 0.5)),
                    OpenPipelineValue = onLeave ? 0 : Money(nextQuota * (decimal)Normal(random, 3, 0.6)),
                    LeadsCreated = crmGap ? null : leads,
                    LeadsConverted = crmGap ? null : (int)Math.Round(leads * Clamp(Normal(random, 0.16, 0.04), 0, 1)),
                    LeadsContacted = crmGap ? null : contacted,
                    LeadResponseHoursTotal = crmGap ? null : Math.Round((decimal)(contacted * Clamp(Normal(random, team == Inbound ? 0.8 : 2.5, 0.4), 0.1, 12)), 1),
                    CallsMade = calls,
                    MeetingsBooked = (int)Math.Round(calls * Clamp(Normal(random, team.MeetingRate, 0.01), 0, 1)),
                    VisitsPlanned = planned,
                    VisitsCompleted = completed,
                    VisitsWithOrder = (int)Math.Round(completed * Clamp(Normal(random, 0.6, 0.08), 0, 1)),
                    FieldDays = team.Visits && !onLeave ? Math.Round((decimal)Normal(random, 18, 1.5) * 2) / 2 : 0,
                    AccountsAssigned = team.Visits ? assigned : null,
                    AccountsVisited = team.Visits ? Math.Min(completed, (int)Math.Round(assigned * Clamp(Normal(random, 0.84, 0.07), 0, 1))) : null,
                    CustomersAtStart = atStart,
                    NewCustomers = newCustomers,
                    CustomersLost = lostCustomers,
                });
            }
        }

        return records;
    }

    private static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static double Clamp(double value, double min, double max) => Math.Max(min, Math.Min(max, value));

    // Box-Muller: a normal draw from the seeded generator.
    private static double Normal(Random random, double mean, double deviation)
    {
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return mean + (deviation * Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v));
    }
}
