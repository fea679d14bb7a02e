using System;
using System.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Calculation;

/// <summary>Groups of reps and periods: ratio of sums, snapshots and distinct counts as the spec says.</summary>
public class GroupTests
{
    private static readonly KpiCalculator Calculator = new();

    private static SalesRecord Rep(string id, DateTime? month = null) => new()
    {
        RepId = id,
        PeriodStart = month ?? Some.January,
        PeriodEnd = (month ?? Some.January).AddMonths(1).AddDays(-1),
    };

    [Fact]
    public void Win_rate_of_a_team_is_the_ratio_of_sums_not_the_average_of_ratios()
    {
        var team = new[]
        {
            Rep("A") with { DealsWon = 1, DealsLost = 0 }, // 100 %
            Rep("B") with { DealsWon = 1, DealsLost = 9 }, // 10 %
        };

        // 2 won of 11 decided is 18.2 %; the average of the reps' rates would be 55 %.
        Expect.Near(Calculator.Compute(team)["win-rate"].Value, 2.0 / 11);
    }

    [Fact]
    public void Blank_row_does_not_drag_the_team_down_but_a_zero_row_does()
    {
        var a = Rep("A") with { NewCustomerRevenue = 30, ExistingCustomerRevenue = 70, SalesQuota = 100 };
        var blank = Rep("B") with { SalesQuota = 100 };
        var zero = Rep("B") with { NewCustomerRevenue = 0, ExistingCustomerRevenue = 0, SalesQuota = 100 };

        Calculator.Compute([a, blank])["quota-attainment"].Value.Should().Be(1);
        Calculator.Compute([a, zero])["quota-attainment"].Value.Should().Be(0.5);
    }

    [Fact]
    public void Churn_over_three_months_divides_all_losses_by_the_first_months_customers()
    {
        var months = new[] { 100, 103, 106 }.Select((atStart, i) =>
            Rep("A", Some.January.AddMonths(i)) with { CustomersAtStart = atStart, NewCustomers = 8, CustomersLost = 5 });

        // 15 lost out of the 100 there were at the start of January.
        Expect.Near(Calculator.Compute(months)["customer-churn-rate"].Value, 0.15);
    }

    [Fact]
    public void Churn_over_several_months_and_reps_adds_each_reps_first_snapshot()
    {
        var rows = new[] { ("A", 100, 5), ("B", 50, 2) }
            .SelectMany(rep => Enumerable.Range(0, 3).Select(i =>
                Rep(rep.Item1, Some.January.AddMonths(i)) with { CustomersAtStart = rep.Item2 + i, NewCustomers = 3, CustomersLost = rep.Item3 }))
            .Reverse(); // order of the rows must not matter

        // (15 + 6) lost out of (100 + 50) at the start.
        Expect.Near(Calculator.Compute(rows)["customer-churn-rate"].Value, 21.0 / 150);
    }

    [Fact]
    public void Lifetime_value_over_three_months_uses_the_span_averages()
    {
        var months = Enumerable.Range(0, 3).Select(i =>
            Rep("A", Some.January.AddMonths(i)) with
            {
                CustomersAtStart = 100 + (3 * i), NewCustomers = 8, CustomersLost = 5, GrossProfit = 2_090,
            });

        // 100 at start, 109 at end, 104.5 on average; 6,270 / 104.5 = 60 a customer, times 1 / 15 % churn.
        Expect.Near(Calculator.Compute(months)["customer-lifetime-value"].Value, 400);
    }

    [Fact]
    public void Open_opportunities_over_three_months_take_the_last_months_snapshot()
    {
        var months = new[] { 10, 20, 30 }.Select((open, i) =>
            Rep("A", Some.January.AddMonths(i)) with
            {
                OpenOpportunities = open, NewCustomerRevenue = 10_000, ExistingCustomerRevenue = 0,
                DealsWon = 2, DealsLost = 2, SalesCycleDaysTotal = 60,
                OpenPipelineValue = open * 1_000, NextPeriodQuota = open * 100,
            }).ToList();

        var results = Calculator.Compute(months);

        // 30 open x 5,000 a deal x 50 % / 30 days; summing the snapshots would give 5,000.
        Expect.Near(results["sales-velocity"].Value, 2_500);

        // 30,000 in the pipeline at the end of March against April's quota of 3,000.
        Expect.Near(results["pipeline-coverage"].Value, 10);
    }

    [Fact]
    public void Territory_coverage_is_per_single_period_only()
    {
        var months = Enumerable.Range(0, 3).Select(i =>
            Rep("A", Some.January.AddMonths(i)) with { AccountsAssigned = 80, AccountsVisited = 60 }).ToList();

        Calculator.Compute(months)["territory-coverage"].IsDefined.Should().BeFalse("distinct counts cannot be added over periods");
        Expect.Near(Calculator.Compute(months.Take(1))["territory-coverage"].Value, 0.75);
    }

    [Fact]
    public void Territory_coverage_adds_up_across_reps_in_one_period()
    {
        var reps = new[]
        {
            Rep("A") with { AccountsAssigned = 80, AccountsVisited = 60 },
            Rep("B") with { AccountsAssigned = 20, AccountsVisited = 20 },
        };

        Expect.Near(Calculator.Compute(reps)["territory-coverage"].Value, 0.8);
    }

    [Fact]
    public void Negative_gross_profit_gives_negative_margin_and_lifetime_value()
    {
        var results = Calculator.Compute(WorkedExampleTests.Row with { GrossProfit = -4_040 });

        Expect.Near(results["average-profit-margin"].Value, -0.0404); // -4,040 / 100,000
        Expect.Near(results["customer-lifetime-value"].Value, -1_000); // -4,040 / 202 = -20, x 50 periods
    }

    [Theory]
    [InlineData(PeriodKind.Month, null, 12_000)]   // nobody churned: 200 a customer x the 60-month cap
    [InlineData(PeriodKind.Quarter, null, 4_000)]  // five years are 20 quarters
    [InlineData(PeriodKind.Week, null, 52_000)]    // five years are 260 weeks
    [InlineData(PeriodKind.Month, 36.0, 7_200)]    // the cap is a setting
    public void Lifetime_value_without_churn_uses_the_lifetime_cap(PeriodKind kind, double? cap, double expected)
    {
        var row = WorkedExampleTests.Row with { GrossProfit = 40_800, CustomersLost = 0 }; // 200 + 208 -> 204 on average
        var settings = new KpiSettings { PeriodKind = kind, MaxLifetimePeriods = cap };
        Expect.Near(new KpiCalculator(settings: settings).Compute(row)["customer-lifetime-value"].Value, expected);
    }

    [Fact]
    public void Lifetime_value_with_very_low_churn_is_capped()
    {
        // 1 lost of 300: 1 / churn is 300 periods, above the cap of 60. Average customers 299.5.
        var row = WorkedExampleTests.Row with { CustomersAtStart = 300, NewCustomers = 0, CustomersLost = 1, GrossProfit = 5_990 };
        Expect.Near(Calculator.Compute(row)["customer-lifetime-value"].Value, 1_200);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2024)]
    public void Group_of_complete_rows_in_one_period_equals_one_row_of_their_sums(int seed)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(1, 2 + random.Next(8)).Select(i => Some.Record(random, "R" + i, Some.January)).ToList();
        var sum = Sum(rows);

        var group = Calculator.Compute(rows);
        var single = Calculator.Compute(sum);
        foreach (var kpi in group)
        {
            var expected = single[kpi.Kpi.Id].Value;
            var because = $"seed {seed}, KPI {kpi.Kpi.Id}";
            if (expected is null)
            {
                kpi.Value.Should().BeNull(because);
            }
            else
            {
                Expect.Near(kpi.Value, expected.Value, because);
            }
        }
    }

    [Fact]
    public void Two_records_for_one_rep_and_period_are_refused_naming_both()
    {
        var act = () => Calculator.Compute([Rep("A"), Rep("B"), Rep("A")]);
        act.Should().Throw<SalesDataException>()
            .Where(e => e.Problems[0].Where == "record 3" && e.Problems[0].Field == "PeriodStart")
            .WithMessage("*Rep 'A' already has a record for this period (record 1)*");
    }

    private static SalesRecord Sum(System.Collections.Generic.IReadOnlyList<SalesRecord> rows)
    {
        var sum = rows[0] with { RepId = "sum" };
        foreach (var field in InputField.All.Where(f => f.IsNumeric))
        {
            var property = typeof(SalesRecord).GetProperty(field.Name)!;
            var total = rows.Sum(r => Convert.ToDecimal(property.GetValue(r), System.Globalization.CultureInfo.InvariantCulture));
            sum = Records.With(sum, field.Name, total);
        }

        return sum;
    }
}
