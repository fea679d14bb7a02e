using System.Collections.Generic;

namespace SalesKpi.Tests.Calculation;

/// <summary>Status against target, by the KPI's direction and the close band (10 % by default).</summary>
public class StatusTests
{
    private static KpiStatus? StatusOf(string id, SalesRecord row, double target) =>
        new KpiCalculator(settings: new KpiSettings { Targets = new Dictionary<string, double> { [id] = target } }).Compute(row)[id].Status;

    [Theory]
    [InlineData(0.80, KpiStatus.OnTarget)]   // attainment 80 % against 80 %
    [InlineData(0.85, KpiStatus.Close)]      // 80 % is within 10 % of 85 % (76.5 % or more)
    [InlineData(0.90, KpiStatus.OffTarget)]  // 80 % is below 81 %
    [InlineData(0.50, KpiStatus.OnTarget)]   // better than the target
    public void Higher_is_better_kpi_is_on_target_at_or_above_it(double target, KpiStatus expected)
    {
        StatusOf("quota-attainment", WorkedExampleTests.Row, target).Should().Be(expected);
    }

    [Theory]
    [InlineData(1_500, KpiStatus.OnTarget)]  // CAC of 1,500 against 1,500
    [InlineData(1_400, KpiStatus.Close)]     // 1,500 is within 10 % above 1,400 (1,540 or less)
    [InlineData(1_300, KpiStatus.OffTarget)] // 1,500 is above 1,430
    [InlineData(2_000, KpiStatus.OnTarget)]  // cheaper than the target
    public void Lower_is_better_kpi_is_on_target_at_or_below_it(double target, KpiStatus expected)
    {
        StatusOf("customer-acquisition-cost", WorkedExampleTests.Row, target).Should().Be(expected);
    }

    [Fact]
    public void Status_needs_a_value_and_a_target()
    {
        var results = new KpiCalculator().Compute(WorkedExampleTests.Row with { SalesQuota = 0 });
        results["quota-attainment"].Status.Should().BeNull("attainment is undefined");
        results["average-deal-size"].Status.Should().BeNull("average deal size has no default target");
    }

    [Fact]
    public void Close_band_is_a_setting()
    {
        var settings = new KpiSettings { CloseBand = 0.25, Targets = new Dictionary<string, double> { ["quota-attainment"] = 1 } };
        new KpiCalculator(settings: settings).Compute(WorkedExampleTests.Row)["quota-attainment"].Status.Should().Be(KpiStatus.Close);
    }
}
