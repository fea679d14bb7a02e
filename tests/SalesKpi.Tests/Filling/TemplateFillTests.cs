using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SalesKpi.Layout;
using SalesKpi.Tests.Support;
using Xunit.Abstractions;

namespace SalesKpi.Tests.Filling;

/// <summary>One template filled with one dataset: what it was made from and where each copy is.</summary>
public sealed record FilledTemplate(string Kind, Dataset Set, string Template, string Filled)
{
    public string LibreOffice { get; set; } = "";

    public string Gnumeric { get; set; } = "";

    public override string ToString() => $"{Kind} {Set}";
}

/// <summary>
/// Templates of every kind a fill meets, filled with seeded data that outgrows them: the library's own
/// blank calculator, one re-saved by LibreOffice, one a person customised, and a committed template.
/// Each filled copy is recalculated, without its cached values, by LibreOffice and Gnumeric.
/// </summary>
public sealed class TemplateFillFixture
{
    public const int TemplateRows = 5;

    /// <summary>Seeded datasets with more rows than the templates hold, so every fill grows them.</summary>
    public static readonly int[] Seeds = Enumerable.Range(1, 60).Where(seed => Datasets.Create(seed).Records.Count > TemplateRows + 2).Take(7).ToArray();

    /// <summary>Which template each seed fills.</summary>
    public static readonly (string Kind, int Seed)[] Kinds =
    [
        ("own", Seeds[0]), ("own", Seeds[1]), ("own", Seeds[2]), ("own", Seeds[3]), ("resaved", Seeds[4]), ("resaved", Seeds[5]), ("customised", Seeds[6]),
    ];

    public TemplateFillFixture()
    {
        var folder = Scratch.NewFolder("template-fill");
        var cases = new List<FilledTemplate>();
        string Blank(Dataset set, string name, int capacity = TemplateRows)
        {
            var path = Path.Combine(folder, name + ".template.xlsx");
            KpiWorkbook.Write(path, set.Options with { Capacity = capacity });
            return path;
        }

        foreach (var seed in Kinds.Where(k => k.Kind == "own").Select(k => k.Seed))
        {
            var set = Datasets.Create(seed);
            cases.Add(new FilledTemplate("own", set, Blank(set, $"own-{seed}"), ""));
        }

        // Re-saved by LibreOffice: its own styles, shared strings and formula spelling.
        var resaved = Kinds.Where(k => k.Kind == "resaved").Select(k => k.Seed).Select(seed => (Set: Datasets.Create(seed), Path: "")).ToArray();
        var blanks = resaved.Select(r => Blank(r.Set, $"resaved-{r.Set.Seed}")).ToArray();
        var converted = Engines.LibreOffice(blanks);
        for (var i = 0; i < resaved.Length; i++)
        {
            cases.Add(new FilledTemplate("resaved", resaved[i].Set, converted[i], ""));
        }

        // Customised in Excel: a sheet of notes with a chart over the data, a logo, a colour, a target.
        var custom = Datasets.Create(Kinds.Single(k => k.Kind == "customised").Seed);
        custom = custom with { Options = custom.Options with { Settings = custom.Options.Settings with { Targets = new Dictionary<string, double>(custom.Options.Settings.Targets) { ["win-rate"] = 0.4 } } } };
        var customised = Blank(Datasets.Create(custom.Seed), "customised", capacity: 10);
        Customise.Apply(customised, RevenueRange(custom.Options.Language, 11), "Setting_Target_win_rate", 0.4);
        cases.Add(new FilledTemplate("customised", custom, customised, ""));

        Cases = cases.Select(c =>
        {
            var filled = Path.Combine(folder, $"{c.Kind}-{c.Set.Seed}.filled.xlsx");
            KpiWorkbook.Fill(c.Template, filled, null, c.Set.Records);
            return c with { Filled = filled };
        }).ToArray();
        var stripped = Cases.Select(c => CachedValues.Strip(c.Filled)).ToArray();
        var lo = Engines.LibreOffice(stripped);
        var gnumeric = stripped.AsParallel().AsOrdered().Select(Engines.Gnumeric).ToArray();
        for (var i = 0; i < Cases.Count; i++)
        {
            Cases[i].LibreOffice = lo[i];
            Cases[i].Gnumeric = gnumeric[i];
        }
    }

    public IReadOnlyList<FilledTemplate> Cases { get; }

    public FilledTemplate Case(string kind, int seed) => Cases.Single(c => c.Kind == kind && c.Set.Seed == seed);

    /// <summary>The data column of new customer revenue down to a row, as a person's formula would name it.</summary>
    public static string RevenueRange(Language language, int lastRow)
    {
        var column = Xlsx.CellRef.Column(WorkbookLayout.DataColumn(InputField.All.Single(f => f.Name == "NewCustomerRevenue")));
        return $"{Localization.Labels.DataSheet[language]}!${column}$2:${column}${lastRow}";
    }
}

public class TemplateFillTests(TemplateFillFixture fixture, ITestOutputHelper output) : IClassFixture<TemplateFillFixture>
{
    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var (kind, seed) in TemplateFillFixture.Kinds)
        {
            cases.Add(kind, seed);
        }

        return cases;
    }

    public static TheoryData<string, int, string> EngineCases()
    {
        var cases = new TheoryData<string, int, string>();
        foreach (var (kind, seed) in TemplateFillFixture.Kinds)
        {
            cases.Add(kind, seed, "LibreOffice");
            cases.Add(kind, seed, "Gnumeric");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_data_reads_back_exactly_as_it_went_in(string kind, int seed)
    {
        var filled = fixture.Case(kind, seed);
        var read = KpiWorkbook.Read(filled.Filled);
        read.Problems.Should().BeEmpty();
        // The data table holds the comparison revenue the KPIs used: from the data's own earlier period where it has one.
        var expected = filled.Set.Records.WithComparisonRevenueFromData(filled.Set.Options.Settings);
        read.Records.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_range_over_the_data_grows_to_the_last_row(string kind, int seed)
    {
        var filled = fixture.Case(kind, seed);
        var last = WorkbookLayout.FirstDataRow + filled.Set.Records.Count - 1;
        last.Should().BeGreaterThan(WorkbookLayout.FirstDataRow + TemplateFillFixture.TemplateRows, "the data outgrows the template");
        using var workbook = new XlsxReader(filled.Filled);
        foreach (var (name, reference) in workbook.Names.Where(n => n.Key.StartsWith("Data_", StringComparison.Ordinal) || n.Key.StartsWith("Kpi_", StringComparison.Ordinal)))
        {
            reference.Should().EndWith("$" + last, name);
        }

        var data = Localization.Labels.DataSheet[filled.Set.Options.Language];
        var (kpis, firstKpi) = workbook.NamedColumn("Kpi_" + filled.Set.Options.Catalog.Kpis[0].Id.Replace('-', '_'));
        var validations = SheetXml(filled.Filled, data).Descendants().Where(e => e.Name.LocalName == "dataValidation").Select(e => (string)e.Attribute("sqref")!).ToList();
        validations.Should().HaveCount(InputField.All.Count).And.OnlyContain(s => s.EndsWith(last.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var formats = SheetXml(filled.Filled, kpis).Descendants().Where(e => e.Name.LocalName == "conditionalFormatting").Select(e => (string)e.Attribute("sqref")!).ToList();
        formats.Should().NotBeEmpty().And.OnlyContain(s => s.EndsWith(last.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        // The per-row formulas reach every data row and no further, and input rows below stay validated.
        workbook.Cell(kpis, firstKpi + last.ToString(System.Globalization.CultureInfo.InvariantCulture)).Formula.Should().NotBeNull();
        workbook.Cell(kpis, firstKpi + (last + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Formula.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(EngineCases))]
    public void Row_kpis_and_the_dashboard_equal_the_reference_calculator(string kind, int seed, string engine)
    {
        var filled = fixture.Case(kind, seed);
        output.WriteLine($"{filled}: {filled.Set.Records.Count} rows, selection {filled.Set.Options.Selection}");
        var computed = engine == "LibreOffice" ? filled.LibreOffice : filled.Gnumeric;
        Oracle.RowKpiMismatches(filled.Set, computed, engine).Should().BeEmpty();
        Oracle.DashboardMismatches(filled.Set, computed, engine).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(EngineCases))]
    public void Every_cached_value_equals_what_the_engine_computes(string kind, int seed, string engine)
    {
        var filled = fixture.Case(kind, seed);
        var (mismatches, formulas, uncached) = Oracle.CachedMismatches(filled.Filled, engine == "LibreOffice" ? filled.LibreOffice : filled.Gnumeric, engine);
        mismatches.Should().BeEmpty();
        formulas.Should().BeGreaterThan(500);

        // Only a person's own formulas (the notes sheet's two) are left for programs to work out.
        uncached.Should().Be(kind == "customised" ? 2 : 0);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_filled_template_passes_the_open_xml_validator(string kind, int seed)
    {
        OpenXmlCheck.Errors(fixture.Case(kind, seed).Filled).Should().BeEmpty();
    }

    [Fact]
    public void A_customised_template_keeps_its_sheet_chart_logo_colour_and_target()
    {
        var filled = fixture.Cases.Single(c => c.Kind == "customised");
        var last = WorkbookLayout.FirstDataRow + filled.Set.Records.Count - 1;
        var grown = TemplateFillFixture.RevenueRange(filled.Set.Options.Language, last);
        using (var workbook = new XlsxReader(filled.Filled))
        {
            workbook.SheetNames.Should().Contain(Customise.NotesSheet);
            workbook.Cell(Customise.NotesSheet, "A1").Text.Should().Be(Customise.NotesTitle);
            workbook.Cell(Customise.NotesSheet, "A2").Formula.Should().Be($"SUM({grown})");
            workbook.Named("Setting_Target_win_rate").Number.Should().Be(0.4);
            workbook.Named("Target_win_rate").Number.Should().Be(0.4, "the dashboard's cached target is the edited one");
        }

        using var zip = ZipFile.OpenRead(filled.Filled);
        var charts = zip.Entries.Where(e => e.FullName.Contains("charts/chart", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }).ToList();
        charts.Should().ContainSingle(c => c.Contains($"<c:f>{grown}</c:f>", StringComparison.Ordinal), "the person's chart follows the grown data");

        var logo = zip.Entries.Single(e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal));
        using (var stream = new MemoryStream())
        {
            logo.Open().CopyTo(stream);
            stream.ToArray().Should().Equal(Customise.Logo);
        }

        Customise.TitleFill(filled.Filled).Should().Be(0xFFC00000);

        // The notes the person wrote compute over all the data once a program opens the file.
        using var computed = new XlsxReader(filled.LibreOffice);
        var revenue = filled.Set.Records.Sum(r => (double?)r.NewCustomerRevenue) ?? 0;
        Expect.Near(computed.Cell(Customise.NotesSheet, "A2").Number, revenue);
        computed.Cell(Customise.NotesSheet, "A3").Number.Should().Be(filled.Set.Records.Count(r => r.NewCustomerRevenue is not null));
    }

    [Fact]
    public void Read_back_gives_the_kpis_per_row_and_per_team_with_the_workbooks_own_settings_also_after_libreoffice()
    {
        var filled = fixture.Cases.Single(c => c.Kind == "customised");
        var settings = filled.Set.Options.Settings;
        var records = filled.Set.Records.WithComparisonRevenueFromData(settings).ToList();
        var calculator = new KpiCalculator(filled.Set.Options.Catalog, settings);
        var resaved = Engines.LibreOffice([filled.Filled])[0];
        foreach (var path in new[] { filled.Filled, resaved })
        {
            var data = KpiWorkbook.Read(path);
            data.Options.Settings.Targets.Should().Contain("win-rate", 0.4, "the person's edited target is the workbook's");
            data.Options.Settings.PeriodKind.Should().Be(settings.PeriodKind);
            data.KpisPerRow().Select(r => r["quota-attainment"].Value).Should().Equal(calculator.ComputeEach(records).Select(r => r["quota-attainment"].Value));
            var teams = data.KpisBy(r => r.Team);
            teams.Keys.Should().BeEquivalentTo(records.Select(r => r.Team ?? "").Distinct());
            foreach (var (team, results) in teams)
            {
                var expected = calculator.Compute(records.Where(r => (r.Team ?? "") == team));
                results["win-rate"].Status.Should().Be(expected["win-rate"].Status, team);
                results.Select(r => r.Value).Should().Equal(expected.Select(r => r.Value), team);
            }
        }
    }

    [Fact]
    public void Everything_else_in_the_template_is_copied_unchanged()
    {
        var filled = fixture.Cases.Single(c => c.Kind == "customised");
        using var template = ZipFile.OpenRead(filled.Template);
        using var result = ZipFile.OpenRead(filled.Filled);
        var rewritten = new Regex(@"^(xl/worksheets/sheet\d+\.xml|xl/workbook\.xml|xl/(drawings/)?charts/chart\d+\.xml|\[Content_Types\]\.xml|xl/_rels/workbook\.xml\.rels)$");
        var copied = template.Entries.Where(e => !rewritten.IsMatch(e.FullName)).ToList();
        copied.Should().Contain(e => e.FullName == "xl/styles.xml").And.Contain(e => e.FullName.StartsWith("xl/drawings/", StringComparison.Ordinal));
        foreach (var entry in copied)
        {
            Bytes(result.GetEntry(entry.FullName)!).Should().Equal(Bytes(entry), entry.FullName);
        }
    }

    [Fact]
    public void A_committed_template_fills_without_growing_and_keeps_its_settings()
    {
        var path = Path.Combine(Repository.Root, "templates", "inside-sales.es.xlsx");
        var options = WorkbookTemplate.Load(Path.Combine(Repository.Root, "templates", "inside-sales.json")).In(Language.Spanish);
        var records = SampleData.Create().Where(r => r.Team != "Field").Take(120).ToList();
        var filled = Path.Combine(Scratch.NewFolder("committed-fill"), "inside-sales.xlsx");
        KpiWorkbook.Fill(path, filled, null, records);

        OpenXmlCheck.Errors(filled).Should().BeEmpty();
        KpiWorkbook.Read(filled).Records.Should().BeEquivalentTo(records.WithComparisonRevenueFromData(options.Settings), o => o.WithStrictOrdering());
        using var workbook = new XlsxReader(filled);
        workbook.SheetNames.Should().Contain("Cuadro de mando");
        workbook.Names.Keys.Where(n => n.StartsWith("Kpi_", StringComparison.Ordinal)).Should().HaveCount(options.Catalog.Kpis.Count);
        workbook.Names["Data_RepId"].Should().EndWith("$" + (options.Capacity + 1), "the template had room for the rows");

        // The dashboard shows the period kind and KPIs the template chose, computed from the rows.
        var calculator = new KpiCalculator(options.Catalog, options.Settings);
        var latest = records.Max(r => r.PeriodStart);
        var expected = calculator.Compute(records.WithComparisonRevenueFromData(options.Settings).Where(r => r.PeriodStart == latest));
        foreach (var result in expected)
        {
            var cell = workbook.Named("Actual_" + WorkbookLayout.NameOf(result.Kpi.Id));
            Oracle.Agrees(cell, result.Value, undefinedAs: null).Should().BeTrue($"{result.Kpi.Id}: cached {cell}, reference {result.Value}");
        }
    }

    [Fact]
    public void Data_the_template_lists_no_room_for_is_a_clear_error_and_writes_nothing()
    {
        var template = Path.Combine(Scratch.NewFolder("no-room"), "template.xlsx");
        KpiWorkbook.Write(template, new WorkbookOptions { Capacity = 5 });
        var records = Enumerable.Range(0, 501).Select(i => Some.Record(new Random(i), $"R{i:D3}", Some.January)).ToList();
        using var output = new MemoryStream();
        var fill = () => KpiWorkbook.Fill(File.OpenRead(template), output, null, records);
        fill.Should().Throw<ArgumentException>().WithMessage("*room for*500 reps*501*");
        output.Length.Should().Be(0);
    }

    [Fact]
    public void Many_threads_fill_the_same_template_at_once_with_identical_results()
    {
        var filled = fixture.Cases.First(c => c.Kind == "customised");
        var template = File.ReadAllBytes(filled.Template);
        byte[] Fill()
        {
            // A stream that cannot seek, as an upload or a download gives it.
            using var input = new ForwardOnlyStream(new MemoryStream(template));
            using var output = new MemoryStream();
            KpiWorkbook.Fill(input, output, null, filled.Set.Records);
            return output.ToArray();
        }

        var results = Enumerable.Range(0, 12).AsParallel().WithDegreeOfParallelism(12).Select(_ => Fill()).ToList();
        results.Should().AllSatisfy(r => r.Should().Equal(results[0]));
        results[0].Should().Equal(File.ReadAllBytes(filled.Filled), "a fill gives the same bytes each time");
    }

    [Fact]
    public async Task A_bad_row_in_the_middle_leaves_the_callers_stream_empty()
    {
        var filled = fixture.Cases.First(c => c.Kind == "own");
        var records = filled.Set.Records.Select((r, i) => i == 3 ? r with { DealsWon = -2 } : r).ToList();
        using var output = new MemoryStream();
        await using var template = File.OpenRead(filled.Template);
        var fill = () => KpiWorkbook.FillAsync(template, output, null, records);
        (await fill.Should().ThrowAsync<SalesDataException>()).WithMessage("*Record 4*DealsWon*-2*");
        output.Length.Should().Be(0);
    }

    [Fact]
    public void A_file_that_is_not_a_kpi_workbook_is_refused_by_name()
    {
        var path = Path.Combine(Scratch.NewFolder("not-kpi"), "other.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using (var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open()))
            {
                writer.Write("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
            }

            using var rels = new StreamWriter(zip.CreateEntry("xl/_rels/workbook.xml.rels").Open());
            rels.Write("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
        }

        var fill = () => KpiWorkbook.Fill(path, Path.Combine(Path.GetDirectoryName(path)!, "out.xlsx"), null, Array.Empty<SalesRecord>());
        fill.Should().Throw<InvalidDataException>().WithMessage("*not a SalesKpi workbook*Data_RepId*");
        File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "out.xlsx")).Should().BeFalse();
    }

    [Fact]
    public void Names_that_spell_a_sheet_in_other_letter_case_fill_as_excel_reads_them()
    {
        // Excel compares sheet names without regard to case; a workbook whose names say 'DATA' for the
        // sheet Data is the same workbook to it, and the reader already reads it so.
        var folder = Scratch.NewFolder("name-case");
        var template = Path.Combine(folder, "calculator.xlsx");
        KpiWorkbook.Write(template, new WorkbookOptions { Capacity = 5 });
        using (var zip = ZipFile.Open(template, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("xl/workbook.xml")!;
            var xml = System.Text.Encoding.UTF8.GetString(Bytes(entry));
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write(xml.Replace("'Data'!", "'DATA'!", StringComparison.Ordinal));
        }

        var records = SampleData.Create().Take(3).ToList();
        var output = Path.Combine(folder, "filled.xlsx");
        KpiWorkbook.Fill(template, output, null, records);
        KpiWorkbook.Read(output).Records.Select(r => (r.RepId, r.PeriodStart, r.DealsWon)).Should().Equal(records.Select(r => (r.RepId, r.PeriodStart, r.DealsWon)));
    }

    private static System.Xml.Linq.XDocument SheetXml(string path, string sheet)
    {
        using var workbook = new XlsxReader(path);
        var part = workbook.Workbook.WorksheetParts.Single(p => workbook.Workbook.GetIdOfPart(p) == workbook.Workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheet).Id);
        using var stream = part.GetStream();
        return System.Xml.Linq.XDocument.Load(stream);
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(stream);
        }

        return stream.ToArray();
    }
}
