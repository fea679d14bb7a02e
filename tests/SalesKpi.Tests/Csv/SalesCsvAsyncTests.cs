using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Csv;

/// <summary>An upload that arrives asynchronously, such as an HTTP request body, reads as the same file read at once.</summary>
public class SalesCsvAsyncTests
{
    private static byte[] Export(IEnumerable<SalesRecord> records) =>
        Encoding.UTF8.GetBytes(SalesCsvTests.Export(records, f => f.Name, ',', CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_stream_that_cannot_seek_reads_as_the_same_records_as_the_file()
    {
        var bytes = Export(SampleData.Create());
        using var upload = new ForwardOnlyStream(new MemoryStream(bytes));

        var read = new List<SalesRecord>();
        await foreach (var record in SalesCsv.ReadAsync(upload))
        {
            read.Add(record);
        }

        read.Should().Equal(SalesCsv.Read(new MemoryStream(bytes)));
    }

    [Fact]
    public async Task A_bad_value_is_named_by_its_line_and_column()
    {
        var csv = "RepId,PeriodStart,PeriodEnd,DealsWon\nA,2025-01-01,2025-01-31,3\nB,2025-01-01,2025-01-31,lots\n";
        using var upload = new MemoryStream(Encoding.UTF8.GetBytes(csv));

        var read = async () =>
        {
            await foreach (var _ in SalesCsv.ReadAsync(upload, new CsvOptions { AllowMissingColumns = true }))
            {
            }
        };

        (await read.Should().ThrowAsync<SalesDataException>()).Which.Problems[0]
            .Should().Match<DataProblem>(p => p.Where == "line 3, column 4" && p.Field == "DealsWon" && p.Value == "lots");
    }

    [Fact]
    public async Task A_cancelled_read_stops_before_the_next_record()
    {
        using var cancel = new CancellationTokenSource();
        using var upload = new MemoryStream(Export(SampleData.Create()));
        var taken = 0;

        var read = async () =>
        {
            await foreach (var _ in SalesCsv.ReadAsync(upload, cancellationToken: cancel.Token))
            {
                if (++taken == 5)
                {
                    cancel.Cancel();
                }
            }
        };

        await read.Should().ThrowAsync<OperationCanceledException>();
        taken.Should().Be(5);
    }
}
