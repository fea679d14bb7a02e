using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Layout;
using SalesKpi.Tests.Support;
using Xunit.Abstractions;

namespace SalesKpi.Tests.Visuals;

/// <summary>The trend and the leaderboard, as LibreOffice and Gnumeric compute them, against the C# reference.</summary>
public class TrendAndLeaderboardTests(VisualsFixture fixture, ITestOutputHelper output) : IClassFixture<VisualsFixture>
{
    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var engine in new[] { "LibreOffice", "Gnumeric" })
        {
            for (var i = 0; i < VisualsFixture.Count; i++)
            {
                cases.Add(engine, i);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_trend_value_is_the_reference_for_its_period(string engine, int index)
    {
        var set = fixture.Sets[index];
        var settings = set.Options.Settings;
        var calculator = new KpiCalculator(set.Options.Catalog, settings);
        var records = set.Records.WithComparisonRevenueFromData(settings).ToList();
        var periods = records.Select(r => r.PeriodStart).Distinct().Count();
        var shown = Math.Max(SeriesArea.MinPeriods, Math.Min(periods, SeriesArea.MaxPeriods));
        var latest = records.Max(r => r.PeriodStart);
        using var workbook = new XlsxReader(fixture.Recalculated(engine, index));
        var sheet = Localization.Labels.TrendSheet[set.Options.Language];
        var undefined = Localization.Labels.Undefined[set.Options.Language];
        var mismatches = new List<string>();
        for (var slot = 0; slot < shown; slot++)
        {
            var period = latest.AddMonths(slot - shown + 1);
            var header = workbook.Cell(sheet, Xlsx.CellRef.Relative(TrendArea.HeaderRow, TrendArea.PeriodColumn(slot)));
            if (header.Number != period.ToOADate())
            {
                mismatches.Add($"column {slot}: {engine} shows period {header}, expected {period:yyyy-MM-dd}");
            }

            var expected = calculator.Compute(Datasets.InScope(records, set.Options.Selection, period));
            for (var k = 0; k < expected.Count; k++)
            {
                var address = Xlsx.CellRef.Relative(TrendArea.KpiRow(k), TrendArea.PeriodColumn(slot));
                var cell = workbook.Cell(sheet, address);
                if (!Oracle.Agrees(cell, expected[k].Value, undefinedAs: undefined))
                {
                    mismatches.Add($"{address} {expected[k].Kpi.Id} {period:yyyy-MM}: {engine} {cell}, reference {expected[k].Value}");
                }
            }
        }

        output.WriteLine($"{set}: {shown} periods checked");
        mismatches.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_leaderboard_ranks_reps_as_the_reference_does(string engine, int index)
    {
        var set = fixture.Sets[index];
        var expected = ExpectedBoard(set);
        output.WriteLine(string.Join(Environment.NewLine, expected.Select(e => $"{e.Rank} {e.Rep} {e.Value}")));
        using var workbook = new XlsxReader(fixture.Recalculated(engine, index));
        var sheet = Localization.Labels.LeaderboardSheet[set.Options.Language];
        var undefined = Localization.Labels.Undefined[set.Options.Language];
        var kpi = set.Options.Catalog[set.Options.LeaderboardKpi ?? "quota-attainment"];
        var scale = kpi.Unit == Unit.Percent ? 100 : 1;
        var mismatches = new List<string>();
        for (var place = 0; place < expected.Count + 2; place++)
        {
            var row = LeaderboardArea.FirstRow + place;
            CellContent Cell(int column) => workbook.Cell(sheet, Xlsx.CellRef.Relative(row, column));
            var rep = Cell(LeaderboardArea.RepColumn).Text ?? "";
            if (place >= expected.Count)
            {
                if (rep.Length > 0)
                {
                    mismatches.Add($"place {place + 1}: {engine} lists {rep}, the reference has {expected.Count} reps");
                }

                continue;
            }

            var want = expected[place];
            var rank = Cell(LeaderboardArea.RankColumn);
            var value = Cell(LeaderboardArea.ValueColumn);
            var rankOk = want.Value is null ? string.IsNullOrEmpty(rank.Text) && rank.Number is null : rank.Number == want.Rank;
            if (rep != want.Rep || !rankOk || !Oracle.Agrees(value, want.Value * scale, undefinedAs: undefined))
            {
                mismatches.Add($"place {place + 1}: {engine} {rank} {rep} {value}, reference {want.Rank} {want.Rep} {want.Value}");
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_reps_to_watch_are_those_the_reference_finds_off_target_most_often(string engine, int index)
    {
        var set = fixture.Sets[index];
        var expected = ExpectedWatch(set);
        output.WriteLine(string.Join(Environment.NewLine, expected.Select(e => $"{e.Rep} {e.Count} {e.Worst}")));
        using var workbook = new XlsxReader(fixture.Recalculated(engine, index));
        var sheet = Localization.Labels.LeaderboardSheet[set.Options.Language];
        var shown = new List<(string Rep, int Count, string Worst)>();
        for (var place = 0; place < LeaderboardArea.WatchPlaces; place++)
        {
            var row = LeaderboardArea.FirstRow + place;
            CellContent Cell(int column) => workbook.Cell(sheet, Xlsx.CellRef.Relative(row, column));
            if (Cell(LeaderboardArea.WatchRepColumn).Text is { Length: > 0 } rep)
            {
                shown.Add((rep, (int)(Cell(LeaderboardArea.WatchCountColumn).Number ?? -1), Cell(LeaderboardArea.WatchWorstColumn).Text ?? ""));
            }
        }

        shown.Should().Equal(expected);
    }

    /// <summary>
    /// The reps of the period and scope with the most KPIs off target (the reference calculator's status
    /// of each rep's row against the scope's targets), the most first, then the furthest miss as a share
    /// of its target, then list order; five at most.
    /// </summary>
    private static List<(string Rep, int Count, string Worst)> ExpectedWatch(Dataset set)
    {
        var settings = set.Options.Settings;
        var catalog = set.Options.Catalog;
        var calculator = new KpiCalculator(catalog, settings);
        var records = set.Records.WithComparisonRevenueFromData(settings).ToList();
        var period = set.Options.Selection.Period ?? records.Max(r => r.PeriodStart);
        var rows = Datasets.InScope(records, set.Options.Selection, period).ToList();
        var targets = calculator.Compute(rows);
        var order = records.Select(r => r.RepId).Distinct().ToList();
        var reps = rows.Select(row =>
        {
            var results = calculator.Compute(new[] { row });
            var misses = results.Select(r =>
            {
                var target = targets[r.Kpi.Id].Target;
                if (calculator.StatusOf(r.Kpi.Direction, r.Value, target) != KpiStatus.OffTarget)
                {
                    return 0.0;
                }

                var t = target!.Value;
                var shortfall = (r.Kpi.Direction == Direction.HigherIsBetter ? t - r.Value!.Value : r.Value!.Value - t) / Math.Abs(t);
                return t == 0 ? 1 : shortfall;
            }).ToList();
            var largest = misses.Max();
            return (row.RepId, Count: misses.Count(m => m > 0), Largest: largest, Worst: catalog.Kpis[misses.IndexOf(largest)].Name[set.Options.Language]);
        }).Where(r => r.Count > 0).OrderByDescending(r => r.Count).ThenByDescending(r => r.Largest).ThenBy(r => order.IndexOf(r.RepId));
        return reps.Take(LeaderboardArea.WatchPlaces).Select(r => (r.RepId, r.Count, r.Worst)).ToList();
    }

    [Fact]
    public void The_ranking_fixtures_hold_ties_undefined_values_and_both_directions()
    {
        var attainment = ExpectedBoard(fixture.Sets[0]);
        attainment.Should().Contain(e => e.Value == null).And.Contain(e => attainment.Count(o => o.Rank == e.Rank && e.Value != null) == 2);
        attainment.Select(e => e.Rep).Should().NotContain("R04", "R04 is in another team").And.NotContain("R05", "R05 has no row this month");
        var cac = ExpectedBoard(fixture.Sets[1]);
        cac.First().Value.Should().BeLessThan(cac.Where(e => e.Value != null).Last().Value!.Value, "lower is better for CAC");
        cac.Should().Contain(e => cac.Count(o => o.Rank == e.Rank && e.Value != null) == 2);
    }

    /// <summary>The leaderboard worked out from the rows with the reference calculator, independently of the workbook code.</summary>
    private static List<(int Rank, string Rep, double? Value)> ExpectedBoard(Dataset set)
    {
        var settings = set.Options.Settings;
        var kpi = set.Options.LeaderboardKpi ?? "quota-attainment";
        var higher = set.Options.Catalog[kpi].Direction == Direction.HigherIsBetter;
        var calculator = new KpiCalculator(set.Options.Catalog, settings);
        var records = set.Records.WithComparisonRevenueFromData(settings).ToList();
        var period = set.Options.Selection.Period ?? records.Max(r => r.PeriodStart);
        var rows = Datasets.InScope(records, set.Options.Selection, period).ToList();

        // The Settings list order: reps in order of first appearance on the Data sheet, which shows the
        // rows in period order (in the order they came within a period); it breaks ties.
        var order = records.OrderBy(r => r.PeriodStart).Select(r => r.RepId).Distinct().ToList();
        var values = rows.Select(r => (Rep: r.RepId, Value: calculator.Compute(new[] { r })[kpi].Value))
            .OrderBy(e => e.Value is null ? 1 : 0)
            .ThenBy(e => e.Value is { } v ? (higher ? -v : v) : 0)
            .ThenBy(e => order.IndexOf(e.Rep))
            .ToList();
        return values.Select(e => (e.Value is { } v ? 1 + values.Count(o => o.Value is { } w && (higher ? w > v : w < v)) : 0, e.Rep, e.Value)).ToList();
    }
}
