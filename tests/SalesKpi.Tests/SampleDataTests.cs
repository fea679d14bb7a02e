using System;
using System.Linq;

namespace SalesKpi.Tests;

public class SampleDataTests
{
    private static readonly System.Collections.Generic.IReadOnlyList<SalesRecord> Records = SampleData.Create();

    [Fact]
    public void Sample_has_about_15_reps_in_three_teams_over_24_months()
    {
        Records.Select(r => r.RepId).Distinct().Should().HaveCount(15);
        Records.Select(r => r.Team).Distinct().Should().BeEquivalentTo("Inbound", "Outbound", "Field");
        Records.Select(r => r.Location).Distinct().Should().HaveCountGreaterThanOrEqualTo(3);
        Records.Select(r => r.PeriodStart).Distinct().Should().HaveCount(24);
        Records.Min(r => r.PeriodStart).Should().Be(new DateTime(2024, 1, 1));
        Records.Max(r => r.PeriodEnd).Should().Be(new DateTime(2025, 12, 31));
    }

    [Fact]
    public void Same_seed_gives_the_same_records_and_another_seed_other_records()
    {
        SampleData.Create().Should().Equal(Records);
        SampleData.Create(7).Should().NotEqual(Records);
    }

    [Fact]
    public void Every_sample_record_is_valid_and_each_rep_has_one_record_per_period()
    {
        var act = () => new KpiCalculator().Compute(Records);
        act.Should().NotThrow();
    }

    [Fact]
    public void Customer_snapshots_chain_from_one_month_to_the_next()
    {
        foreach (var rep in Records.GroupBy(r => r.RepId))
        {
            var months = rep.OrderBy(r => r.PeriodStart).ToList();
            for (var i = 1; i < months.Count; i++)
            {
                var before = months[i - 1];
                months[i].CustomersAtStart.Should().Be(before.CustomersAtStart + before.NewCustomers - before.CustomersLost, rep.Key);
            }
        }
    }

    [Fact]
    public void Revenue_is_seasonal()
    {
        var byMonth = Records.GroupBy(r => r.PeriodStart.Month)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.NewCustomerRevenue!.Value + r.ExistingCustomerRevenue!.Value));
        byMonth[5].Should().BeGreaterThan(byMonth[11] * 1.15m, "spring peaks and autumn dips");
    }

    [Fact]
    public void Some_kpis_are_undefined_on_purpose()
    {
        var results = new KpiCalculator().ComputeEach(Records);
        var undefined = results.SelectMany(r => r).Where(r => !r.IsDefined).Select(r => r.Kpi.Id).Distinct().ToList();

        undefined.Should().Contain("visit-completion-rate", "inside reps make no visits");
        undefined.Should().Contain("quota-attainment", "a rep on leave has no quota");
        undefined.Should().Contain("customer-churn-rate", "a rep who joins has no customers at start");
        undefined.Should().Contain("lead-response-time", "a month is missing from the CRM");
        undefined.Should().Contain("revenue-growth", "a new rep has no revenue a year earlier");
    }

    [Fact]
    public void One_month_shows_a_negative_gross_profit()
    {
        Records.Should().ContainSingle(r => r.GrossProfit < 0);
    }

    [Fact]
    public void Rep_ids_keep_their_leading_zeros()
    {
        Records.Should().OnlyContain(r => r.RepId.StartsWith("00", StringComparison.Ordinal));
    }
}
