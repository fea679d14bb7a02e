using System.IO;
using System.Linq;
using SalesKpi.Sample;

namespace SalesKpi.Tests.Examples;

public class DemoTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Demo_prints_every_kpi_per_team_for_the_latest_period()
    {
        var (code, output, _) = Run("demo");

        code.Should().Be(0);
        var lines = output.Split('\n');
        lines[0].Should().StartWith("Period 2025-12 (15 reps)");
        lines[1].Should().Contain("Field").And.Contain("Inbound").And.Contain("Outbound").And.Contain("Everyone");
        foreach (var kpi in KpiCatalog.Default.Kpis)
        {
            lines.Should().Contain(l => l.StartsWith(kpi.Name.English + " ", System.StringComparison.Ordinal), kpi.Id);
        }
    }

    [Fact]
    public void Demo_shows_undefined_as_na_never_zero()
    {
        var (_, output, _) = Run("demo");
        var visits = output.Split('\n').Single(l => l.StartsWith("Visit-plan completion", System.StringComparison.Ordinal));
        visits.Split(' ', System.StringSplitOptions.RemoveEmptyEntries).Should().Contain("n/a", "inside teams make no visits");
    }

    [Fact]
    public void Demo_in_spanish_uses_spanish_names_and_decimal_commas()
    {
        var (code, output, _) = Run("demo", "--lang", "es");
        code.Should().Be(0);
        output.Should().StartWith("Periodo 2025-12").And.Contain("Tasa de cierre").And.Contain("Todos").And.Contain("n/d");
        output.Split('\n').Single(l => l.StartsWith("Tasa de cierre", System.StringComparison.Ordinal)).Should().MatchRegex(@"\d,\d %");
    }

    [Fact]
    public void Unknown_command_fails_with_usage_on_stderr()
    {
        var (code, output, error) = Run("bogus");
        code.Should().NotBe(0);
        output.Should().BeEmpty();
        error.Should().Contain("Unknown command 'bogus'").And.Contain("Usage");
    }

    [Fact]
    public void Bad_option_fails_with_a_message()
    {
        var (code, _, error) = Run("demo", "--lang", "fr");
        code.Should().NotBe(0);
        error.Should().Contain("'--lang'");
    }
}
