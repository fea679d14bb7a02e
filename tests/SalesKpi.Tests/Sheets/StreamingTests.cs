using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SalesKpi.Tests.Sheets;

/// <summary>Rows are read once, as a stream; past the sheet's limit the write fails whole.</summary>
public class StreamingTests
{
    [Fact]
    public void Rows_are_read_once_and_in_order()
    {
        var rows = new OneShot(SampleData.Create().Take(50));
        using var stream = new MemoryStream();
        KpiWorkbook.Write(stream, new WorkbookOptions { Capacity = 10 }, rows);
        rows.Enumerations.Should().Be(1);
        stream.Length.Should().BeGreaterThan(0);
    }

    [Fact]
    public void More_rows_than_a_sheet_holds_is_a_clear_error_and_writes_nothing()
    {
        using var stream = new MemoryStream();
        var rows = SampleData.Create().Take(12);
        var act = () => SalesKpi.Sheets.WorkbookWriter.Write(stream, new WorkbookOptions { Capacity = 5 }, rows, maxRows: 10);
        act.Should().Throw<SalesDataException>().WithMessage("record 11, SalesRecord: More than 10 data rows: a worksheet holds at most 10 below its header.*");
    }

    [Fact]
    public void Bad_row_in_the_middle_of_a_stream_leaves_the_callers_stream_empty()
    {
        var rows = SampleData.Create().Select((r, i) => i == 200 ? r with { CallsMade = -1 } : r);
        using var stream = new MemoryStream();
        var act = () => KpiWorkbook.Write(stream, null, rows);
        act.Should().Throw<SalesDataException>().Where(e => e.Problems[0].Where == "record 201" && e.Problems[0].Field == "CallsMade");
        stream.Length.Should().Be(0);
    }

    private sealed class OneShot(IEnumerable<SalesRecord> rows) : IEnumerable<SalesRecord>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<SalesRecord> GetEnumerator()
        {
            Enumerations++;
            if (Enumerations > 1)
            {
                throw new InvalidOperationException("A stream of rows can be read only once.");
            }

            return rows.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
