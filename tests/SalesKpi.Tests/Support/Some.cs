using System;

namespace SalesKpi.Tests.Support;

/// <summary>Seeded test data: every random test names its seed so that a failure can be replayed.</summary>
public static class Some
{
    public static readonly DateTime January = new(2025, 1, 1);

    /// <summary>A complete record with every input filled, plausible but random.</summary>
    public static SalesRecord Record(Random random, string repId, DateTime periodStart)
    {
        int Count(int max) => random.Next(0, max + 1);
        decimal Money(int max) => Math.Round((decimal)(random.NextDouble() * max), 2);
        var atStart = Count(300);
        var completed = Count(100);
        return new SalesRecord
        {
            PeriodStart = periodStart,
            PeriodEnd = periodStart.AddMonths(1).AddDays(-1),
            RepId = repId,
            RepName = "Rep " + repId,
            Team = random.Next(2) == 0 ? "Inbound" : "Field",
            Location = "North",
            NewCustomerRevenue = Money(50_000),
            ExistingCustomerRevenue = Money(100_000),
            ComparisonRevenue = Money(150_000),
            GrossProfit = Money(60_000) - 10_000,
            SalesQuota = Money(150_000),
            NextPeriodQuota = Money(150_000),
            AcquisitionCost = Money(20_000),
            DealsWon = Count(20),
            DealsLost = Count(60),
            SalesCycleDaysTotal = Money(900),
            OpenOpportunities = Count(50),
            OpenPipelineValue = Money(400_000),
            LeadsCreated = Count(400),
            LeadsConverted = Count(80),
            LeadsContacted = Count(400),
            LeadResponseHoursTotal = Money(2_000),
            CallsMade = Count(900),
            MeetingsBooked = Count(40),
            VisitsPlanned = Count(100),
            VisitsCompleted = completed,
            VisitsWithOrder = random.Next(0, completed + 1),
            FieldDays = random.Next(0, 45) / 2m,
            AccountsAssigned = Count(120),
            AccountsVisited = Count(100),
            CustomersAtStart = atStart,
            NewCustomers = Count(20),
            CustomersLost = random.Next(0, atStart + 1),
        };
    }
}
