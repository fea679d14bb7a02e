using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Visuals;

/// <summary>
/// Workbooks built to fire the dashboard's early warnings and not to: one rep's KPIs over five
/// months, shaped per KPI (worse each month, off target twice, exactly at the close band, undefined
/// in one month), in both directions; then the same rep seen from an earlier period, where the trend
/// holds too few periods before it. A second rep in another team stays out of the scope.
/// LibreOffice and Gnumeric compute them without their cached values.
/// </summary>
public sealed class WarningsFixture
{
    public static readonly DateTime[] Months = Enumerable.Range(0, 5).Select(m => new DateTime(2025, 1, 1).AddMonths(m)).ToArray();

    public WarningsFixture()
    {
        var folder = Scratch.NewFolder("warnings");
        Sets = new[]
        {
            Build(1, Language.English, null, exactLeadResponse: false),
            Build(2, Language.Spanish, Months[2], exactLeadResponse: true),
            Tracking(Build(3, Language.English, null, exactLeadResponse: false), "call-to-meeting-rate", "win-rate", "visits-per-field-day"),
        };
        Files = Sets.Select(set =>
        {
            var path = Path.Combine(folder, $"warnings-{set.Seed}.xlsx");
            KpiWorkbook.Write(path, set.Options, set.Records);
            return path;
        }).ToArray();
        var stripped = Files.Select(CachedValues.Strip).ToArray();
        LibreOffice = Engines.LibreOffice(stripped);
        Gnumeric = stripped.Select(Engines.Gnumeric).ToArray();
    }

    public IReadOnlyList<Dataset> Sets { get; }

    public IReadOnlyList<string> Files { get; }

    public IReadOnlyList<string> LibreOffice { get; }

    public IReadOnlyList<string> Gnumeric { get; }

    public string Recalculated(string engine, int index) => (engine == "LibreOffice" ? LibreOffice : Gnumeric)[index];

    private static Dataset Tracking(Dataset set, params string[] kpis) => set with { Options = set.Options with { TrackedKpis = kpis } };

    private static Dataset Build(int seed, Language language, DateTime? period, bool exactLeadResponse)
    {
        var random = new Random(seed);
        var records = new List<SalesRecord>();
        for (var m = 0; m < Months.Length; m++)
        {
            int[] Pick(params int[] byMonth) => byMonth;
            var record = Some.Record(random, "R1", Months[m]) with
            {
                Team = "Inbound",

                // Win rate (higher is better, target 25 %): 40, 35, 30, 20, 10 %: worse each month, off twice.
                DealsWon = Pick(8, 7, 6, 4, 2)[m],
                DealsLost = Pick(12, 13, 14, 16, 18)[m],

                // Churn (lower is better, target 2 %): 1, 2, 3, 5, 6 %: worse each month, off twice.
                CustomersAtStart = 100,
                CustomersLost = Pick(1, 2, 3, 5, 6)[m],

                // Lead response time (lower is better, target 1 hour): 0.5 to 0.9 hours, worse each month but on target;
                // or 1.1 hours, exactly the target plus the close band.
                LeadsContacted = 100,
                LeadResponseHoursTotal = exactLeadResponse ? Pick(110, 110, 110, 80, 90)[m] : Pick(50, 60, 70, 80, 90)[m],

                // Call-to-meeting (target 3 %): 5, 5, 5, 2, 2 %: off twice, the same in the last two.
                CallsMade = 100,
                MeetingsBooked = Pick(5, 5, 5, 2, 2)[m],

                // Visits per field day (target 5): 4.5 every month, exactly the target less the close band.
                VisitsCompleted = 45,
                FieldDays = 10,

                // Visit-plan completion (target 90 %): 45 % but undefined in April, when nothing was planned.
                VisitsPlanned = m == 3 ? 0 : 100,

                // Territory coverage (target 85 %): 90, 80, undefined, 60, 50 %: off twice, but no run of three.
                AccountsAssigned = m == 2 ? 0 : 100,
                AccountsVisited = m == 2 ? 0 : Pick(90, 80, 0, 60, 50)[m],
            };
            records.Add(record);
            records.Add(Some.Record(random, "R2", Months[m]) with { Team = "Field" });
        }

        var options = new WorkbookOptions
        {
            Language = language,
            Capacity = 20,
            Selection = new DashboardSelection { Period = period, Scope = ScopeKind.Team, ScopeValue = "Inbound" },
        };
        return new Dataset(seed, records, options);
    }
}

/// <summary>The early warnings as the engines compute them: where they fire, and that every new cell equals its cached value.</summary>
public class WarningsTests(WarningsFixture fixture) : IClassFixture<WarningsFixture>
{
    public static TheoryData<string, int> Cases() => new()
    {
        { "LibreOffice", 0 }, { "LibreOffice", 1 }, { "LibreOffice", 2 }, { "Gnumeric", 0 }, { "Gnumeric", 1 }, { "Gnumeric", 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_cached_value_equals_what_the_engine_computes(string engine, int index)
    {
        var (mismatches, formulas, uncached) = Oracle.CachedMismatches(fixture.Files[index], fixture.Recalculated(engine, index), engine);
        mismatches.Should().BeEmpty();
        formulas.Should().BeGreaterThan(1000);
        uncached.Should().Be(0);
    }

    [Theory]
    [InlineData("LibreOffice")]
    [InlineData("Gnumeric")]
    public void The_watch_column_flags_what_the_months_were_shaped_to_flag(string engine)
    {
        var watch = Watch(fixture.Recalculated(engine, 0), "Dashboard");
        watch["Win rate"].Should().Be("⚠▼", "worse each month, and off target in April and May");
        watch["Customer churn rate"].Should().Be("⚠▼", "lower is better: rising churn is worse");
        watch["Lead response time"].Should().Be("▼", "slower each month, but on target");
        watch["Call-to-meeting rate"].Should().Be("⚠", "off twice, but no worse than the month before");
        watch["Territory coverage"].Should().Be("⚠", "the undefined month breaks the run of three");
        watch["Visits per field day"].Should().BeEmpty("exactly at the target less the close band is close, not off");
        watch["Visit-plan completion"].Should().BeEmpty("the month before is undefined");
        watch["New revenue"].Should().BeEmpty("a KPI without a target is never off target, and revenue was not shaped");
    }

    [Theory]
    [InlineData("LibreOffice")]
    [InlineData("Gnumeric")]
    public void With_three_kpis_tracked_the_rep_to_watch_misses_two_and_win_rate_furthest(string engine)
    {
        using var workbook = new XlsxReader(fixture.Recalculated(engine, 2));
        workbook.Cell("Leaderboard", "H8").Text.Should().Be("R1", "R2 is in another team");
        workbook.Cell("Leaderboard", "J8").Number.Should().Be(2, "win rate and call-to-meeting are off target; visits per field day is only close");
        workbook.Cell("Leaderboard", "K8").Text.Should().Be("Win rate", "10 % against 25 % misses by 60 % of the target, call-to-meeting by a third");
        workbook.Cell("Leaderboard", "H9").Text.Should().BeEmpty();
        Watch(fixture.Recalculated(engine, 2), "Dashboard").Keys.Should().Equal("Win rate", "Call-to-meeting rate", "Visits per field day");
    }

    [Theory]
    [InlineData("LibreOffice")]
    [InlineData("Gnumeric")]
    public void Seen_from_an_earlier_period_nothing_has_three_periods_behind_it(string engine)
    {
        var watch = Watch(fixture.Recalculated(engine, 1), "Cuadro de mando");
        watch.Values.Should().NotContain(w => w.Contains('▼', StringComparison.Ordinal), "March has only two months of data before it");
        watch["Tasa de cierre"].Should().BeEmpty("30 % in March is on target");
        watch["Tiempo de respuesta a leads"].Should().BeEmpty("1.1 hours is exactly the target plus the close band");
    }

    /// <summary>The dashboard's watch column by KPI name, as a person reads it.</summary>
    private static Dictionary<string, string> Watch(string path, string sheet)
    {
        using var workbook = new XlsxReader(path);
        var watch = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var row = 9; row < 30; row++)
        {
            var name = workbook.Cell(sheet, "A" + row.ToString(CultureInfo.InvariantCulture)).Text;
            if (!string.IsNullOrEmpty(name))
            {
                watch[name] = workbook.Cell(sheet, "I" + row.ToString(CultureInfo.InvariantCulture)).Text ?? "";
            }
        }

        return watch;
    }
}
