using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesKpi.Tests.Support;
using Xunit.Abstractions;

namespace SalesKpi.Tests.Sheets;

/// <summary>
/// Writes seeded datasets into generated workbooks, lets LibreOffice and Gnumeric compute them, and
/// holds every per-row KPI and every dashboard value against the C# reference calculator, for rows
/// in period order and in any other.
/// </summary>
public sealed class EngineAgreementFixture
{
    public const int Datasets = Support.Datasets.InPeriodOrder + 4;

    public EngineAgreementFixture()
    {
        Sets = Enumerable.Range(1, Datasets).Select(Support.Datasets.Create).ToArray();
        var folder = Scratch.NewFolder("oracle");
        Files = Sets.Select(set =>
        {
            var path = Path.Combine(folder, $"seed-{set.Seed:D2}.xlsx");
            KpiWorkbook.Write(path, set.Options, set.Records);
            return path;
        }).ToArray();
        // Last, two blank calculators: no data at all, so every sum meets an undefined period.
        Files = [.. Files, Blank(folder, "blank-en.xlsx", Language.English), Blank(folder, "blank-es.xlsx", Language.Spanish)];
        var stripped = Files.Select(CachedValues.Strip).ToArray();
        LibreOffice = Engines.LibreOffice(stripped);
        Gnumeric = stripped.AsParallel().AsOrdered().Select(Engines.Gnumeric).ToArray();
    }

    private static string Blank(string folder, string name, Language language)
    {
        var path = Path.Combine(folder, name);
        KpiWorkbook.Write(path, new WorkbookOptions { Capacity = 5, Language = language });
        return path;
    }

    public Dataset[] Sets { get; }

    public string[] Files { get; }

    public IReadOnlyList<string> LibreOffice { get; }

    public IReadOnlyList<string> Gnumeric { get; }

    /// <summary>The seed's workbook as the engine computed it from a copy without cached values.</summary>
    public string Recalculated(string engine, int seed) => (engine == "LibreOffice" ? LibreOffice : Gnumeric)[seed - 1];
}

public class EngineAgreementTests(EngineAgreementFixture fixture, ITestOutputHelper output) : IClassFixture<EngineAgreementFixture>
{
    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var engine in new[] { "LibreOffice", "Gnumeric" })
        {
            for (var seed = 1; seed <= EngineAgreementFixture.Datasets; seed++)
            {
                cases.Add(engine, seed);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_row_kpi_equals_the_reference_calculator(string engine, int seed)
    {
        var set = fixture.Sets[seed - 1];
        output.WriteLine($"{set}: {set.Records.Count} rows, selection {set.Options.Selection}");
        Oracle.RowKpiMismatches(set, fixture.Recalculated(engine, seed), engine).Should().BeEmpty($"seed {seed}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_dashboard_value_equals_the_reference_calculator(string engine, int seed)
    {
        var set = fixture.Sets[seed - 1];
        output.WriteLine($"{set}: selection {set.Options.Selection}");
        Oracle.DashboardMismatches(set, fixture.Recalculated(engine, seed), engine).Should().BeEmpty($"seed {seed}");
    }

    public static TheoryData<string, int> CasesWithBlanks()
    {
        var cases = Cases();
        foreach (var engine in new[] { "LibreOffice", "Gnumeric" })
        {
            cases.Add(engine, EngineAgreementFixture.Datasets + 1);
            cases.Add(engine, EngineAgreementFixture.Datasets + 2);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(CasesWithBlanks))]
    public void Every_cached_value_equals_what_the_engine_computes(string engine, int seed)
    {
        var (mismatches, formulas, uncached) = Oracle.CachedMismatches(fixture.Files[seed - 1], fixture.Recalculated(engine, seed), engine);
        formulas.Should().BeGreaterThan(500);
        uncached.Should().Be(0, "every formula cell carries its value");
        mismatches.Should().BeEmpty($"seed {seed}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_filled_workbook_passes_the_open_xml_validator(int seed)
    {
        OpenXmlCheck.Errors(fixture.Files[seed - 1]).Should().BeEmpty();
    }

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, EngineAgreementFixture.Datasets + 2));

    [Fact]
    public void Datasets_cover_the_cases_that_break_formulas()
    {
        var records = fixture.Sets.SelectMany(s => s.Records).ToList();
        records.Should().Contain(r => r.GrossProfit < 0);
        records.Should().Contain(r => r.DealsWon == 0 && r.DealsLost == 0);
        records.Should().Contain(r => r.SalesQuota == null);
        fixture.Sets.Should().Contain(s => s.Records.Select(r => r.RepId).Distinct().Count() == 1);
        fixture.Sets.Should().Contain(s => s.Records.Select(r => r.RepId).Distinct().Count() >= 10);
        fixture.Sets.Should().Contain(s => s.Records.Select(r => r.PeriodStart).Distinct().Count() >= 5);
        fixture.Sets.Select(s => s.Options.Selection.Scope).Distinct().Should().HaveCount(4);
        fixture.Sets.Select(s => s.Options.Settings.GrowthBasis).Distinct().Should().HaveCount(2);
        records.Should().Contain(r => r.NewCustomerRevenue > 10_000_000m).And.Contain(r => r.NewCustomerRevenue > 0 && r.NewCustomerRevenue < 1m);
        fixture.Sets.Should().Contain(s => s.Records.GroupBy(r => r.PeriodStart).Select(p => p.Count()).Distinct().Count() > 1, "a rep without a row in some period");
        fixture.Sets.Select(s => s.Order).Distinct().Should().HaveCount(4, "rows in period order, shuffled, newest first and one out of place");
    }
}
