using System;
using System.IO;
using System.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Templates;

public class WorkbookTemplateTests
{
    private static string Folder => Path.Combine(Repository.Root, "templates");

    public static TheoryData<string, Language> Shipped()
    {
        var data = new TheoryData<string, Language>();
        foreach (var name in new[] { "field-sales", "inside-sales", "executive" })
        {
            data.Add(name, Language.English);
            data.Add(name, Language.Spanish);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Committed_blank_calculator_is_what_its_template_generates(string name, Language language)
    {
        var template = WorkbookTemplate.Load(Path.Combine(Folder, name + ".json"));
        using var generated = new MemoryStream();
        KpiWorkbook.Write(generated, template.In(language));
        var path = Path.Combine(Folder, $"{name}.{(language == Language.Spanish ? "es" : "en")}.xlsx");
        if (Environment.GetEnvironmentVariable("UPDATE_TEMPLATES") == "1")
        {
            File.WriteAllBytes(path, generated.ToArray());
        }

        File.Exists(path).Should().BeTrue($"the blank calculator is committed; create it with UPDATE_TEMPLATES=1");
        File.ReadAllBytes(path).Should().Equal(generated.ToArray(), "the committed calculator must match the code; regenerate with UPDATE_TEMPLATES=1");
    }

    [Fact]
    public void Shipped_templates_say_what_the_brief_asks()
    {
        var field = WorkbookTemplate.Load(Path.Combine(Folder, "field-sales.json"));
        field.Options.Catalog.Kpis.Should().HaveCount(21);
        field.Options.Settings.PeriodKind.Should().Be(PeriodKind.Month);

        var inside = WorkbookTemplate.Load(Path.Combine(Folder, "inside-sales.json"));
        inside.Options.Settings.PeriodKind.Should().Be(PeriodKind.Week);
        inside.Options.Teams.Should().Equal("Inbound", "Outbound");
        inside.Options.Catalog.Kpis.Select(k => k.Id).Should().Contain(["leads-generated", "call-to-meeting-rate", "pipeline-coverage"]).And.NotContain("visit-strike-rate");

        var executive = WorkbookTemplate.Load(Path.Combine(Folder, "executive.json"));
        executive.Options.Settings.PeriodKind.Should().Be(PeriodKind.Quarter);
        executive.In(Language.Spanish).Title.Should().Be("KPI de ventas para dirección");
        executive.Options.Settings.Targets["revenue-growth"].Should().Be(0.08);
    }

    [Theory]
    [InlineData("{ \"name\": \"x\", \"colour\": \"red\" }", "Template t.json: property 'colour' is not a template property*")]
    [InlineData("{ \"title\": { \"en\": \"A\", \"es\": \"B\" } }", "Template t.json: property 'name' is required.")]
    [InlineData("{ \"name\": \"x\", \"periodKind\": \"year\" }", "Template t.json: property 'periodKind' must be week, month, quarter, not 'year'.")]
    [InlineData("{ \"name\": \"x\", \"kpis\": [\"win-rate\", \"wins\"] }", "Template t.json: property 'kpis' The catalog has no KPI 'wins'.*")]
    [InlineData("{ \"name\": \"x\", \"kpis\": [\"customer-lifetime-value\"] }", "Template t.json: property 'kpis' KPI 'customer-lifetime-value': its default target*")]
    [InlineData("{ \"name\": \"x\", \"kpis\": [\"win-rate\"], \"targets\": { \"new-revenue\": 5 } }", "Template t.json: property 'targets' KpiSettings.Targets names KPI 'new-revenue', which is not in the catalog.*")]
    [InlineData("{ \"name\": \"x\", \"closeBand\": 2 }", "Template t.json: property 'closeBand' KpiSettings.CloseBand must be between 0 and 1, not 2.*")]
    [InlineData("{ \"name\": \"x\", \"capacity\": 0 }", "Template t.json: property 'capacity' must be a whole number of rows from 1 to 1048575.")]
    [InlineData("{ \"name\": \"x\", \"title\": { \"en\": \"A\" } }", "Template t.json: property 'title' needs an \"es\" text.")]
    [InlineData("{ \"name\": \"x\", \"teams\": \"Field\" }", "Template t.json: property 'teams' must be a list of texts.")]
    [InlineData("{ \"name\": ", "Template t.json: not valid JSON*")]
    public void Bad_template_names_the_property_and_the_problem(string json, string message)
    {
        var act = () => WorkbookTemplate.Parse(json, "t.json");
        act.Should().Throw<InvalidDataException>().WithMessage(message);
    }
}
