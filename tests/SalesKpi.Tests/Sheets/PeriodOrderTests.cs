using System.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

/// <summary>
/// A CRM export seldom comes sorted: the workbook shows the rows in period order, so that each
/// period's sums read one block of rows, and keeps the export's order within a period.
/// </summary>
public class PeriodOrderTests
{
    [Fact]
    public void Rows_out_of_period_order_are_written_in_period_order_keeping_their_order_within_a_period()
    {
        var set = Datasets.Shuffled(Datasets.Create(5));
        set.Records.Select(r => r.PeriodStart).Should().NotBeInAscendingOrder("the rows come shuffled");
        var path = WorkbookFiles.Write(set.Options, set.Records);

        var read = KpiWorkbook.Read(path);

        read.Problems.Should().BeEmpty();
        read.Records.Select(r => (r.PeriodStart, r.RepId)).Should().Equal(set.Records.OrderBy(r => r.PeriodStart).Select(r => (r.PeriodStart, r.RepId)));
    }

    [Fact]
    public void Rows_in_period_order_keep_their_order()
    {
        var records = SampleData.Create().OrderBy(r => r.PeriodStart).ThenByDescending(r => r.RepId, System.StringComparer.Ordinal).ToList();
        var path = WorkbookFiles.Write(new WorkbookOptions(), records);

        KpiWorkbook.Read(path).Records.Select(r => (r.PeriodStart, r.RepId)).Should().Equal(records.Select(r => (r.PeriodStart, r.RepId)));
    }
}
