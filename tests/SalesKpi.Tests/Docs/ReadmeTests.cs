using System;
using System.IO;
using System.Linq;
using System.Text;

namespace SalesKpi.Tests.Docs;

/// <summary>The README's KPI table is generated from the catalog; this fails when the two drift apart.</summary>
public class ReadmeTests
{
    private const string Start = "<!-- kpi-table:start -->";
    private const string End = "<!-- kpi-table:end -->";

    [Fact]
    public void Readme_kpi_table_matches_the_catalog()
    {
        var path = Path.Combine(Support.Repository.Root, "README.md");
        var readme = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "the README marks where the KPI table goes");
        var current = readme.Substring(start + Start.Length, end - start - Start.Length);
        var expected = "\n" + KpiTable() + "\n";

        if (current != expected && Environment.GetEnvironmentVariable("UPDATE_README") == "1")
        {
            File.WriteAllText(path, readme.Substring(0, start + Start.Length) + expected + readme.Substring(end));
            return;
        }

        current.Should().Be(expected, "the table is generated from the catalog; run the tests with UPDATE_README=1 to refresh it");
    }

    private static string KpiTable()
    {
        var table = new StringBuilder()
            .Append("| # | id | English | Spanish | Formula | Unit | Better | Default target |\n")
            .Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var (kpi, number) in KpiCatalog.Default.Kpis.Select((k, i) => (k, i + 1)))
        {
            var better = kpi.Direction == Direction.HigherIsBetter ? "higher" : "lower";
            var target = kpi.DefaultTarget is null ? "from plan" : $"`{kpi.DefaultTarget}`";
            table.Append(FormattableString.Invariant(
                $"| {number} | `{kpi.Id}` | {kpi.Name.English} | {kpi.Name.Spanish} | `{kpi.Formula}` | {kpi.Unit} | {better} | {target} |\n"));
        }

        return table.ToString().TrimEnd('\n');
    }
}
