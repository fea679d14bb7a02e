using System;
using System.IO;
using System.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

/// <summary>
/// The manager's dashboard as a person sees it: the sample with eight KPIs tracked, rendered by
/// LibreOffice and read back as text. With UPDATE_SCREENSHOTS=1 the README's pictures of the
/// dashboard and the leaderboard with its reps to watch are rendered again.
/// </summary>
public class ManagerRenderingTests
{
    private static readonly string[] Tracked =
        ["new-revenue", "quota-attainment", "win-rate", "sales-velocity", "pipeline-coverage", "lead-response-time", "call-to-meeting-rate", "visits-per-field-day"];

    [Theory]
    [InlineData(Language.English, "Reps to watch", "manager-dashboard-en", "manager-leaderboard-en")]
    [InlineData(Language.Spanish, "Comerciales a vigilar", "manager-dashboard-es", "manager-leaderboard-es")]
    public void The_sample_with_eight_kpis_tracked_shows_those_their_warnings_and_the_reps_to_watch(Language language, string repsToWatch, string dashboardPicture, string leaderboardPicture)
    {
        var folder = Scratch.NewFolder("render-manager");
        var workbook = Path.Combine(folder, dashboardPicture + ".xlsx");
        KpiWorkbook.Write(workbook, new WorkbookOptions { Language = language, Title = language == Language.Spanish ? "KPI de ventas: datos de ejemplo" : "Sales KPIs: sample data", TrackedKpis = Tracked },
            SampleData.Create());
        var pdf = Engines.Pdf(workbook, folder);
        string Page(int number)
        {
            var text = Path.Combine(folder, "page-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt");
            Engines.Run("pdftotext", ["-f", number.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", number.ToString(System.Globalization.CultureInfo.InvariantCulture), "-layout", pdf, text], TimeSpan.FromMinutes(1));
            return File.ReadAllText(text);
        }

        var dashboard = Page(1);
        foreach (var kpi in KpiCatalog.Default.Kpis)
        {
            if (Tracked.Contains(kpi.Id))
            {
                dashboard.Should().Contain(kpi.Name[language], "a tracked KPI has its row");
            }
            else
            {
                dashboard.Should().NotContain(kpi.Name[language] + " ", "a KPI switched off leaves the dashboard");
            }
        }

        dashboard.Should().Contain("⚠").And.Contain(language == Language.Spanish ? "Vigilar: ⚠ fuera de objetivo" : "Watch: ⚠ off target");
        var leaderboardPage = Enumerable.Range(2, 4).First(p => Page(p).Contains(repsToWatch, StringComparison.Ordinal));
        var leaderboard = Page(leaderboardPage);
        leaderboard.Should().NotContainAny("#N/A", "#VALUE", "#DIV", "#REF", "#NAME", "Err:", "#NUM");

        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            var page = Path.Combine(folder, "picture");
            Engines.Run("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", "-x", "50", "-y", "70", "-W", "1700", "-H", "560", pdf, page], TimeSpan.FromMinutes(1));
            File.Copy(page + ".png", Path.Combine(Repository.Root, "examples", "screenshots", dashboardPicture + ".png"), overwrite: true);
            var number = leaderboardPage.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Engines.Run("pdftoppm", ["-png", "-r", "150", "-f", number, "-l", number, "-singlefile", "-x", "50", "-y", "60", "-W", "1650", "-H", "520", pdf, page + "-board"], TimeSpan.FromMinutes(1));
            File.Copy(page + "-board.png", Path.Combine(Repository.Root, "examples", "screenshots", leaderboardPicture + ".png"), overwrite: true);
        }
    }
}
