using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

/// <summary>The track switches and 6 A checks on the Settings sheet: what a person sees, edits, and what a fill and read-back keep.</summary>
public class TrackingTests
{
    private static readonly string[] Few = ["quota-attainment", "win-rate", "pipeline-coverage"];

    [Fact]
    public void Each_kpi_has_a_yes_or_no_switch_by_name_and_the_settings_warn_above_eight()
    {
        var all = WorkbookFiles.Write(new WorkbookOptions { Capacity = 5 });
        var few = WorkbookFiles.Write(new WorkbookOptions { Capacity = 5, Language = Language.Spanish, TrackedKpis = Few });
        using (var workbook = new XlsxReader(all))
        {
            foreach (var kpi in KpiCatalog.Default.Kpis)
            {
                var cell = workbook.Named("Setting_Track_" + kpi.Id.Replace('-', '_'));
                cell.Text.Should().Be("yes");
                cell.Locked.Should().BeFalse("a person switches it");
            }

            Warning(workbook, "Settings").Should().Be("⚠ 21 KPIs tracked: a team can discuss about eight regularly. Switch off the ones with the least impact.");
        }

        using (var workbook = new XlsxReader(few))
        {
            workbook.Named("Setting_Track_win_rate").Text.Should().Be("sí");
            workbook.Named("Setting_Track_new_revenue").Text.Should().Be("no");
            Warning(workbook, "Ajustes").Should().BeEmpty("three KPIs are few enough");
        }
    }

    [Fact]
    public void The_switches_offer_only_yes_and_no_and_the_checks_take_text()
    {
        var path = WorkbookFiles.Write(new WorkbookOptions { Capacity = 5 });
        using var document = SpreadsheetDocument.Open(path, false);
        var sheet = Sheet(document, "Settings");
        var validations = sheet.Worksheet.Descendants<DataValidation>().ToList();
        var track = validations.Single(v => v.SequenceOfReferences!.InnerText == "F12:F32");
        track.Type!.Value.Should().Be(DataValidationValues.List);
        track.Formula1!.Text.Should().Be("\"yes,no\"");
        var check = validations.Single(v => v.SequenceOfReferences!.InnerText == "G12:G32");
        check.Type!.Value.Should().Be(DataValidationValues.TextLength);
        using var workbook = new XlsxReader(path);
        workbook.Cell("Settings", "G12").Locked.Should().BeFalse("a person writes the 6 A check there");
        workbook.Cell("Settings", "G11").Text.Should().StartWith("6 A check");
    }

    [Fact]
    public void Unknown_tracked_kpis_are_refused_by_the_options_and_by_a_template()
    {
        var write = () => KpiWorkbook.Write(new MemoryStream(), new WorkbookOptions { TrackedKpis = ["win-rate", "win-rat"] });
        write.Should().Throw<ArgumentException>().WithMessage("*TrackedKpis*'win-rat'*").Which.ParamName.Should().Be("TrackedKpis");

        var parse = () => WorkbookTemplate.Parse("""{ "name": "t", "kpis": ["win-rate", "quota-attainment"], "tracked": ["new-revenue"] }""");
        parse.Should().Throw<InvalidDataException>().WithMessage("*'tracked'*'new-revenue'*");
        WorkbookTemplate.Parse("""{ "name": "t", "tracked": ["win-rate"] }""").Options.TrackedKpis.Should().Equal("win-rate");
    }

    [Fact]
    public void A_fill_and_read_back_keep_the_switches_and_checks_a_person_set()
    {
        var template = WorkbookFiles.Write(new WorkbookOptions { Capacity = 40, TrackedKpis = Few });
        KpiWorkbook.Read(template).Options.TrackedKpis.Should().Equal(Few);

        // A person switches win rate off, new revenue on, and writes a check that looks like a number.
        using (var document = SpreadsheetDocument.Open(template, true))
        {
            var sheet = Sheet(document, "Settings");
            SetText(sheet, "F21", "No");
            SetText(sheet, "F12", "yes");
            SetText(sheet, "G18", "0012");
            sheet.Worksheet.Save();
        }

        var filled = Path.Combine(Scratch.NewFolder("tracked-fill"), "filled.xlsx");
        KpiWorkbook.Fill(template, filled, null, SampleData.Create().Take(30));
        KpiWorkbook.Read(filled).Options.TrackedKpis.Should().Equal("new-revenue", "quota-attainment", "pipeline-coverage");
        using var workbook = new XlsxReader(filled);
        workbook.Named("Setting_Track_win_rate").Text.Should().Be("No");
        workbook.Cell("Settings", "G18").Text.Should().Be("0012", "a check stays text");
    }

    [Fact]
    public void A_blank_calculator_whose_kpis_a_person_switches_off_lists_only_the_tracked_ones_once_recalculated()
    {
        // Everything tracked at first; the person switches off all but three, by editing the cells.
        var path = WorkbookFiles.Write(new WorkbookOptions { Capacity = 5 });
        var keep = new[] { "quota-attainment", "win-rate", "visit-strike-rate" };
        var kpis = KpiCatalog.Default.Kpis;
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            var sheet = Sheet(document, "Settings");
            for (var k = 0; k < kpis.Count; k++)
            {
                if (!keep.Contains(kpis[k].Id))
                {
                    SetText(sheet, "F" + (12 + k).ToString(System.Globalization.CultureInfo.InvariantCulture), k % 2 == 0 ? "no" : "No");
                }
            }

            sheet.Worksheet.Save();
        }

        var computed = Engines.LibreOffice([CachedValues.Strip(path)])[0];
        using var workbook = new XlsxReader(computed);
        var names = Enumerable.Range(9, kpis.Count).Select(row => workbook.Cell("Dashboard", "A" + row.ToString(System.Globalization.CultureInfo.InvariantCulture)).Text ?? "").ToList();
        names.Should().Equal(new[] { "Quota attainment", "Win rate", "Visit strike rate" }.Concat(Enumerable.Repeat("", kpis.Count - 3)));
        workbook.Cell("Dashboard", "F9").Text.Should().Be("n/a", "quota attainment has no value without data");
        workbook.Cell("Dashboard", "B12").Text.Should().BeEmpty("nothing shows below the tracked KPIs");
        Warning(workbook, "Settings").Should().BeEmpty();

        // The leaderboard's dropdown offers the three.
        var (sheetName, address) = XlsxReader.Resolve(workbook.Names["Calc_KpiNames"].Split(':')[0]);
        var column = address.TrimEnd("0123456789".ToCharArray());
        Enumerable.Range(3, 4).Select(row => workbook.Cell(sheetName, column + row.ToString(System.Globalization.CultureInfo.InvariantCulture)).Text ?? "")
            .Should().Equal("Quota attainment", "Win rate", "Visit strike rate", "");
    }

    private static string Warning(XlsxReader workbook, string sheet) => workbook.Cell(sheet, "F10").Text ?? "";

    private static WorksheetPart Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        return (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == name).Id!);
    }

    private static void SetText(WorksheetPart sheet, string address, string text)
    {
        var cell = sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == address);
        cell.RemoveAllChildren();
        cell.DataType = CellValues.InlineString;
        cell.AppendChild(new InlineString(new Text(text)));
    }
}
