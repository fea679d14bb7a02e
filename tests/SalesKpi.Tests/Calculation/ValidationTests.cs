using System;
using System.Collections.Generic;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Calculation;

public class ValidationTests
{
    private static readonly SalesRecord Good = WorkedExampleTests.Row;

    [Theory]
    [InlineData("DealsLost", -2)]
    [InlineData("CustomersAtStart", -1)]
    [InlineData("NewCustomerRevenue", -0.01)]
    [InlineData("FieldDays", -0.5)]
    [InlineData("AcquisitionCost", -100)]
    public void Negative_value_is_refused_naming_the_record_field_and_value(string field, double value)
    {
        var bad = Records.With(Good, field, (decimal)value);
        var act = () => new KpiCalculator().Compute([Good with { RepId = "other" }, bad]);

        var error = act.Should().Throw<SalesDataException>().Which;
        var problem = error.Problems.Should().ContainSingle().Which;
        problem.Where.Should().Be("record 2");
        problem.Field.Should().Be(field);
        problem.Value.Should().Be(((decimal)value).ToString(System.Globalization.CultureInfo.InvariantCulture));
        error.Message.Should().Contain("record 2").And.Contain(field).And.Contain(problem.Value);
    }

    [Fact]
    public void Negative_gross_profit_is_accepted()
    {
        var act = () => new KpiCalculator().Compute(Good with { GrossProfit = -1 });
        act.Should().NotThrow();
    }

    [Fact]
    public void Period_ending_before_it_starts_is_refused()
    {
        var act = () => new KpiCalculator().Compute(Good with { PeriodEnd = Good.PeriodStart.AddDays(-1) });
        act.Should().Throw<SalesDataException>().Where(e => e.Problems[0].Field == "PeriodEnd" && e.Message.Contains("2025-02-28"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Record_without_a_rep_id_is_refused(string repId)
    {
        var act = () => new KpiCalculator().Compute(Good with { RepId = repId });
        act.Should().Throw<SalesDataException>().Where(e => e.Problems[0].Field == "RepId" && e.Problems[0].Where == "record 1");
    }

    [Fact]
    public void Null_record_is_refused_with_its_position()
    {
        var act = () => new KpiCalculator().ComputeEach([Good, null!]);
        act.Should().Throw<SalesDataException>().Where(e => e.Problems[0].Where == "record 2");
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(0, "0")]
    [InlineData(-12, "-12")]
    public void Lifetime_cap_must_be_a_finite_positive_number(double cap, string shown)
    {
        var act = () => new KpiCalculator(settings: new KpiSettings { MaxLifetimePeriods = cap });
        act.Should().Throw<ArgumentException>()
            .WithMessage($"KpiSettings.MaxLifetimePeriods must be a finite number above 0, not {shown}.*")
            .Where(e => e.ParamName == "MaxLifetimePeriods");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Target_must_be_a_finite_number(double target)
    {
        var settings = new KpiSettings { Targets = new Dictionary<string, double> { ["win-rate"] = target } };
        var act = () => new KpiCalculator(settings: settings);
        act.Should().Throw<ArgumentException>().WithMessage("KpiSettings.Targets['win-rate'] must be a finite number*");
    }

    [Fact]
    public void Target_for_a_kpi_outside_the_catalog_is_refused()
    {
        var settings = new KpiSettings { Targets = new Dictionary<string, double> { ["win-rate"] = 0.3 } };
        var act = () => new KpiCalculator(KpiCatalog.Default.Without("win-rate", "pipeline-coverage"), settings);
        act.Should().Throw<ArgumentException>().WithMessage("*'win-rate', which is not in the catalog*");
    }

    [Fact]
    public void Currency_must_be_given()
    {
        var act = () => new KpiCalculator(settings: new KpiSettings { Currency = " " });
        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "Currency");
    }
}
