using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

public class WorkbookApiTests
{
    private static readonly WorkbookOptions Small = new() { Capacity = 20 };

    [Fact]
    public void Same_options_give_the_same_bytes()
    {
        WorkbookFiles.Bytes(Small).Should().Equal(WorkbookFiles.Bytes(Small));
        var dated = Small with { DocumentDate = new DateTime(2026, 1, 31) };
        WorkbookFiles.Bytes(dated).Should().Equal(WorkbookFiles.Bytes(dated));
        WorkbookFiles.Bytes(dated).Should().NotEqual(WorkbookFiles.Bytes(Small));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("es-ES")]
    public void Bytes_do_not_depend_on_the_thread_culture(string culture)
    {
        var invariant = WorkbookFiles.Bytes(Small, SampleData.Create().Take(30));
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        try
        {
            WorkbookFiles.Bytes(Small, SampleData.Create().Take(30)).Should().Equal(invariant);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task Async_write_gives_the_same_bytes_and_leaves_the_stream_open()
    {
        using var stream = new MemoryStream();
        await KpiWorkbook.WriteAsync(stream, Small);
        stream.CanWrite.Should().BeTrue("the caller's stream is the caller's to dispose");
        stream.ToArray().Should().Equal(WorkbookFiles.Bytes(Small));
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek()
    {
        using var inner = new MemoryStream();
        using var stream = new ForwardOnlyStream(inner);
        KpiWorkbook.Write(stream, Small);
        inner.ToArray().Should().Equal(WorkbookFiles.Bytes(Small));
    }

    [Fact]
    public void Bad_data_leaves_the_stream_untouched_and_names_row_field_and_value()
    {
        using var stream = new MemoryStream();
        var rows = SampleData.Create().Take(5).ToList();
        rows[3] = rows[3] with { DealsWon = -4 };

        var act = () => KpiWorkbook.Write(stream, Small, rows);

        act.Should().Throw<SalesDataException>().Where(e => e.Problems[0].Where == "record 4" && e.Problems[0].Field == "DealsWon" && e.Problems[0].Value == "-4");
        stream.Length.Should().Be(0);
    }

    [Fact]
    public void Bad_data_leaves_no_file_and_keeps_an_existing_one()
    {
        var path = Path.Combine(Scratch.NewFolder("api"), "kpis.xlsx");
        var bad = new[] { new SalesRecord { RepId = "" } };

        var act = () => KpiWorkbook.Write(path, Small, bad);
        act.Should().Throw<SalesDataException>();
        File.Exists(path).Should().BeFalse();

        KpiWorkbook.Write(path, Small);
        var before = File.ReadAllBytes(path);
        act.Should().Throw<SalesDataException>();
        File.ReadAllBytes(path).Should().Equal(before);
        Directory.GetFiles(Path.GetDirectoryName(path)!).Should().ContainSingle("no temporary file is left behind");
    }

    [Fact]
    public void Write_to_a_path_replaces_the_file_whole()
    {
        var path = Path.Combine(Scratch.NewFolder("api"), "kpis.xlsx");
        File.WriteAllText(path, "old");
        KpiWorkbook.Write(path, Small);
        File.ReadAllBytes(path).Should().Equal(WorkbookFiles.Bytes(Small));
    }

    [Fact]
    public void Many_threads_at_once_each_get_the_same_workbook()
    {
        var expected = WorkbookFiles.Bytes(Small, SampleData.Create().Take(40));
        var results = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(8)
            .Select(_ => WorkbookFiles.Bytes(Small, SampleData.Create().Take(40))).ToList();
        results.Should().AllSatisfy(bytes => bytes.Should().Equal(expected));
    }

    public static TheoryData<WorkbookOptions, string> BadOptions => new()
    {
        { new WorkbookOptions { Capacity = 0 }, "WorkbookOptions.Capacity must be between 1 and 1,048,575 rows, not 0*" },
        { new WorkbookOptions { Capacity = 2_000_000 }, "WorkbookOptions.Capacity must be between*not 2000000*" },
        { new WorkbookOptions { Password = "" }, "WorkbookOptions.Password must be 1 to 255 characters*" },
        { new WorkbookOptions { Title = new string('x', 201) }, "WorkbookOptions.Title must be at most 200 characters*" },
        { new WorkbookOptions { Teams = ["A", " "] }, "WorkbookOptions.Teams has an empty entry*" },
        { new WorkbookOptions { Selection = new DashboardSelection { Scope = ScopeKind.Team } }, "WorkbookOptions.Selection.ScopeValue must name the team to show*" },
        { new WorkbookOptions { Settings = new KpiSettings { CloseBand = 2 } }, "KpiSettings.CloseBand must be between 0 and 1, not 2*" },
        { new WorkbookOptions { Language = (Language)7 }, "WorkbookOptions.Language 7 is not defined*" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_option_is_refused_before_anything_is_written(WorkbookOptions options, string message)
    {
        using var stream = new MemoryStream();
        var act = () => KpiWorkbook.Write(stream, options);
        act.Should().Throw<ArgumentException>().WithMessage(message);
        stream.Length.Should().Be(0);
    }

    [Fact]
    public void Data_grows_the_capacity_and_fills_the_lists()
    {
        var rows = SampleData.Create();
        using var workbook = new XlsxReader(WorkbookFiles.Write(new WorkbookOptions { Capacity = 10 }, rows));
        workbook.Names["Data_RepId"].Should().EndWith($"$C$2:$C${rows.Count + 1}");
        var (sheet, first) = XlsxReader.Resolve(workbook.Names["List_Locations"].Split(':')[0]);
        var row = SheetXml.Parse(first).Row;
        var locations = Enumerable.Range(0, 5).Select(i => workbook.Cell(sheet, $"B{row + i}").Text);
        locations.Should().Equal("Madrid", "Barcelona", "Valencia", "Sevilla", null);
    }

    [Fact]
    public void More_reps_than_the_default_room_all_reach_the_lists()
    {
        var rows = Enumerable.Range(0, 600).Select(i => new SalesRecord
        {
            RepId = "R" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            PeriodStart = new DateTime(2025, 1, 1),
            PeriodEnd = new DateTime(2025, 1, 31),
            DealsWon = i % 7,
        });
        using var workbook = new XlsxReader(WorkbookFiles.Write(new WorkbookOptions { Capacity = 5 }, rows));

        workbook.Names["List_Reps"].Should().EndWith("$C$" + (SheetXml.Parse(XlsxReader.Resolve(workbook.Names["List_Reps"].Split(':')[0]).Address).Row + 599));
        var (sheet, first) = XlsxReader.Resolve(workbook.Names["List_Reps"].Split(':')[0]);
        workbook.Cell(sheet, "C" + (SheetXml.Parse(first).Row + 599)).Text.Should().Be("R599");
        workbook.Names["Calc_ScopeOptions"].Should().EndWith("$I$601", "the dashboard's scope list has a row for each rep");
    }

    [Fact]
    public void Progress_is_told_every_thousand_rows_and_once_when_all_are_in_without_changing_the_bytes()
    {
        var rows = Rows(2_500);
        var reports = new Reports();

        var bytes = WorkbookFiles.Bytes(Small with { Progress = reports }, rows);

        reports.Seen.Should().Equal(
            new WorkbookProgress { RowsWritten = 1_000 },
            new WorkbookProgress { RowsWritten = 2_000 },
            new WorkbookProgress { RowsWritten = 2_500, AllRowsWritten = true });
        bytes.Should().Equal(WorkbookFiles.Bytes(Small, rows));
    }

    [Fact]
    public void Fill_tells_its_progress_through_its_options()
    {
        var calculator = new MemoryStream(WorkbookFiles.Bytes(Small));
        var reports = new Reports();
        using var output = new MemoryStream();

        KpiWorkbook.Fill(calculator, output, new FillOptions { Progress = reports }, Rows(1_200));

        reports.Seen.Should().Equal(
            new WorkbookProgress { RowsWritten = 1_000 },
            new WorkbookProgress { RowsWritten = 1_200, AllRowsWritten = true });
        KpiWorkbook.Read(new MemoryStream(output.ToArray())).Records.Should().HaveCount(1_200);
    }

    [Fact]
    public async Task A_cancelled_write_stops_at_the_next_row_and_writes_nothing()
    {
        using var cancel = new System.Threading.CancellationTokenSource();
        var taken = 0;
        IEnumerable<SalesRecord> Source()
        {
            foreach (var row in Rows(1_000))
            {
                if (++taken == 10)
                {
                    cancel.Cancel();
                }

                yield return row;
            }
        }

        using var output = new MemoryStream();
        var write = () => KpiWorkbook.WriteAsync(output, Small, Source(), cancel.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        taken.Should().Be(10, "the token is checked before each row");
        output.Length.Should().Be(0);
    }

    [Fact]
    public async Task Rows_that_arrive_asynchronously_give_the_same_workbook_as_the_same_rows_in_a_list()
    {
        // Blank optional fields and text that looks like a number must come through as they were.
        var rows = Rows(300).Select((r, i) => i % 3 == 0 ? r with { RepName = null, GrossProfit = null, CallsMade = null, Location = "0012" } : r).ToList();
        using var output = new MemoryStream();

        await KpiWorkbook.WriteAsync(output, Small, Arriving(rows));

        output.ToArray().Should().Equal(WorkbookFiles.Bytes(Small, rows));
    }

    [Fact]
    public async Task An_asynchronous_source_is_cancelled_at_the_next_row_and_nothing_is_written()
    {
        using var cancel = new System.Threading.CancellationTokenSource();
        var taken = 0;
        async IAsyncEnumerable<SalesRecord> Source()
        {
            foreach (var row in Rows(1_000))
            {
                await Task.Yield();
                if (++taken == 10)
                {
                    cancel.Cancel();
                }

                yield return row;
            }
        }

        using var output = new MemoryStream();
        var write = () => KpiWorkbook.WriteAsync(output, Small, Source(), cancel.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        taken.Should().Be(10, "the token is checked before each row");
        output.Length.Should().Be(0);
    }

    [Fact]
    public async Task Fill_and_read_asynchronously_from_streams_that_cannot_seek()
    {
        var rows = Rows(120);
        using var calculator = new ForwardOnlyStream(new MemoryStream(WorkbookFiles.Bytes(Small)));
        using var filled = new MemoryStream();

        await KpiWorkbook.FillAsync(calculator, filled, null, Arriving(rows));
        var read = await KpiWorkbook.ReadAsync(new ForwardOnlyStream(new MemoryStream(filled.ToArray())));

        read.Problems.Should().BeEmpty();
        read.Records.Should().Equal(KpiWorkbook.Read(new MemoryStream(filled.ToArray())).Records);
        read.Records.Select(r => r.RepId).Should().Equal(rows.Select(r => r.RepId));
    }

    [Fact]
    public async Task A_bad_row_from_an_asynchronous_source_is_named_and_nothing_is_written()
    {
        var rows = Rows(20).Select((r, i) => i == 6 ? r with { DealsWon = -2 } : r).ToList();
        using var output = new MemoryStream();

        var write = () => KpiWorkbook.WriteAsync(output, Small, Arriving(rows));

        (await write.Should().ThrowAsync<SalesDataException>()).WithMessage("*Record 7*DealsWon*-2*");
        output.Length.Should().Be(0);
    }

    private static async IAsyncEnumerable<SalesRecord> Arriving(IEnumerable<SalesRecord> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    private static List<SalesRecord> Rows(int count) =>
        Enumerable.Range(0, count).Select(i => Some.Record(new Random(i), $"R{i % 40:D2}", Some.January.AddMonths(i / 40))).ToList();

    /// <summary>Keeps each report as it comes, on the writing thread.</summary>
    private sealed class Reports : IProgress<WorkbookProgress>
    {
        public List<WorkbookProgress> Seen { get; } = [];

        public void Report(WorkbookProgress value) => Seen.Add(value);
    }
}
