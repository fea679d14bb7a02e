using System;
using System.IO;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

/// <summary>
/// What a person sees: the dashboard rendered by LibreOffice, read back as text. With
/// UPDATE_SCREENSHOTS=1 the pictures in the README are rendered again.
/// </summary>
public class RenderingTests
{
    [Theory]
    [InlineData(Language.English, "Everyone", "n/a", "dashboard-en")]
    [InlineData(Language.Spanish, "Todos", "n/d", "dashboard-es")]
    public void Dashboard_of_the_sample_reads_right_and_shows_no_error(Language language, string everyone, string undefined, string picture)
    {
        var folder = Scratch.NewFolder("render");
        var title = language == Language.Spanish ? "KPI de ventas: datos de ejemplo" : "Sales KPIs: sample data";
        var workbook = Path.Combine(folder, picture + ".xlsx");
        KpiWorkbook.Write(workbook, new WorkbookOptions { Language = language, Title = title }, SampleData.Create());

        var pdf = Engines.Pdf(workbook, folder);
        var page = Path.Combine(folder, "page");
        Engines.Run("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, page + ".txt"], TimeSpan.FromMinutes(1));
        var text = File.ReadAllText(page + ".txt");

        // Nowhere in the printed workbook (dashboard, trend, leaderboard, data, KPIs, settings, instructions) does an error show.
        Engines.Run("pdftotext", ["-layout", pdf, page + "-all.txt"], TimeSpan.FromMinutes(1));
        File.ReadAllText(page + "-all.txt").Should().NotContainAny("#N/A", "#VALUE", "#DIV", "#REF", "#NAME", "Err:", "#NUM");

        // The trend sheet prints on the second page: every KPI, its periods and no error.
        Engines.Run("pdftotext", ["-f", "2", "-l", "2", "-layout", pdf, page + "-trend.txt"], TimeSpan.FromMinutes(1));
        var trend = File.ReadAllText(page + "-trend.txt");
        trend.Should().Contain(language == Language.Spanish ? "Cada KPI, periodo a periodo" : "Every KPI, period by period");
        foreach (var kpi in KpiCatalog.Default.Kpis)
        {
            trend.Should().Contain(kpi.Name[language]);
        }

        text.Should().Contain(title).And.Contain(everyone).And.Contain("2025-12-01");
        foreach (var kpi in KpiCatalog.Default.Kpis)
        {
            text.Should().Contain(kpi.Name[language], "every KPI has a row");
        }

        text.Should().NotContainAny("#N/A", "#VALUE", "#DIV", "#REF", "#NAME", "Err:", "#NUM");
        text.Should().Contain(undefined, "the sample has KPIs without a target");
        text.Should().Contain("344,951").And.Contain("482,690", "the sample's new and existing revenue for December 2025");

        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            Engines.Run("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", "-x", "50", "-y", "70", "-W", "1640", "-H", "600", pdf, page], TimeSpan.FromMinutes(1));
            File.Copy(page + ".png", Path.Combine(Repository.Root, "examples", "screenshots", picture + ".png"), overwrite: true);
            Engines.Run("pdftoppm", ["-png", "-r", "150", "-f", "2", "-l", "2", "-singlefile", "-x", "55", "-y", "80", "-W", "1650", "-H", "330", pdf, page + "-trend"], TimeSpan.FromMinutes(1));
            File.Copy(page + "-trend.png", Path.Combine(Repository.Root, "examples", "screenshots", picture.Replace("dashboard", "trend", StringComparison.Ordinal) + ".png"), overwrite: true);
        }
    }
}
