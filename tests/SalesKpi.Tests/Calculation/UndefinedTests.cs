using System;
using System.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Calculation;

/// <summary>Undefined is not zero: zero denominators and blank inputs give no value; a zero numerator gives 0.</summary>
public class UndefinedTests
{
    private static readonly KpiCalculator Calculator = new();

    public static TheoryData<string, string, int> ZeroDenominators => new()
    {
        { "revenue-growth", "ComparisonRevenue", 0 },
        { "customer-acquisition-cost", "NewCustomers", 0 },
        { "quota-attainment", "SalesQuota", 0 },
        { "average-deal-size", "DealsWon", 0 },
        { "sales-cycle-length", "DealsWon", 0 },
        { "sales-velocity", "DealsWon", 0 },
        { "sales-velocity", "SalesCycleDaysTotal", 0 },
        { "pipeline-coverage", "NextPeriodQuota", 0 },
        { "lead-response-time", "LeadsContacted", 0 },
        { "lead-to-opportunity-rate", "LeadsCreated", 0 },
        { "call-to-meeting-rate", "CallsMade", 0 },
        { "visits-per-field-day", "FieldDays", 0 },
        { "visit-completion-rate", "VisitsPlanned", 0 },
        { "visit-strike-rate", "VisitsCompleted", 0 },
        { "territory-coverage", "AccountsAssigned", 0 },
    };

    [Theory]
    [MemberData(nameof(ZeroDenominators))]
    public void Zero_denominator_makes_the_kpi_undefined(string id, string field, int zero)
    {
        var result = Calculator.Compute(Records.With(WorkedExampleTests.Row, field, zero))[id];
        result.IsDefined.Should().BeFalse();
        result.Value.Should().BeNull();
    }

    [Fact]
    public void No_revenue_makes_margin_undefined_and_growth_minus_one_hundred_percent()
    {
        var results = Calculator.Compute(WorkedExampleTests.Row with { NewCustomerRevenue = 0, ExistingCustomerRevenue = 0 });
        results["average-profit-margin"].IsDefined.Should().BeFalse();
        results["revenue-growth"].Value.Should().Be(-1);
    }

    [Fact]
    public void No_decided_deals_makes_win_rate_undefined_but_only_lost_deals_make_it_zero()
    {
        Calculator.Compute(WorkedExampleTests.Row with { DealsWon = 0, DealsLost = 0 })["win-rate"].IsDefined.Should().BeFalse();
        Calculator.Compute(WorkedExampleTests.Row with { DealsWon = 0, DealsLost = 5 })["win-rate"].Value.Should().Be(0);
    }

    [Fact]
    public void No_customers_at_all_makes_churn_and_lifetime_value_undefined()
    {
        var results = Calculator.Compute(WorkedExampleTests.Row with { CustomersAtStart = 0, NewCustomers = 0, CustomersLost = 0 });
        results["customer-churn-rate"].IsDefined.Should().BeFalse();
        results["customer-lifetime-value"].IsDefined.Should().BeFalse();
    }

    public static TheoryData<string, string, int, double> ZeroNumerators => new()
    {
        { "new-revenue", "NewCustomerRevenue", 0, 0 },
        { "customer-acquisition-cost", "AcquisitionCost", 0, 0 },
        { "average-profit-margin", "GrossProfit", 0, 0 },
        { "customer-lifetime-value", "GrossProfit", 0, 0 },
        { "customer-churn-rate", "CustomersLost", 0, 0 },
        { "sales-velocity", "OpenOpportunities", 0, 0 },
        { "pipeline-coverage", "OpenPipelineValue", 0, 0 },
        { "leads-generated", "LeadsCreated", 0, 0 },
        { "lead-response-time", "LeadResponseHoursTotal", 0, 0 },
        { "lead-to-opportunity-rate", "LeadsConverted", 0, 0 },
        { "call-to-meeting-rate", "MeetingsBooked", 0, 0 },
        { "visits-per-field-day", "VisitsCompleted", 0, 0 },
        { "visit-strike-rate", "VisitsWithOrder", 0, 0 },
        { "territory-coverage", "AccountsVisited", 0, 0 },
        { "revenue-growth", "ComparisonRevenue", 100_000, 0 },
    };

    [Theory]
    [MemberData(nameof(ZeroNumerators))]
    public void Zero_numerator_over_a_positive_denominator_is_a_real_zero(string id, string field, int value, double expected)
    {
        Calculator.Compute(Records.With(WorkedExampleTests.Row, field, value))[id].Value.Should().Be(expected);
    }

    /// <summary>For each input, the KPIs whose spec formula reads it (directly or through a derived helper).</summary>
    public static TheoryData<string, string[]> ReadersOfEachInput => new()
    {
        { "NewCustomerRevenue", ["new-revenue", "revenue-growth", "average-profit-margin", "quota-attainment", "average-deal-size", "sales-velocity"] },
        { "ExistingCustomerRevenue", ["existing-customer-revenue", "revenue-growth", "average-profit-margin", "quota-attainment", "average-deal-size", "sales-velocity"] },
        { "ComparisonRevenue", ["revenue-growth"] },
        { "GrossProfit", ["customer-lifetime-value", "average-profit-margin"] },
        { "SalesQuota", ["quota-attainment"] },
        { "NextPeriodQuota", ["pipeline-coverage"] },
        { "AcquisitionCost", ["customer-acquisition-cost"] },
        { "DealsWon", ["average-deal-size", "win-rate", "sales-cycle-length", "sales-velocity"] },
        { "DealsLost", ["win-rate", "sales-velocity"] },
        { "SalesCycleDaysTotal", ["sales-cycle-length", "sales-velocity"] },
        { "OpenOpportunities", ["sales-velocity"] },
        { "OpenPipelineValue", ["pipeline-coverage"] },
        { "LeadsCreated", ["leads-generated", "lead-to-opportunity-rate"] },
        { "LeadsConverted", ["lead-to-opportunity-rate"] },
        { "LeadsContacted", ["lead-response-time"] },
        { "LeadResponseHoursTotal", ["lead-response-time"] },
        { "CallsMade", ["call-to-meeting-rate"] },
        { "MeetingsBooked", ["call-to-meeting-rate"] },
        { "VisitsPlanned", ["visit-completion-rate"] },
        { "VisitsCompleted", ["visits-per-field-day", "visit-completion-rate", "visit-strike-rate"] },
        { "VisitsWithOrder", ["visit-strike-rate"] },
        { "FieldDays", ["visits-per-field-day"] },
        { "AccountsAssigned", ["territory-coverage"] },
        { "AccountsVisited", ["territory-coverage"] },
        { "CustomersAtStart", ["customer-lifetime-value", "customer-churn-rate"] },
        { "NewCustomers", ["customer-lifetime-value", "customer-acquisition-cost"] },
        { "CustomersLost", ["customer-lifetime-value", "customer-churn-rate"] },
    };

    [Theory]
    [MemberData(nameof(ReadersOfEachInput))]
    public void Blank_input_makes_exactly_the_kpis_that_read_it_undefined(string field, string[] readers)
    {
        var results = Calculator.Compute(Records.With(WorkedExampleTests.Row, field, null));
        results.Where(r => !r.IsDefined).Select(r => r.Kpi.Id).Should().BeEquivalentTo(readers);
    }

    [Fact]
    public void Every_numeric_input_is_listed_with_its_readers()
    {
        ReadersOfEachInput.Select(row => (string)row[0])
            .Should().BeEquivalentTo(InputField.All.Where(f => f.IsNumeric).Select(f => f.Name));
    }

    [Fact]
    public void Row_with_every_input_blank_gives_every_kpi_undefined()
    {
        var blank = new SalesRecord { RepId = "R1", PeriodStart = Some.January, PeriodEnd = Some.January.AddDays(30) };
        Calculator.Compute(blank).Should().OnlyContain(r => !r.IsDefined);
    }

    [Fact]
    public void Empty_group_gives_every_kpi_undefined()
    {
        Calculator.Compute(Array.Empty<SalesRecord>()).Should().OnlyContain(r => !r.IsDefined);
    }
}
