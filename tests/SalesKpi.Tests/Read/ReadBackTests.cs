using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SalesKpi.Tests.Sheets;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Read;

public class ReadBackTests
{
    private static readonly string[] Hostile = ["00101", "=SUM(A1:A9)", "2025-01-01", "1e5", "TRUE", " padded ", "tab\there", "line\nbreak", "_x0041_", "ñandú €", "\"quoted\"", "cr\r\nlf"];

    private static SalesRecord[] HostileRecords() => Hostile.Select((text, i) => new SalesRecord
    {
        PeriodStart = new DateTime(2025, 1, 1), PeriodEnd = new DateTime(2025, 1, 31), RepId = text, RepName = text, Team = text, Location = text,
        DealsWon = i, GrossProfit = -i * 1.25m,
    }).ToArray();

    [Theory]
    [InlineData(Language.English, 1)]
    [InlineData(Language.Spanish, 7)]
    public void Rows_written_to_a_workbook_read_back_identical(Language language, int seed)
    {
        var records = SampleData.Create(seed);
        var path = WorkbookFiles.Write(new WorkbookOptions { Language = language }, records);

        var read = KpiWorkbook.Read(path);

        read.Problems.Should().BeEmpty();
        read.Records.Should().Equal(records);
    }

    [Fact]
    public void Text_that_looks_like_anything_else_reads_back_exactly()
    {
        var records = HostileRecords();
        var read = KpiWorkbook.Read(WorkbookFiles.Write(new WorkbookOptions { Capacity = 20, Teams = [] }, records));
        read.Problems.Should().BeEmpty();
        read.Records.Should().Equal(records);
    }

    [Fact]
    public void Rows_read_back_identical_after_a_libreoffice_open_and_save()
    {
        // LibreOffice stores a carriage return in cell text as a plain line feed, so that one case stays out.
        var hostile = HostileRecords().Where(r => !r.RepId.Contains('\r', StringComparison.Ordinal));
        var records = SampleData.Create().Take(120).Concat(hostile.Select(r => r with { PeriodStart = new DateTime(2026, 1, 1), PeriodEnd = new DateTime(2026, 1, 31) })).ToArray();
        var path = WorkbookFiles.Write(new WorkbookOptions { Capacity = 200 }, records);
        var saved = Engines.LibreOffice([path]).Single();

        var read = KpiWorkbook.Read(saved);

        read.Problems.Should().BeEmpty();
        read.Records.Should().Equal(records);
    }

    [Fact]
    public void Hand_edited_cells_come_back_as_problems_naming_sheet_cell_field_and_value()
    {
        var path = WorkbookFiles.Write(new WorkbookOptions { Capacity = 10 }, SampleData.Create().Take(5));
        HandEdit.DataSheet(path, sheet =>
        {
            Cell At(string address) => sheet.Cell(address);
            At("N3").CellValue = new CellValue("-2");                                   // DealsWon negative
            At("O4").DataType = CellValues.InlineString;                                 // DealsLost as text
            At("O4").CellValue = null;
            At("O4").InlineString = new InlineString(new Text("many"));
            At("C5").DataType = null;                                                    // RepId as a number
            At("C5").InlineString = null;
            At("C5").CellValue = new CellValue("101");
        });

        var read = KpiWorkbook.Read(path);

        read.Problems.Select(p => (p.Where, p.Field, p.Value)).Should().Equal(
            ("Data!N3", "DealsWon", "-2"),
            ("Data!O4", "DealsLost", "many"),
            ("Data!C5", "RepId", "101"));
        read.Problems[0].Message.Should().Be("Counts are whole numbers, 0 or more.");
        read.Records.Should().HaveCount(2, "rows with a problem are left out, never read as zeros");
    }

    [Fact]
    public void Duplicate_rep_and_period_is_a_problem_on_the_second_row()
    {
        var row = SampleData.Create()[0];
        var path = WorkbookFiles.Write(new WorkbookOptions { Capacity = 5 }, [row]);
        HandEdit.DataSheet(path, sheet =>
        {
            var rows = sheet.Worksheet.Descendants<Row>().ToList();
            var copy = (Row)rows[1].CloneNode(true);
            copy.RowIndex = 3;
            foreach (var cell in copy.Elements<Cell>())
            {
                cell.CellReference = cell.CellReference!.Value!.Replace("2", "3", StringComparison.Ordinal);
            }

            rows[2].Remove();
            rows[1].InsertAfterSelf(copy);
        });

        var read = KpiWorkbook.Read(path);
        read.Problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p => p.Where == "Data!C3" && p.Field == "RepId" && p.Message.Contains("already has a row", StringComparison.Ordinal));
    }

    [Fact]
    public void A_team_typed_in_another_letter_case_is_a_problem_naming_both_cells()
    {
        var rows = SampleData.Create().Take(2).ToList();
        var path = WorkbookFiles.Write(new WorkbookOptions { Capacity = 5 }, rows);
        HandEdit.DataSheet(path, sheet =>
        {
            var team = sheet.Cell("E3");
            team.InlineString = new InlineString(new Text(rows[0].Team!.ToUpperInvariant()));
        });

        var read = KpiWorkbook.Read(path);

        // The workbook's SUMIFS would add "Field" and "FIELD" together while the rows keep them apart.
        read.Problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.Where == "Data!E3" && p.Field == "Team" && p.Value == rows[0].Team!.ToUpperInvariant() && p.Message.Contains("Data!E2", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_column_is_a_problem_naming_the_field()
    {
        var csvLike = WorkbookFiles.Write(new WorkbookOptions { Capacity = 3 }, SampleData.Create().Take(2));
        using (var document = SpreadsheetDocument.Open(csvLike, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Data").Id!);
            foreach (var cell in sheet.Worksheet.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith("Z", StringComparison.Ordinal)).ToList())
            {
                cell.Remove();
            }

            sheet.Worksheet.Save();
        }

        var read = KpiWorkbook.Read(csvLike);
        read.Problems.Should().ContainSingle(p => p.Field == "VisitsCompleted" && p.Where == "Data!1:1");
        read.OptionsProblem.Should().BeNull("the workbook's own names still say its options");
    }

    [Fact]
    public void A_workbook_made_with_a_custom_catalog_reads_its_options_with_that_catalog_and_says_why_not_without_it()
    {
        var meetingsPerDeal = new KpiDefinition(
            "meetings-per-deal", "MeetingsBooked / DealsWon", Unit.Count, Direction.LowerIsBetter,
            new("Meetings per deal", "Citas por operación"), new("Meetings booked per deal won.", "Citas por operación ganada."));
        var catalog = KpiCatalog.Default.With(meetingsPerDeal);
        var records = SampleData.Create().Take(20).ToList();
        var path = WorkbookFiles.Write(new WorkbookOptions { Catalog = catalog, Language = Language.Spanish }, records);

        var withCatalog = KpiWorkbook.Read(path, new ReadOptions { Catalog = catalog });
        var without = KpiWorkbook.Read(path);

        withCatalog.OptionsProblem.Should().BeNull();
        withCatalog.Options.Language.Should().Be(Language.Spanish);
        withCatalog.Options.Catalog.Contains("meetings-per-deal").Should().BeTrue();
        without.OptionsProblem.Should().NotBeNull();
        without.OptionsProblem!.Message.Should().Contain("meetings").And.Contain("catalog");
        without.Options.Language.Should().Be(Language.English, "the options are the defaults, and OptionsProblem says so");
        without.Records.Should().Equal(withCatalog.Records, "the rows do not depend on the catalog");
    }

    [Fact]
    public void A_workbook_that_is_not_this_librarys_says_its_options_are_the_defaults()
    {
        var plain = Path.Combine(Scratch.NewFolder("plain"), "plain.xlsx");
        File.Copy(WorkbookFiles.Write(new WorkbookOptions { Capacity = 5 }, SampleData.Create().Take(3)), plain);
        using (var document = SpreadsheetDocument.Open(plain, true))
        {
            document.WorkbookPart!.Workbook.DefinedNames!.Remove();
            document.WorkbookPart.Workbook.Save();
        }

        var read = KpiWorkbook.Read(plain);

        read.Records.Should().HaveCount(3, "the data sheet is found by its title");
        read.OptionsProblem!.Message.Should().Contain("no defined name Data_RepId");
        read.Options.Catalog.Should().BeSameAs(KpiCatalog.Default);
        read.Options.Language.Should().Be(Language.English);
    }

    [Fact]
    public void Damaged_or_truncated_file_is_refused_clearly()
    {
        var bytes = WorkbookFiles.Bytes(new WorkbookOptions { Capacity = 5 });
        var truncated = bytes.Take(bytes.Length / 2).ToArray();
        var act = () => KpiWorkbook.Read(new MemoryStream(truncated));
        act.Should().Throw<SalesDataException>().WithMessage("*This is not a readable .xlsx file*");

        var text = () => KpiWorkbook.Read(new MemoryStream("not a workbook"u8.ToArray()));
        text.Should().Throw<SalesDataException>().WithMessage("*This is not a readable .xlsx file*");
    }
}
