using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

/// <summary>
/// What comes out of the printer: LibreOffice prints the workbooks to PDF, and the pages are read back
/// as text. A person prints the dashboard for a meeting, or the whole calculator to see what it holds.
/// </summary>
public class PrintingTests
{
    /// <summary>
    /// The blank calculator, every sheet people see: dashboard, trend and leaderboard on a page each,
    /// the data's header three wide, settings on two, instructions on three. It printed 126 pages
    /// before the sheets had a print setup, and 19 while a KPIs sheet printed its thousand empty rows.
    /// </summary>
    private const int BlankCalculatorPages = 11;

    [Fact]
    public void Sample_workbook_prints_the_dashboard_on_one_landscape_page_then_trend_and_leaderboard()
    {
        var folder = Scratch.NewFolder("print");
        var workbook = Path.Combine(folder, "sample.xlsx");
        var records = SampleData.Create();
        KpiWorkbook.Write(workbook, new WorkbookOptions { Title = "Sales KPIs: sample data" }, records);
        var pdf = Engines.Pdf(workbook, folder);

        var dashboard = PageText(pdf, 1, folder);
        dashboard.Should().Contain("Sales KPIs: sample data");
        foreach (var kpi in KpiCatalog.Default.Kpis)
        {
            dashboard.Should().Contain(kpi.Name[Language.English], "the whole KPI table is on the first page");
        }

        dashboard.Should().Contain("Revenue against quota").And.Contain("Win rate and pipeline coverage", "the charts print beside the table");
        var size = PageSize(pdf, 1);
        size.Should().EndWith("pts (A4)");
        var sides = size.Split(' ');
        double.Parse(sides[0], CultureInfo.InvariantCulture).Should().BeGreaterThan(double.Parse(sides[2], CultureInfo.InvariantCulture), "the dashboard prints on landscape paper");

        PageText(pdf, 2, folder).Should().Contain("Every KPI, period by period", "the trend follows the dashboard, which took one page");
        var leaderboard = PageText(pdf, 3, folder);
        leaderboard.Should().Contain("Reps ranked");
        foreach (var rep in records.Select(r => r.RepName).Distinct())
        {
            leaderboard.Should().Contain(rep!, "every rep is ranked on the leaderboard's one page");
        }

        PageText(pdf, 4, folder).Should().NotContain("Reps ranked", "the leaderboard prints the places of its reps, not the hundreds kept empty");

        // Look at it: the first page as a picture, beside the test's other output.
        Engines.Run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(folder, "page-1")], TimeSpan.FromMinutes(1));
        File.Exists(Path.Combine(folder, "page-1.png")).Should().BeTrue();
    }

    [Fact]
    public void Blank_calculator_prints_in_a_few_pages_and_its_hidden_sheets_not_at_all()
    {
        var folder = Scratch.NewFolder("print");
        var workbook = Path.Combine(folder, "blank.xlsx");
        KpiWorkbook.Write(workbook, new WorkbookOptions());
        var pdf = Engines.Pdf(workbook, folder);

        Pages(pdf).Should().BeLessThanOrEqualTo(BlankCalculatorPages);
        var all = PageText(pdf, null, folder);
        all.Should().Contain("How to use this workbook", "the instructions print");
        all.Should().NotContainAny(new[] { "Latest period", "Selected period" }, "the hidden Calc sheet never prints");
        all.Should().NotContain("Direction", "the hidden Series sheet never prints");
    }

    [Fact]
    public void Print_setup_is_what_Excel_writes_for_each_sheet()
    {
        var path = WorkbookFiles.Write(new WorkbookOptions { Language = Language.Spanish }, SampleData.Create());
        using var document = SpreadsheetDocument.Open(path, false);
        var book = document.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<Sheet>().Select(s => (Name: s.Name!.Value!, Part: (WorksheetPart)book.GetPartById(s.Id!))).ToList();
        var names = book.Workbook.DefinedNames!.Elements<DefinedName>().Where(n => n.LocalSheetId is not null)
            .ToDictionary(n => (n.Name!.Value!, (int)n.LocalSheetId!.Value), n => n.Text);

        (bool FitToPage, bool Landscape, uint? PagesTall) Setup(int position)
        {
            var sheet = sheets[position].Part.Worksheet;
            var setup = sheet.GetFirstChild<PageSetup>();
            return (sheet.SheetProperties?.PageSetupProperties?.FitToPage?.Value ?? false,
                setup?.Orientation?.Value == OrientationValues.Landscape,
                setup is null ? null : setup.FitToHeight?.Value ?? 1);
        }

        // Dashboard, trend, leaderboard: one page wide, landscape, an area and titles; the dashboard one page tall.
        Setup(0).Should().Be((true, true, 1u));
        Setup(1).Should().Be((true, true, 0u));
        Setup(2).Should().Be((true, true, 0u));
        names[("_xlnm.Print_Area", 0)].Should().Be("'Cuadro de mando'!$A$1:$Y$33", "the KPI table with its watch column, and the four charts beside it");
        names[("_xlnm.Print_Titles", 0)].Should().Be("'Cuadro de mando'!$1:$2");
        names[("_xlnm.Print_Area", 1)].Should().StartWith("'Tendencia'!$A$1:");
        names[("_xlnm.Print_Titles", 1)].Should().Be("'Tendencia'!$1:$4");
        names[("_xlnm.Print_Area", 2)].Should().Be("'Clasificación'!$A$1:$K$27", "a page of places and the reps to watch: the sample has 15 reps");
        names[("_xlnm.Print_Titles", 2)].Should().Be("'Clasificación'!$1:$7");

        // Data: inputs and KPIs three pages wide, the rep's columns and the header row on every page,
        // its rows and not the empty ones below; instructions fit the width.
        Setup(3).Should().Be((true, true, 0u));
        sheets[3].Part.Worksheet.GetFirstChild<PageSetup>()!.FitToWidth!.Value.Should().Be(3u);
        names[("_xlnm.Print_Titles", 3)].Should().Be("'Datos'!$A:$D,'Datos'!$1:$1");
        names[("_xlnm.Print_Area", 3)].Should().Be($"'Datos'!$A$1:$BC${SampleData.Create().Count() + 1}", "33 inputs, the scope flag and 21 KPIs, a row per record");
        Setup(5).Should().Be((true, false, 0u));

        // Settings fit the width, targets, track switches and 6 A checks on one page across; hidden sheets have nothing to print.
        Setup(4).Should().Be((true, false, 0u));
        Setup(6).Should().Be((false, false, (uint?)null));
        Setup(7).Should().Be((false, false, (uint?)null));
        sheets.Should().HaveCount(8, "no KPIs sheet: each row's KPIs sit beside its inputs");
        names.Keys.Select(k => k.Item2).Should().OnlyContain(position => position <= 3);
    }

    [Fact]
    public void Filling_a_template_makes_the_leaderboard_print_every_rep_and_the_data_every_row()
    {
        var folder = Scratch.NewFolder("print");
        var template = Path.Combine(folder, "blank.xlsx");
        KpiWorkbook.Write(template, new WorkbookOptions());
        var random = new Random(13);
        var records = Enumerable.Range(1, 30).Select(i => Some.Record(random, "R" + i.ToString("00", CultureInfo.InvariantCulture), Some.January)).ToList();
        var filled = Path.Combine(folder, "filled.xlsx");
        KpiWorkbook.Fill(template, filled, null, records);

        PrintArea(template, "Leaderboard").Should().Be("'Leaderboard'!$A$1:$K$27", "a blank calculator prints a page of places");
        PrintArea(filled, "Leaderboard").Should().Be("'Leaderboard'!$A$1:$K$37", "30 reps, from row 8");
        PrintArea(template, "Data").Should().Be("'Data'!$A$1:$BC$2", "a blank calculator prints its header and one empty row");
        PrintArea(filled, "Data").Should().Be("'Data'!$A$1:$BC$31", "30 records, from row 2");
        OpenXmlCheck.Errors(filled).Should().BeEmpty();
    }

    private static string PrintArea(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var book = document.WorkbookPart!.Workbook;
        var position = book.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList().IndexOf(sheetName);
        return book.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == "_xlnm.Print_Area" && n.LocalSheetId?.Value == position).Text;
    }

    private static string PageText(string pdf, int? page, string folder)
    {
        var text = Path.Combine(folder, $"page-{page?.ToString(CultureInfo.InvariantCulture) ?? "all"}.txt");
        var range = page is { } p ? new[] { "-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture) } : Array.Empty<string>();
        Engines.Run("pdftotext", range.Concat(new[] { "-layout", pdf, text }), TimeSpan.FromMinutes(1));
        return File.ReadAllText(text);
    }

    private static int Pages(string pdf) => int.Parse(Info(pdf, null).Single(l => l.StartsWith("Pages:", StringComparison.Ordinal)).Substring(6).Trim(), CultureInfo.InvariantCulture);

    private static string PageSize(string pdf, int page) =>
        Info(pdf, page).Single(l => l.StartsWith("Page ", StringComparison.Ordinal) && l.Contains(" size:", StringComparison.Ordinal)).Split("size:")[1].Trim();

    private static IReadOnlyList<string> Info(string pdf, int? page)
    {
        var output = pdf + (page is null ? ".info" : ".page.info");
        var range = page is { } p ? new[] { "-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture) } : Array.Empty<string>();
        var start = new System.Diagnostics.ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in range.Append(pdf))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n');
        process.WaitForExit();
        File.WriteAllLines(output, lines);
        return lines;
    }
}
