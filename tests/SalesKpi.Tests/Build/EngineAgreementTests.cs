using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesKpi.Layout;
using SalesKpi.Tests.Support;
using Xunit.Abstractions;

namespace SalesKpi.Tests.Build;

/// <summary>
/// Writes seeded datasets into generated workbooks, lets LibreOffice and Gnumeric compute them, and
/// holds every per-row KPI and every dashboard value against the C# reference calculator.
/// </summary>
public sealed class EngineAgreementFixture
{
    public const int Datasets = 24;

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
        var calculator = new KpiCalculator(set.Options.Catalog, set.Options.Settings);
        var records = set.Records.WithComparisonRevenueFromData(set.Options.Settings).ToList();
        var expected = calculator.ComputeEach(records);
        using var workbook = new XlsxReader(fixture.Recalculated(engine, seed));
        var sheet = "KPIs";
        var mismatches = new List<string>();
        for (var row = 0; row < set.Records.Count; row++)
        {
            for (var k = 0; k < expected[row].Count; k++)
            {
                var address = Xlsx.CellRef.Relative(WorkbookLayout.FirstDataRow + row, WorkbookLayout.KpiColumn(k));
                var cell = workbook.Cell(sheet, address);
                var want = expected[row][k].Value;
                if (!Agrees(cell, want, undefinedAs: "n/a"))
                {
                    mismatches.Add($"{address} {expected[row][k].Kpi.Id} (rep {set.Records[row].RepId}): {engine} {cell}, reference {Show(want)}");
                }
            }
        }

        // The rows below the data are blank, not errors.
        var below = Xlsx.CellRef.Relative(WorkbookLayout.FirstDataRow + set.Records.Count, WorkbookLayout.KpiColumn(0));
        workbook.Cell(sheet, below).Text.Should().BeEmpty();
        mismatches.Should().BeEmpty($"seed {seed}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_dashboard_value_equals_the_reference_calculator(string engine, int seed)
    {
        var set = fixture.Sets[seed - 1];
        var selection = set.Options.Selection;
        var period = selection.Period ?? set.Records.Max(r => r.PeriodStart);
        output.WriteLine($"{set}: selection {selection}, period {period:yyyy-MM-dd}");
        var calculator = new KpiCalculator(set.Options.Catalog, set.Options.Settings);
        var records = set.Records.WithComparisonRevenueFromData(set.Options.Settings).ToList();
        var current = calculator.Compute(Datasets.InScope(records, selection, period));
        var previous = calculator.Compute(Datasets.InScope(records, selection, period.AddMonths(-1)));
        using var workbook = new XlsxReader(fixture.Recalculated(engine, seed));

        workbook.Named("Selected_Period").Number.Should().Be(period.ToOADate());
        var mismatches = new List<string>();
        foreach (var result in current)
        {
            var name = WorkbookLayout.NameOf(result.Kpi.Id);
            void Check(string what, double? want)
            {
                var cell = workbook.Named(what + "_" + name);
                if (!Agrees(cell, want, undefinedAs: null))
                {
                    mismatches.Add($"{what} {result.Kpi.Id}: {engine} {cell}, reference {Show(want)}");
                }
            }

            Check("Actual", result.Value);
            Check("Target", result.Target);
            Check("Status", (double?)result.Status);
            Check("Previous", previous[result.Kpi.Id].Value);
        }

        mismatches.Should().BeEmpty($"seed {seed}");
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
        using var written = new XlsxReader(fixture.Files[seed - 1]);
        using var computed = new XlsxReader(fixture.Recalculated(engine, seed));
        var mismatches = new List<string>();
        var formulas = 0;
        foreach (var sheet in written.SheetNames)
        {
            foreach (var (address, cell) in written.Cells(sheet).Where(c => c.Content.Formula is not null))
            {
                formulas++;
                var engineValue = computed.Cell(sheet, address);
                if (!SameValue(cell, engineValue))
                {
                    mismatches.Add($"{sheet}!{address} ={cell.Formula}: cached {cell}, {engine} {engineValue}");
                }
            }
        }

        formulas.Should().BeGreaterThan(500);
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
    }

    /// <summary>Within 1e-9 relative; undefined is #N/A (or the "n/a" text people read) on the engine's side.</summary>
    private static bool Agrees(CellContent cell, double? expected, string? undefinedAs)
    {
        if (expected is not { } want)
        {
            return undefinedAs is null ? cell.Error == "#N/A" : cell.Text == undefinedAs;
        }

        if (cell.Number is not { } got)
        {
            return false;
        }

        return Math.Abs(got - want) <= (1e-9 * Math.Max(Math.Abs(want), Math.Abs(got))) + 1e-12;
    }

    /// <summary>The same number within 1e-9 relative, the same text, or the same error.</summary>
    private static bool SameValue(CellContent cached, CellContent engine)
    {
        if (cached.Number is { } number)
        {
            return Agrees(engine, number, undefinedAs: null);
        }

        if (cached.Error is not null)
        {
            return engine.Error == cached.Error;
        }

        // An engine may drop an empty string result; "" and no value both read as empty text.
        return (engine.Text ?? "") == (cached.Text ?? "") && engine.Number is null && engine.Error is null;
    }

    private static string Show(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "undefined";
}
