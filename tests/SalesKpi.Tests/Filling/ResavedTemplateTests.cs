using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MiniExcelLibs;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Filling;

/// <summary>A calculator saved again by another program, then filled.</summary>
public sealed record ResavedTemplate(string Program, string Source, Language Language, string Template, string Filled)
{
    public override string ToString() => $"{Source} saved by {Program}";
}

/// <summary>
/// Calculators a person opened and saved in another program before filling them: the library's blank
/// calculator and a committed one, each saved by LibreOffice and by Gnumeric, then filled with a year
/// of sample rows (more than either holds, so every fill grows the tables).
/// </summary>
public sealed class ResavedTemplateFixture
{
    public const int BlankRows = 5;

    public static readonly (string Source, Language Language)[] Sources = [("blank", Language.English), ("executive.es", Language.Spanish)];

    public static readonly string[] Programs = ["LibreOffice", "Gnumeric"];

    public ResavedTemplateFixture()
    {
        var folder = Scratch.NewFolder("resaved-templates");
        var originals = Sources.Select(s =>
        {
            var path = Path.Combine(folder, s.Source + ".xlsx");
            if (s.Source == "blank")
            {
                KpiWorkbook.Write(path, new WorkbookOptions { Capacity = BlankRows, Language = s.Language });
            }
            else
            {
                File.Copy(Path.Combine(Repository.Root, "templates", s.Source + ".xlsx"), path);
            }

            return path;
        }).ToArray();

        // One LibreOffice start for every file; Gnumeric saves each on its own.
        var byProgram = new Dictionary<string, IReadOnlyList<string>>
        {
            ["LibreOffice"] = Engines.LibreOffice(originals),
            ["Gnumeric"] = originals.Select(Engines.Gnumeric).ToArray(),
        };

        Cases = Programs.SelectMany(program => Sources.Select((s, i) =>
        {
            var filled = Path.Combine(folder, $"{s.Source}.{program}.filled.xlsx");
            KpiWorkbook.Fill(byProgram[program][i], filled, null, Records);
            return new ResavedTemplate(program, s.Source, s.Language, byProgram[program][i], filled);
        })).ToArray();
    }

    /// <summary>A year of the sample: 15 reps, 12 months.</summary>
    public static IReadOnlyList<SalesRecord> Records { get; } = SampleData.Create().Where(r => r.PeriodStart.Year == 2025).ToList();

    public IReadOnlyList<ResavedTemplate> Cases { get; }

    public ResavedTemplate Case(string program, string source) => Cases.Single(c => c.Program == program && c.Source == source);
}

/// <summary>
/// What other programs see in a calculator filled after LibreOffice or Gnumeric saved it: a file the
/// Open XML validator accepts, whose every data row (its KPIs beside it) the Open XML SDK and MiniExcel read, not
/// only the library's own reader.
/// </summary>
public sealed class ResavedTemplateTests(ResavedTemplateFixture fixture) : IClassFixture<ResavedTemplateFixture>
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var program in ResavedTemplateFixture.Programs)
        {
            foreach (var (source, _) in ResavedTemplateFixture.Sources)
            {
                cases.Add(program, source);
            }
        }

        return cases;
    }

    /// <summary>
    /// What each program itself writes that the validator rejects, in parts the fill copies byte for
    /// byte. Gnumeric puts a font's vertAlign before its size: the standard allows the font's
    /// properties in any order, the validator wants the order the schema lists them in.
    /// </summary>
    private static readonly Dictionary<string, Func<string, bool>> KnownErrors = new(StringComparer.Ordinal)
    {
        ["LibreOffice"] = _ => false,
        ["Gnumeric"] = e => e.StartsWith("/xl/styles.xml /x:styleSheet[1]/x:fonts[1]/x:font[", StringComparison.Ordinal) && e.EndsWith("unexpected child element 'http://schemas.openxmlformats.org/spreadsheetml/2006/main:vertAlign'.", StringComparison.Ordinal),
    };

    private static IReadOnlyList<SalesRecord> Records => ResavedTemplateFixture.Records;

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_filled_copy_passes_the_open_xml_validator_but_for_what_the_program_wrote_itself(string program, string source)
    {
        var resaved = fixture.Case(program, source);
        var errors = OpenXmlCheck.Errors(resaved.Filled);

        errors.Should().BeSubsetOf(OpenXmlCheck.Errors(resaved.Template), "the fill adds no error of its own");
        errors.Where(e => !KnownErrors[program](e)).Should().BeEmpty($"{program} saved the template with no other error");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_fill_adds_nothing_the_sdks_typed_model_does_not_know(string program, string source)
    {
        var resaved = fixture.Case(program, source);
        TypedModel.UnknownKinds(resaved.Filled).Should().BeSubsetOf(TypedModel.UnknownKinds(resaved.Template), "what the SDK does not know in the filled copy, the program wrote itself");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_library_reads_back_every_row(string program, string source)
    {
        var read = KpiWorkbook.Read(fixture.Case(program, source).Filled);
        read.Problems.Should().BeEmpty();
        read.Records.Select(r => (r.PeriodStart, r.RepId, r.NewCustomerRevenue)).Should().Equal(Records.Select(r => (r.PeriodStart, r.RepId, r.NewCustomerRevenue)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_open_xml_sdk_sees_every_data_row(string program, string source)
    {
        var filled = fixture.Case(program, source);
        using var workbook = new XlsxReader(filled.Filled);
        foreach (var sheet in new[] { Sheet.Data })
        {
            var name = Sheet.Name(sheet, filled.Language);
            var cells = workbook.Cells(name).ToDictionary(c => c.Address, c => c.Content, StringComparer.Ordinal);
            var repColumn = Sheet.ColumnTitled(cells, Sheet.RepIdTitle(filled.Language), name);
            var periodColumn = Sheet.ColumnTitled(cells, Sheet.PeriodStartTitle(filled.Language), name);
            var rows = Enumerable.Range(2, Records.Count + 1).Select(row => (
                Period: cells.TryGetValue(periodColumn + row, out var period) ? period.Number : null,
                Rep: cells.TryGetValue(repColumn + row, out var rep) ? rep.Text : null)).ToList();

            rows.Take(Records.Count).Should().Equal(Records.Select(r => ((double?)r.PeriodStart.ToOADate(), (string?)r.RepId)), $"{name} holds one row per record, in order");
            rows[^1].Period.Should().BeNull($"{name} ends with the last record");
            rows[^1].Rep.Should().BeNullOrEmpty($"{name} ends with the last record; a template with room to spare keeps its blank rows");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MiniExcel_sees_every_data_row(string program, string source)
    {
        var filled = fixture.Case(program, source);
        foreach (var sheet in new[] { Sheet.Data })
        {
            var name = Sheet.Name(sheet, filled.Language);
            var rows = MiniExcel.Query(filled.Filled, useHeaderRow: true, sheetName: name)
                .Cast<IDictionary<string, object?>>()
                .Select(row => row[Sheet.RepIdTitle(filled.Language)]?.ToString())
                .ToList();

            // Rows a template styled but left empty may follow; the records come first, none missing.
            rows.Where(id => !string.IsNullOrEmpty(id)).Should().Equal(Records.Select(r => r.RepId), $"MiniExcel reads every row of {name}");
            rows.Take(Records.Count).Should().Equal(Records.Select(r => r.RepId));
        }
    }

    /// <summary>The data sheet (each row's KPIs beside its inputs), as a person sees it: by their tab name and their column titles.</summary>
    private static class Sheet
    {
        public const int Data = 0;

        public static string Name(int sheet, Language language) => (sheet, language) switch
        {
            (Data, Language.English) => "Data",
            _ => "Datos",
        };

        public static string RepIdTitle(Language language) => language == Language.English ? "Rep ID" : "ID comercial";

        public static string PeriodStartTitle(Language language) => language == Language.English ? "Period start" : "Inicio del periodo";

        /// <summary>The column letters of the header cell in row 1 that reads <paramref name="title"/>.</summary>
        public static string ColumnTitled(IReadOnlyDictionary<string, CellContent> cells, string title, string sheet)
        {
            var header = cells.Where(c => c.Key.EndsWith('1') && !char.IsDigit(c.Key[^2]) && c.Value.Text == title).Select(c => c.Key).ToList();
            header.Should().ContainSingle($"{sheet} has one column titled {title}");
            return header[0][..^1];
        }
    }
}
