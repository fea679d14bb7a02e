using System.Globalization;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Calculation;

/// <summary>
/// Parsing, computing and sample data must not depend on the thread culture: es-ES and de-DE use a
/// decimal comma, tr-TR lowercases "I" differently. Each derived class runs every test under one culture.
/// </summary>
public abstract class CultureIndependenceTests
{
    [Fact]
    public void Fresh_catalog_parses_and_computes_the_worked_example()
    {
        var catalog = KpiCatalog.Create(KpiCatalog.Default.Kpis); // parses every formula now, under this culture
        var results = new KpiCalculator(catalog).Compute(WorkedExampleTests.Row);
        foreach (var row in WorkedExampleTests.Expected)
        {
            Expect.Near(results[(string)row[0]].Value, (double)row[1], (string)row[0]);
        }

        Expect.Near(results["customer-churn-rate"].Target, 0.02); // target rule "1 - (1 - 0.02) ^ PeriodMonths"
        results["pipeline-coverage"].Target.Should().Be(4);
    }

    [Fact]
    public void Sample_data_is_the_same_as_under_the_invariant_culture()
    {
        var here = SampleData.Create();
        var invariant = RunInvariant(() => SampleData.Create());
        here.Should().Equal(invariant);
    }

    [Fact]
    public void Error_messages_use_invariant_numbers()
    {
        var act = () => new KpiCalculator().Compute(WorkedExampleTests.Row with { FieldDays = -1.5m });
        act.Should().Throw<SalesDataException>().WithMessage("*value '-1.5'*");
    }

    private static T RunInvariant<T>(System.Func<T> action)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}

[UseCulture("es-ES")]
public class UnderSpanishCulture : CultureIndependenceTests;

[UseCulture("de-DE")]
public class UnderGermanCulture : CultureIndependenceTests;

[UseCulture("tr-TR")]
public class UnderTurkishCulture : CultureIndependenceTests;
