using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SalesKpi.Tests.Sheets;

namespace SalesKpi.Tests.Read;

/// <summary>The settings a workbook's cells hold, read back: as written, and as a person edits them.</summary>
public class SettingsReadBackTests
{
    private static readonly string[] Tracked = ["quota-attainment", "win-rate", "pipeline-coverage"];

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Spanish)]
    public void Every_setting_written_to_a_workbook_reads_back_as_the_options_that_made_it(Language language)
    {
        var written = new WorkbookOptions
        {
            Language = language,
            Capacity = 5,
            Settings = new KpiSettings
            {
                Currency = "USD", PeriodKind = PeriodKind.Quarter, GrowthBasis = GrowthBasis.PreviousPeriod, MaxLifetimePeriods = 30, CloseBand = 0.25,
                Targets = new Dictionary<string, double> { ["win-rate"] = 0.35, ["sales-cycle-length"] = 40 },
            },
            Selection = new DashboardSelection { Period = new DateTime(2025, 4, 1), Scope = ScopeKind.Team, ScopeValue = "Field" },
            TrackedKpis = Tracked,
            LeaderboardKpi = "win-rate",
        };

        var read = KpiWorkbook.Read(WorkbookFiles.Write(written)).Options;

        read.Language.Should().Be(language);
        read.Settings.Currency.Should().Be("USD");
        read.Settings.PeriodKind.Should().Be(PeriodKind.Quarter);
        read.Settings.GrowthBasis.Should().Be(GrowthBasis.PreviousPeriod);
        read.Settings.MaxLifetimePeriods.Should().Be(30);
        read.Settings.CloseBand.Should().Be(0.25);
        read.Settings.Targets.Should().Contain("win-rate", 0.35).And.Contain("sales-cycle-length", 40);
        read.Selection.Should().Be(written.Selection);
        read.TrackedKpis.Should().Equal(Tracked);
        read.LeaderboardKpi.Should().Be("win-rate");
    }

    [Fact]
    public void Settings_a_person_types_read_as_the_workbooks_formulas_read_them()
    {
        var path = WorkbookFiles.Write(new WorkbookOptions { Capacity = 5, Settings = new KpiSettings { Currency = "USD", MaxLifetimePeriods = 30 } });
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            Edit(document, "Settings", sheet =>
            {
                Blank(sheet, "B4");                 // currency: blank is the default
                SetText(sheet, "B5", "TRIMESTRE");  // period kind: either language, any case
                Blank(sheet, "B7");                 // lifetime cap: blank is five years
                SetText(sheet, "B8", "a lot");      // close band: text is no number, so the default
                SetText(sheet, "F12", "NO");        // new revenue: "no" in any case switches it off
                SetText(sheet, "F13", "maybe");     // anything else tracks, a blank too
                Blank(sheet, "F14");
            });
            Edit(document, "Dashboard", sheet =>
            {
                SetText(sheet, "B5", "rep");
                SetText(sheet, "C5", "N1");
            });
            Edit(document, "Leaderboard", sheet => SetText(sheet, "B4", "No such KPI"));
        }

        var read = KpiWorkbook.Read(path).Options;

        read.Settings.Currency.Should().Be("EUR");
        read.Settings.PeriodKind.Should().Be(PeriodKind.Quarter);
        read.Settings.MaxLifetimePeriods.Should().BeNull();
        read.Settings.CloseBand.Should().Be(0.1);
        read.TrackedKpis.Should().Equal(KpiCatalog.Default.Kpis.Skip(1).Select(k => k.Id));
        read.Selection.Should().Be(new DashboardSelection { Scope = ScopeKind.Rep, ScopeValue = "N1" });
        read.LeaderboardKpi.Should().BeNull("the leaderboard then ranks by its default");
    }

    private static void Edit(SpreadsheetDocument document, string name, Action<WorksheetPart> edit)
    {
        var workbook = document.WorkbookPart!;
        var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);
        edit(sheet);
        sheet.Worksheet.Save();
    }

    private static Cell At(WorksheetPart sheet, string address) => sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == address);

    private static void Blank(WorksheetPart sheet, string address)
    {
        var cell = At(sheet, address);
        cell.RemoveAllChildren();
        cell.DataType = null;
    }

    private static void SetText(WorksheetPart sheet, string address, string text)
    {
        var cell = At(sheet, address);
        cell.RemoveAllChildren();
        cell.DataType = CellValues.InlineString;
        cell.AppendChild(new InlineString(new Text(text)));
    }
}
