using System;
using System.Globalization;
using System.IO;
using System.Linq;
using SalesKpi.Layout;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

/// <summary>What a preview that does not calculate shows on the leaderboard: the values the workbook carries.</summary>
public class LeaderboardCachedValuesTests
{
    [Fact]
    public void A_preview_shows_ties_sharing_a_rank_in_list_order_and_an_undefined_value_last()
    {
        // One month; quota attainment 120 %, 95 %, 120 % and none (no quota). The target is 100 %, the close band 10 %.
        SalesRecord Rep(int seed, string id, decimal revenue, decimal? quota) =>
            Some.Record(new Random(seed), id, Some.January) with { NewCustomerRevenue = revenue, ExistingCustomerRevenue = 0, SalesQuota = quota };
        var records = new[] { Rep(1, "D4", 50, null), Rep(2, "A1", 120, 100), Rep(3, "B2", 95, 100), Rep(4, "C3", 120, 100) };
        var path = Path.Combine(Scratch.NewFolder("leaderboard"), "ties.xlsx");
        KpiWorkbook.Write(path, new WorkbookOptions(), records);

        using var workbook = new XlsxReader(path);
        string Shown(CellContent cell) => cell.Number is { } n ? Math.Round(n, 6).ToString(CultureInfo.InvariantCulture) : cell.Text ?? "";
        var places = Enumerable.Range(0, 5).Select(place => string.Join(" | ",
            new[] { LeaderboardArea.RankColumn, LeaderboardArea.RepColumn, LeaderboardArea.ValueColumn, LeaderboardArea.StatusColumn }
                .Select(column => Shown(workbook.Cell("Leaderboard", Xlsx.CellRef.Relative(LeaderboardArea.FirstRow + place, column))))));

        places.Should().Equal(
            "1 | A1 | 120 | ● On target",
            "1 | C3 | 120 | ● On target",
            "3 | B2 | 95 | ● Close",
            " | D4 | n/a | n/a",
            " |  |  | ");
    }
}
