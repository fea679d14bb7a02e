using System;
using System.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Calculation;

/// <summary>
/// One rep, one month, every KPI worked out by hand from the spec's formulas. The inputs are chosen
/// so each result is a round number that can be checked with pencil and paper.
/// </summary>
public class WorkedExampleTests
{
    /// <summary>
    /// Total revenue 100,000; 40 closed deals (10 won); 200 customers at start, 8 new, 4 lost
    /// (204 at end, 202 on average, churn 2 %).
    /// </summary>
    public static readonly SalesRecord Row = new()
    {
        PeriodStart = new DateTime(2025, 3, 1),
        PeriodEnd = new DateTime(2025, 3, 31),
        RepId = "R1",
        NewCustomerRevenue = 30_000,
        ExistingCustomerRevenue = 70_000,
        ComparisonRevenue = 80_000,
        GrossProfit = 40_400,
        SalesQuota = 125_000,
        NextPeriodQuota = 120_000,
        AcquisitionCost = 12_000,
        DealsWon = 10,
        DealsLost = 30,
        SalesCycleDaysTotal = 450,
        OpenOpportunities = 18,
        OpenPipelineValue = 360_000,
        LeadsCreated = 500,
        LeadsConverted = 60,
        LeadsContacted = 400,
        LeadResponseHoursTotal = 1_000,
        CallsMade = 800,
        MeetingsBooked = 24,
        VisitsPlanned = 50,
        VisitsCompleted = 45,
        VisitsWithOrder = 27,
        FieldDays = 9,
        AccountsAssigned = 80,
        AccountsVisited = 68,
        CustomersAtStart = 200,
        NewCustomers = 8,
        CustomersLost = 4,
    };

    public static TheoryData<string, double> Expected => new()
    {
        { "new-revenue", 30_000 },
        { "existing-customer-revenue", 70_000 },
        { "revenue-growth", 0.25 },                 // (100,000 - 80,000) / 80,000
        { "customer-lifetime-value", 10_000 },      // 40,400 / 202 = 200 a customer, x min(1 / 2 %, 60) = 50 periods
        { "customer-acquisition-cost", 1_500 },     // 12,000 / 8
        { "average-profit-margin", 0.404 },         // 40,400 / 100,000
        { "quota-attainment", 0.8 },                // 100,000 / 125,000
        { "average-deal-size", 10_000 },            // 100,000 / 10
        { "customer-churn-rate", 0.02 },            // 4 / 200
        { "win-rate", 0.25 },                       // 10 / (10 + 30)
        { "sales-cycle-length", 45 },               // 450 / 10
        { "sales-velocity", 1_000 },                // 18 x 10,000 x 25 % / 45
        { "pipeline-coverage", 3 },                 // 360,000 / 120,000
        { "leads-generated", 500 },
        { "lead-response-time", 2.5 },              // 1,000 / 400
        { "lead-to-opportunity-rate", 0.12 },       // 60 / 500
        { "call-to-meeting-rate", 0.03 },           // 24 / 800
        { "visits-per-field-day", 5 },              // 45 / 9
        { "visit-completion-rate", 0.9 },           // 45 / 50
        { "visit-strike-rate", 0.6 },               // 27 / 45
        { "territory-coverage", 0.85 },             // 68 / 80
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Kpi_of_the_worked_row_equals_the_hand_computed_value(string id, double expected)
    {
        Expect.Near(new KpiCalculator().Compute(Row)[id].Value, expected);
    }

    [Fact]
    public void Worked_example_covers_every_kpi_of_the_default_catalog()
    {
        Expected.Select(row => (string)row[0]).Should().BeEquivalentTo(KpiCatalog.Default.Kpis.Select(k => k.Id));
    }

    public static TheoryData<string, double?> ExpectedTargets => new()
    {
        { "customer-lifetime-value", 4_500 },        // 3 x CAC of 1,500
        { "customer-acquisition-cost", 10_000 / 3.0 }, // CLV of 10,000 / 3
        { "quota-attainment", 1 },
        { "customer-churn-rate", 0.02 },             // 2 % a month, monthly periods
        { "win-rate", 0.25 },
        { "pipeline-coverage", 4 },                  // 1 / win rate of 25 %
        { "lead-response-time", 1 },
        { "call-to-meeting-rate", 0.03 },
        { "visits-per-field-day", 5 },
        { "visit-completion-rate", 0.9 },
        { "visit-strike-rate", 0.6 },
        { "territory-coverage", 0.85 },
        { "new-revenue", null },                     // from the plan: no default
        { "revenue-growth", null },
        { "average-deal-size", null },
    };

    [Theory]
    [MemberData(nameof(ExpectedTargets))]
    public void Default_target_of_the_worked_row_follows_the_spec(string id, double? expected)
    {
        var target = new KpiCalculator().Compute(Row)[id].Target;
        if (expected is null)
        {
            target.Should().BeNull();
        }
        else
        {
            Expect.Near(target, expected.Value);
        }
    }

    [Theory]
    [InlineData(PeriodKind.Week, 0.0046513)]    // 1 - 0.98^(12/52)
    [InlineData(PeriodKind.Quarter, 0.058808)]  // 1 - 0.98^3
    public void Churn_target_of_two_percent_a_month_compounds_to_the_period_length(PeriodKind kind, double expected)
    {
        var target = new KpiCalculator(settings: new KpiSettings { PeriodKind = kind }).Compute(Row)["customer-churn-rate"].Target;
        target.Should().BeApproximately(expected, 1e-6);
    }

    [Fact]
    public void Pipeline_coverage_target_is_three_when_the_win_rate_is_undefined()
    {
        var row = Row with { DealsWon = 0, DealsLost = 0 };
        new KpiCalculator().Compute(row)["pipeline-coverage"].Target.Should().Be(3);
    }

    [Fact]
    public void A_target_given_in_the_settings_replaces_the_default_rule()
    {
        var settings = new KpiSettings { Targets = new System.Collections.Generic.Dictionary<string, double> { ["win-rate"] = 0.4 } };
        new KpiCalculator(settings: settings).Compute(Row)["win-rate"].Target.Should().Be(0.4);
    }
}
