using System;
using System.Linq;

namespace SalesKpi.Tests;

/// <summary>Revenue growth compares with the data's own earlier period where the data holds it.</summary>
public class ComparisonRevenueTests
{
    private static SalesRecord Month(string rep, int year, int month, decimal? fresh, decimal? existing, decimal? comparison = null) => new()
    {
        RepId = rep,
        PeriodStart = new DateTime(year, month, 1),
        PeriodEnd = new DateTime(year, month, 1).AddMonths(1).AddDays(-1),
        NewCustomerRevenue = fresh,
        ExistingCustomerRevenue = existing,
        ComparisonRevenue = comparison,
    };

    [Fact]
    public void Year_on_year_takes_the_same_month_a_year_earlier_and_keeps_the_input_elsewhere()
    {
        var rows = new[]
        {
            Month("A", 2024, 3, 30, 70),                  // 100 in March 2024
            Month("A", 2025, 2, 10, 10, comparison: 55),  // February 2024 is not in the data: the input stays
            Month("A", 2025, 3, 60, 90, comparison: 55),  // March 2024 is: 100
            Month("B", 2025, 3, 1, 1, comparison: 7),     // another rep's March 2024 does not count
        };

        var result = rows.WithComparisonRevenueFromData(new KpiSettings()).Select(r => r.ComparisonRevenue);

        result.Should().Equal(null, 55m, 100m, 7m);
    }

    [Fact]
    public void Previous_period_basis_takes_the_month_before()
    {
        var rows = new[] { Month("A", 2025, 1, 40, 60), Month("A", 2025, 2, 50, 50) };
        var result = rows.WithComparisonRevenueFromData(new KpiSettings { GrowthBasis = GrowthBasis.PreviousPeriod }).ToList();
        result[1].ComparisonRevenue.Should().Be(100);

        // 150 against 100 is +50 %.
        new KpiCalculator(settings: new KpiSettings { GrowthBasis = GrowthBasis.PreviousPeriod })
            .Compute(result[1] with { NewCustomerRevenue = 75, ExistingCustomerRevenue = 75 })["revenue-growth"].Value.Should().Be(0.5);
    }

    [Theory]
    [InlineData(PeriodKind.Week, GrowthBasis.YearOnYear, "2024-01-15")]     // 52 weeks (364 days) earlier: Monday to Monday
    [InlineData(PeriodKind.Week, GrowthBasis.PreviousPeriod, "2025-01-06")]
    [InlineData(PeriodKind.Quarter, GrowthBasis.PreviousPeriod, "2024-10-13")]
    [InlineData(PeriodKind.Quarter, GrowthBasis.YearOnYear, "2024-01-13")]
    public void Comparison_period_follows_the_period_kind(PeriodKind kind, GrowthBasis basis, string expected)
    {
        var start = new DateTime(2025, 1, 13); // a Monday
        var earlier = DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        var rows = new[]
        {
            new SalesRecord { RepId = "A", PeriodStart = earlier, PeriodEnd = earlier, NewCustomerRevenue = 1, ExistingCustomerRevenue = 2 },
            new SalesRecord { RepId = "A", PeriodStart = start, PeriodEnd = start },
        };

        rows.WithComparisonRevenueFromData(new KpiSettings { PeriodKind = kind, GrowthBasis = basis }).Last().ComparisonRevenue.Should().Be(3);
    }

    [Fact]
    public void Workbook_rows_carry_the_comparison_the_data_holds()
    {
        var rows = new[] { Month("A", 2025, 1, 40, 60), Month("A", 2025, 2, 50, 50, comparison: 1) };
        var path = Sheets.WorkbookFiles.Write(new WorkbookOptions { Capacity = 5, Settings = new KpiSettings { GrowthBasis = GrowthBasis.PreviousPeriod } }, rows);
        KpiWorkbook.Read(path).Records.Select(r => r.ComparisonRevenue).Should().Equal(null, 100m);
    }

    [Fact]
    public async System.Threading.Tasks.Task Rows_that_arrive_asynchronously_take_the_same_comparison_revenue()
    {
        var rows = new[] { Month("A", 2024, 3, 40, 60), Month("B", 2025, 2, 10, 10), Month("A", 2025, 3, 50, 50, comparison: 1) };
        async System.Collections.Generic.IAsyncEnumerable<SalesRecord> Arriving()
        {
            foreach (var row in rows)
            {
                await System.Threading.Tasks.Task.Yield();
                yield return row;
            }
        }

        var read = new System.Collections.Generic.List<SalesRecord>();
        await foreach (var row in Arriving().WithComparisonRevenueFromData(new KpiSettings()))
        {
            read.Add(row);
        }

        read.Select(r => r.ComparisonRevenue).Should().Equal(null, null, 100m);
    }
}
