using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using SalesKpi.Tests.Support;
using SalesKpi.Web;

namespace SalesKpi.BrowserTests;

/// <summary>
/// The web example's page in a real browser: Debian's Chromium, driven by Playwright, against the app
/// on a loopback port. With UPDATE_SCREENSHOTS=1 the README's picture of the page is taken again.
/// </summary>
public sealed class WebPageTests : IAsyncLifetime
{
    /// <summary>The distribution's Chromium (tests/run.sh installs it): Playwright's own browser builds are never downloaded.</summary>
    private static readonly string Chromium =
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists)
        ?? "/usr/bin/chromium";

    // Two months; the page shows the latest. Win rate in February: Field 1 of 4 decided (25 %, on its
    // 25 % target), Inbound 1 of 10 (10 %, off target), everyone 2 of 14.
    private const string GoodCsv =
        "RepId,PeriodStart,PeriodEnd,Team,DealsWon,DealsLost\n" +
        "F1,2025-01-01,2025-01-31,Field,9,1\n" +
        "F1,2025-02-01,2025-02-28,Field,1,3\n" +
        "I1,2025-02-01,2025-02-28,Inbound,1,9\n";

    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("saleskpi-browser-").FullName;
        _app = KpiApi.Create(["--urls", "http://127.0.0.1:0", "--" + Uploads.MaxBytesKey + "=65536"]);
        await _app.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _app.Urls.First(),
            AcceptDownloads = true,
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // A first preview compiles the library's code; on a busy machine that takes more than Playwright's 5 s.
        context.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        _page = await context.NewPageAsync();
        await _page.GotoAsync("/");
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Upload_shows_the_latest_period_per_team_and_downloads_the_filled_workbook()
    {
        await _page.SetInputFilesAsync("#file", Csv("crm.csv", GoodCsv));

        var everyone = _page.Locator("#kpis td[data-kpi='win-rate'][data-team='*']");
        await Assertions.Expect(everyone).ToBeVisibleAsync();
        (await _page.Locator("#preview-title").InnerTextAsync()).Should().Be("Latest period: February 2025");
        (await _page.Locator("#kpis thead th").AllInnerTextsAsync()).Select(t => t.Trim()).Should().Equal("KPI", "Field", "Inbound", "Everyone");
        await ShouldShow("win-rate", "Field", "25.0%", "on-target");
        await ShouldShow("win-rate", "Inbound", "10.0%", "off-target");
        await ShouldShow("win-rate", "*", "14.3%", "off-target");
        (await _page.Locator("#kpis td[data-kpi='quota-attainment'][data-team='*'] .value").InnerTextAsync()).Should().Be("n/a", "the file has no revenue or quota");

        var download = await _page.RunAndWaitForDownloadAsync(() => _page.ClickAsync("#download"));
        download.SuggestedFilename.Should().Be("kpis.xlsx");
        var path = Path.Combine(_folder, "download.xlsx");
        await download.SaveAsAsync(path);
        var data = KpiWorkbook.Read(path);
        data.IsClean.Should().BeTrue();
        data.Records.Select(r => (r.RepId, r.PeriodStart.Month, r.Team, r.DealsWon, r.DealsLost)).Should().Equal(
            ("F1", 1, "Field", 9, 1), ("F1", 2, "Field", 1, 3), ("I1", 2, "Inbound", 1, 9));
        (await _page.Locator("#problem").IsVisibleAsync()).Should().BeFalse();
    }

    [Fact]
    public async Task Bad_csv_shows_the_problem_in_the_page_and_downloads_nothing()
    {
        var downloads = 0;
        _page.Download += (_, _) => downloads++;
        await _page.SetInputFilesAsync("#file", Csv("crm.csv", GoodCsv + "I1,2025-03-01,2025-03-31,Inbound,lots,2\n"));

        await Assertions.Expect(_page.Locator("#problem")).ToBeVisibleAsync();
        (await _page.Locator("#problem-table tbody td").AllInnerTextsAsync()).Take(3).Should().Equal("line 5, column 5", "DealsWon", "lots");
        (await _page.Locator("#preview").IsVisibleAsync()).Should().BeFalse();

        // The download is asked for and refused: the problem stays, and no file arrives.
        var answer = await _page.RunAndWaitForResponseAsync(() => _page.ClickAsync("#download"), r => r.Url.Contains("/kpis.xlsx", StringComparison.Ordinal));
        answer.Status.Should().Be(400);
        await Assertions.Expect(_page.Locator("#busy")).ToBeHiddenAsync();
        (await _page.Locator("#problem-title").InnerTextAsync()).Should().Be("A value in the file cannot be used");
        (await _page.Locator("#problem-table tbody td").AllInnerTextsAsync()).Take(3).Should().Equal("line 5, column 5", "DealsWon", "lots");
        downloads.Should().Be(0);
    }

    [Fact]
    public async Task Unusual_files_are_read_or_explained_in_the_pages_language()
    {
        var downloads = 0;
        _page.Download += (_, _) => downloads++;
        await _page.ClickAsync("[data-lang='es']");

        // What Excel's plain "CSV" gives on Windows in Spain: Windows-1252, here "Peña".
        // It is read right, and the columns the export lacks are named, with the KPIs they leave n/a.
        var windows1252 = Encoding.ASCII.GetBytes("RepId,PeriodStart,PeriodEnd,Team,DealsWon,DealsLost\nA,2025-01-01,2025-01-31,Pe")
            .Concat(new byte[] { 0xF1 }).Concat(Encoding.ASCII.GetBytes("a,1,3\n")).ToArray();
        await _page.SetInputFilesAsync("#file", new FilePayload { Name = "crm.csv", MimeType = "text/csv", Buffer = windows1252 });
        await Assertions.Expect(_page.Locator("#preview thead th").Nth(1)).ToHaveTextAsync("Peña");
        (await _page.Locator("#preview-warnings li").AllInnerTextsAsync()).Should().Contain(w => w.Contains("no column NewCustomerRevenue", StringComparison.Ordinal));

        var big = "RepId,PeriodStart,PeriodEnd,DealsWon\n" + string.Concat(Enumerable.Range(1, 4_000).Select(i => FormattableString.Invariant($"R{i},2025-01-01,2025-01-31,3\n")));
        await _page.SetInputFilesAsync("#file", Csv("big.csv", big));
        await Assertions.Expect(_page.Locator("#problem-title")).ToHaveTextAsync("El archivo es demasiado grande");
        (await _page.Locator("#problem-detail").InnerTextAsync()).Should().Contain("hasta 64 KB");

        var answer = await _page.RunAndWaitForResponseAsync(() => _page.ClickAsync("#download"), r => r.Url.Contains("/kpis.xlsx", StringComparison.Ordinal));
        answer.Status.Should().Be(413);
        downloads.Should().Be(0);
    }

    [Fact]
    public async Task Sample_data_shows_the_status_the_calculator_gives_and_switches_to_spanish()
    {
        await _page.ClickAsync("#sample");
        await Assertions.Expect(_page.Locator("#kpis td[data-team='*']").First).ToBeVisibleAsync();

        // As in the workbook, revenue growth compares with the revenue the data holds for a year earlier.
        var latest = SampleData.Create().WithComparisonRevenueFromData(new KpiSettings()).GroupBy(r => r.PeriodStart).MaxBy(g => g.Key)!;
        var everyone = new KpiCalculator().Compute(latest);
        foreach (var result in everyone)
        {
            var cell = _page.Locator($"#kpis td[data-kpi='{result.Kpi.Id}'][data-team='*']");
            var classes = (await cell.GetAttributeAsync("class") ?? "").Split(' ');
            var status = result.Status switch { KpiStatus.OnTarget => "on-target", KpiStatus.Close => "close", KpiStatus.OffTarget => "off-target", _ => null };
            classes.Intersect(["on-target", "close", "off-target"]).Should().Equal(status is null ? [] : new[] { status }, result.Kpi.Id);
        }

        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Root, "examples", "screenshots", "web-page.png"), FullPage = true });
        }

        await _page.ClickAsync("[data-lang='es']");
        await Assertions.Expect(_page.Locator("#kpis thead th").Last).ToHaveTextAsync("Todos");
        (await _page.Locator("html").GetAttributeAsync("lang")).Should().Be("es");
        (await _page.Locator("#kpis tbody th[data-kpi='win-rate']").InnerTextAsync()).Should().Be("Tasa de cierre");
        (await _page.Locator("#download").InnerTextAsync()).Should().Be("Descargar el libro (.xlsx)");
    }

    private async Task ShouldShow(string kpi, string team, string value, string status)
    {
        var cell = _page.Locator($"#kpis td[data-kpi='{kpi}'][data-team='{team}']");
        (await cell.Locator(".value").InnerTextAsync()).Should().Be(value);
        (await cell.GetAttributeAsync("class") ?? "").Split(' ').Should().Contain(status);
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
