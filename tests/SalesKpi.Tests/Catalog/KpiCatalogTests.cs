using System;
using System.Linq;
using System.Reflection;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Catalog;

public class KpiCatalogTests
{
    /// <summary>The ids of the spec's table, in its order.</summary>
    private static readonly string[] SpecIds =
    [
        "new-revenue", "existing-customer-revenue", "revenue-growth", "customer-lifetime-value",
        "customer-acquisition-cost", "average-profit-margin", "quota-attainment", "average-deal-size",
        "customer-churn-rate", "win-rate", "sales-cycle-length", "sales-velocity", "pipeline-coverage",
        "leads-generated", "lead-response-time", "lead-to-opportunity-rate", "call-to-meeting-rate",
        "visits-per-field-day", "visit-completion-rate", "visit-strike-rate", "territory-coverage",
    ];

    [Fact]
    public void Default_catalog_has_the_21_kpis_of_the_spec_in_its_order()
    {
        KpiCatalog.Default.Kpis.Select(k => k.Id).Should().Equal(SpecIds);
    }

    [Fact]
    public void Every_kpi_has_a_name_and_a_description_in_both_languages()
    {
        foreach (var kpi in KpiCatalog.Default.Kpis)
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                kpi.Name[language].Should().NotBeNullOrWhiteSpace(kpi.Id);
                kpi.Description[language].Should().NotBeNullOrWhiteSpace(kpi.Id).And.EndWith(".", "descriptions are sentences");
            }

            kpi.Name.Spanish.Should().NotBe(kpi.Name.English, $"{kpi.Id} needs a Spanish name");
        }
    }

    [Theory]
    [InlineData("win-rate", "Win rate", "Tasa de cierre", Unit.Percent, Direction.HigherIsBetter)]
    [InlineData("customer-acquisition-cost", "Customer acquisition cost (CAC)", "Coste de adquisición de clientes (CAC)", Unit.Currency, Direction.LowerIsBetter)]
    [InlineData("sales-velocity", "Sales velocity", "Velocidad de ventas", Unit.CurrencyPerDay, Direction.HigherIsBetter)]
    [InlineData("pipeline-coverage", "Pipeline coverage", "Cobertura del pipeline", Unit.Ratio, Direction.HigherIsBetter)]
    [InlineData("lead-response-time", "Lead response time", "Tiempo de respuesta a leads", Unit.Hours, Direction.LowerIsBetter)]
    [InlineData("customer-churn-rate", "Customer churn rate", "Tasa de abandono de clientes", Unit.Percent, Direction.LowerIsBetter)]
    [InlineData("sales-cycle-length", "Sales cycle length", "Duración del ciclo de venta", Unit.Days, Direction.LowerIsBetter)]
    public void Kpi_names_units_and_directions_match_the_spec(string id, string english, string spanish, Unit unit, Direction direction)
    {
        var kpi = KpiCatalog.Default[id];
        kpi.Name.Should().Be(new LocalizedText(english, spanish));
        kpi.Unit.Should().Be(unit);
        kpi.Direction.Should().Be(direction);
    }

    [Fact]
    public void Every_input_field_has_titles_and_descriptions_in_both_languages()
    {
        InputField.All.Select(f => f.Name).Should().OnlyHaveUniqueItems();
        InputField.All.Select(f => f.Title.Spanish).Should().OnlyHaveUniqueItems("Spanish titles identify CSV columns");
        foreach (var field in InputField.All)
        {
            field.Title.English.Should().NotBeNullOrWhiteSpace(field.Name);
            field.Title.Spanish.Should().NotBeNullOrWhiteSpace(field.Name);
            field.Description.English.Should().NotBeNullOrWhiteSpace(field.Name);
            field.Description.Spanish.Should().NotBeNullOrWhiteSpace(field.Name);
        }
    }

    [Fact]
    public void Every_public_property_of_the_record_is_one_input_field_of_the_right_type()
    {
        var properties = typeof(SalesRecord).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        properties.Select(p => p.Name).Should().BeEquivalentTo(InputField.All.Select(f => f.Name));
        foreach (var field in InputField.All)
        {
            var type = properties.Single(p => p.Name == field.Name).PropertyType;
            var expected = field.Type switch
            {
                FieldType.Date => typeof(DateTime),
                FieldType.Text => typeof(string),
                FieldType.Integer => typeof(int?),
                _ => typeof(decimal?),
            };
            type.Should().Be(expected, field.Name);
        }
    }

    [Theory]
    [InlineData("CustomersAtStart", InputKind.SnapshotAtStart)]
    [InlineData("AccountsAssigned", InputKind.SnapshotAtStart)]
    [InlineData("OpenOpportunities", InputKind.SnapshotAtEnd)]
    [InlineData("OpenPipelineValue", InputKind.SnapshotAtEnd)]
    [InlineData("AccountsVisited", InputKind.DistinctCount)]
    [InlineData("DealsWon", InputKind.Flow)]
    [InlineData("GrossProfit", InputKind.Flow)]
    [InlineData("Team", InputKind.Dimension)]
    [InlineData("RepId", InputKind.Key)]
    public void Input_kinds_match_the_spec(string name, InputKind kind)
    {
        InputField.All.Single(f => f.Name == name).Kind.Should().Be(kind);
    }

    [Fact]
    public void Only_gross_profit_may_be_negative()
    {
        InputField.All.Where(f => f.AllowsNegative).Select(f => f.Name).Should().Equal("GrossProfit");
    }

    [Fact]
    public void Custom_catalog_keeps_few_kpis_in_catalog_order()
    {
        var catalog = KpiCatalog.Default.Only("win-rate", "new-revenue", "pipeline-coverage");
        catalog.Kpis.Select(k => k.Id).Should().Equal("new-revenue", "win-rate", "pipeline-coverage");
        var results = new KpiCalculator(catalog).Compute(Calculation.WorkedExampleTests.Row);
        results.Should().HaveCount(3);
        Expect.Near(results["win-rate"].Value, 0.25);
    }

    [Fact]
    public void Custom_catalog_can_add_a_kpi_of_its_own()
    {
        var meetingsPerDeal = new KpiDefinition(
            "meetings-per-deal", "MeetingsBooked / DealsWon", Unit.Count, Direction.LowerIsBetter,
            new("Meetings per deal", "Citas por operación"), new("Meetings booked per deal won.", "Citas por operación ganada."))
        { DefaultTarget = "2" };

        var catalog = KpiCatalog.Default.With(meetingsPerDeal);

        catalog.Kpis.Should().HaveCount(22);
        var result = new KpiCalculator(catalog).Compute(Calculation.WorkedExampleTests.Row)["meetings-per-deal"];
        Expect.Near(result.Value, 2.4); // 24 meetings / 10 deals
        result.Target.Should().Be(2);
    }

    [Fact]
    public void With_replaces_a_kpi_of_the_same_id_in_place()
    {
        var strict = KpiCatalog.Default["win-rate"] with { DefaultTarget = "0.4" };
        var catalog = KpiCatalog.Default.With(strict);
        catalog.Kpis.Select(k => k.Id).Should().Equal(SpecIds);
        catalog["win-rate"].DefaultTarget.Should().Be("0.4");
    }

    [Theory]
    [InlineData("DealsWon / Nope", "*KPI 'bad': Formula 'DealsWon / Nope', at position 12: unknown name 'Nope'*")]
    [InlineData("DealsWon / (DealsLost", "*KPI 'bad'*expected ')'*")]
    [InlineData("DealsWon / [win-rate]", "*KPI 'bad'*only target rules can*")]
    [InlineData("RepName / DealsWon", "*KPI 'bad'*'RepName' is not a numeric input*")]
    [InlineData("MaxLifetimePeriods * 2", "*KPI 'bad'*reads no input field*")]
    [InlineData("IF(DealsWon > 0, 1)", "*KPI 'bad'*IF takes 3 arguments, not 2*")]
    public void Invalid_formula_is_refused_naming_the_kpi_and_the_problem(string formula, string message)
    {
        var bad = new KpiDefinition("bad", formula, Unit.Count, Direction.HigherIsBetter, new("Bad", "Malo"), new("Bad.", "Malo."));
        var act = () => KpiCatalog.Default.With(bad);
        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Theory]
    [InlineData("Win_Rate", "*KPI 'Win_Rate': the id must be lowercase*")]
    [InlineData("", "*the id must be lowercase*")]
    public void Invalid_id_is_refused(string id, string message)
    {
        var bad = new KpiDefinition(id, "DealsWon", Unit.Count, Direction.HigherIsBetter, new("A", "B"), new("A.", "B."));
        var act = () => KpiCatalog.Create([bad]);
        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void Duplicate_id_is_refused()
    {
        var act = () => KpiCatalog.Create([KpiCatalog.Default["win-rate"], KpiCatalog.Default["win-rate"]]);
        act.Should().Throw<ArgumentException>().WithMessage("KPI 'win-rate': the id is used twice.*");
    }

    [Fact]
    public void Missing_spanish_name_is_refused()
    {
        var bad = KpiCatalog.Default["win-rate"] with { Name = new LocalizedText("Win rate", "") };
        var act = () => KpiCatalog.Create([bad]);
        act.Should().Throw<ArgumentException>().WithMessage("KPI 'win-rate': the name needs an English and a Spanish text.*");
    }

    [Fact]
    public void Target_rule_naming_a_kpi_outside_the_catalog_is_refused()
    {
        var act = () => KpiCatalog.Default.Only("customer-lifetime-value");
        act.Should().Throw<ArgumentException>()
            .WithMessage("KPI 'customer-lifetime-value': its default target '3 * [customer-acquisition-cost]' refers to KPI 'customer-acquisition-cost', which is not in the catalog*");
    }

    [Fact]
    public void Unknown_id_in_a_selection_is_refused()
    {
        var act = () => KpiCatalog.Default.Only("win-rate", "wins");
        act.Should().Throw<ArgumentException>().WithMessage("The catalog has no KPI 'wins'.*");
    }
}
