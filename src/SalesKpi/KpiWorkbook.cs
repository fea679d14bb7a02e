using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SalesKpi.Sheets;

namespace SalesKpi;

/// <summary>
/// Writes KPI workbooks: a dashboard, a data table, the KPIs per row, settings and instructions, all
/// live formulas derived from the catalog, each carrying its value. Rows stream through once and are
/// never all held in memory. Stateless and safe to call from many threads at once.
/// </summary>
public static class KpiWorkbook
{
    private const int CopyBuffer = 81920;

    /// <summary>Writes a workbook to a stream: blank, or with <paramref name="data"/> in its data table.</summary>
    /// <param name="output">Where the workbook goes. It is not disposed, need not seek, and receives nothing if anything fails.</param>
    /// <param name="options">What the workbook holds. Default: English, all 21 KPIs, room for 1,000 rows.</param>
    /// <param name="data">Rows for the data table, read once, or <see langword="null"/> for a blank calculator.</param>
    /// <exception cref="ArgumentException">An option is invalid (the message names it), or there are more rows than a sheet holds.</exception>
    /// <exception cref="SalesDataException">A data row holds an invalid value; the message names the row, field and value.</exception>
    public static void Write(Stream output, WorkbookOptions? options = null, IEnumerable<SalesRecord>? data = null)
    {
        CheckWritable(output);
        options = Checked(options);
        using var buffer = Built(file => WorkbookWriter.Write(file, options, Watched(data ?? Array.Empty<SalesRecord>(), options.Progress, CancellationToken.None)));
        buffer.CopyTo(output, CopyBuffer);
        output.Flush();
    }

    /// <summary>
    /// Writes a workbook to a stream; see <see cref="Write(Stream, WorkbookOptions?, IEnumerable{SalesRecord}?)"/>.
    /// The token is checked before each row; the finished workbook is copied out asynchronously.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; the stream received nothing.</exception>
    public static async Task WriteAsync(Stream output, WorkbookOptions? options = null, IEnumerable<SalesRecord>? data = null, CancellationToken cancellationToken = default)
    {
        CheckWritable(output);
        options = Checked(options);
        using var buffer = Built(file => WorkbookWriter.Write(file, options, Watched(data ?? Array.Empty<SalesRecord>(), options.Progress, cancellationToken)));
        await buffer.CopyToAsync(output, CopyBuffer, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a workbook to a stream from rows that arrive asynchronously (a database reader, an
    /// upload being parsed); see <see cref="Write(Stream, WorkbookOptions?, IEnumerable{SalesRecord}?)"/>.
    /// Each row is awaited, the token checked before it, and kept in a temporary file, so no thread
    /// waits on the source and the rows are never all in memory; the workbook is built from that file
    /// once the last row is in, and copied out asynchronously.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; the stream received nothing.</exception>
    public static async Task WriteAsync(Stream output, WorkbookOptions? options, IAsyncEnumerable<SalesRecord> data, CancellationToken cancellationToken = default)
    {
        CheckWritable(output);
        options = Checked(options);
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        using var rows = await RowStore.TakeAsync(data, cancellationToken).ConfigureAwait(false);
        using var buffer = Built(file => WorkbookWriter.Write(file, options, Watched(rows.Records(), options.Progress, cancellationToken)));
        await buffer.CopyToAsync(output, CopyBuffer, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a workbook to a file. The file appears whole or not at all.</summary>
    public static void Write(string path, WorkbookOptions? options = null, IEnumerable<SalesRecord>? data = null)
    {
        options = Checked(options);
        WriteFile(path, file => WorkbookWriter.Write(file, options, Watched(data ?? Array.Empty<SalesRecord>(), options.Progress, CancellationToken.None)));
    }

    /// <summary>
    /// Fills a calculator (a KPI workbook from this library, blank or customised in Excel or LibreOffice)
    /// with <paramref name="data"/>. Its settings, targets, lists and dashboard selection are the
    /// calculator's; the data table and KPI rows grow to fit the data, and so do the names, validations,
    /// formats, formulas and charts that cover them. Everything else (added sheets, pictures, charts,
    /// colours) comes through unchanged. Formula cells get computed values where they are the library's
    /// own; the workbook asks programs to recalculate on open.
    /// </summary>
    /// <param name="calculator">The calculator, read once; it is not disposed and need not seek.</param>
    /// <param name="output">Where the filled workbook goes. It is not disposed and receives nothing if anything fails.</param>
    /// <param name="options">The catalog and progress. Default (<see langword="null"/>): the default catalog, no progress.</param>
    /// <param name="data">The rows, read once; they replace any rows the calculator's data table holds.</param>
    /// <exception cref="ArgumentException">An option is invalid, or the calculator's lists have no room for the data's teams, locations or reps.</exception>
    /// <exception cref="InvalidDataException">The calculator is not a readable workbook made by this library.</exception>
    /// <exception cref="SalesDataException">A data row holds an invalid value; the message names the row, field and value.</exception>
    public static void Fill(Stream calculator, Stream output, FillOptions? options, IEnumerable<SalesRecord> data)
    {
        CheckWritable(output);
        options = Checked(options);
        CheckFillInput(calculator, data);
        using var copy = Seekable(calculator);
        using var buffer = Filled(copy ?? calculator, options, data, CancellationToken.None);
        buffer.CopyTo(output, CopyBuffer);
        output.Flush();
    }

    /// <summary>
    /// Fills a calculator; see <see cref="Fill(Stream, Stream, FillOptions?, IEnumerable{SalesRecord})"/>.
    /// The token is checked before each row; the filled workbook is copied out asynchronously.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; the stream received nothing.</exception>
    public static async Task FillAsync(Stream calculator, Stream output, FillOptions? options, IEnumerable<SalesRecord> data, CancellationToken cancellationToken = default)
    {
        CheckWritable(output);
        options = Checked(options);
        CheckFillInput(calculator, data);
        using var copy = await SeekableAsync(calculator, cancellationToken).ConfigureAwait(false);
        using var buffer = Filled(copy ?? calculator, options, data, cancellationToken);
        await buffer.CopyToAsync(output, CopyBuffer, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Fills a calculator from rows that arrive asynchronously; see
    /// <see cref="Fill(Stream, Stream, FillOptions?, IEnumerable{SalesRecord})"/> and, for how the rows
    /// are taken, <see cref="WriteAsync(Stream, WorkbookOptions?, IAsyncEnumerable{SalesRecord}, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; the stream received nothing.</exception>
    public static async Task FillAsync(Stream calculator, Stream output, FillOptions? options, IAsyncEnumerable<SalesRecord> data, CancellationToken cancellationToken = default)
    {
        CheckWritable(output);
        options = Checked(options);
        if (calculator is null)
        {
            throw new ArgumentNullException(nameof(calculator));
        }

        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        using var copy = await SeekableAsync(calculator, cancellationToken).ConfigureAwait(false);
        using var rows = await RowStore.TakeAsync(data, cancellationToken).ConfigureAwait(false);
        using var buffer = Filled(copy ?? calculator, options, rows.Records(), cancellationToken);
        await buffer.CopyToAsync(output, CopyBuffer, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fills a calculator file into another file, which appears whole or not at all; see <see cref="Fill(Stream, Stream, FillOptions?, IEnumerable{SalesRecord})"/>.</summary>
    public static void Fill(string calculatorPath, string outputPath, FillOptions? options, IEnumerable<SalesRecord> data)
    {
        options = Checked(options);
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        using var calculator = new FileStream(CheckPath(calculatorPath), FileMode.Open, FileAccess.Read, FileShare.Read);
        using var buffer = Filled(calculator, options, data, CancellationToken.None);
        WriteFile(outputPath, file => buffer.CopyTo(file, CopyBuffer));
    }

    /// <summary>
    /// Reads the data table of a KPI workbook back: this library's, one a person edited, or one another
    /// program re-saved. Cells that do not read as their field expects come back as problems, never as zeros.
    /// </summary>
    /// <exception cref="SalesDataException">
    /// The file is not a readable .xlsx (damaged, cut short, failing its checksums), has no data sheet, or
    /// has a part beyond its limit (a worksheet past 6 GiB, any other part past 1 GiB, a zip bomb); the
    /// problem names the part. Bad cells are no exception: they come back in <see cref="WorkbookData.Problems"/>.
    /// </exception>
    /// <param name="path">The workbook.</param>
    /// <param name="options">The catalog. Default (<see langword="null"/>): the default catalog.</param>
    public static WorkbookData Read(string path, ReadOptions? options = null)
    {
        options = Checked(options);
        using var file = new FileStream(CheckPath(path), FileMode.Open, FileAccess.Read, FileShare.Read);
        return SalesKpi.Read.WorkbookDataReader.Read(file, options.Catalog);
    }

    /// <summary>Reads the data table of a KPI workbook from a stream, which is not disposed; see <see cref="Read(string, ReadOptions?)"/>.</summary>
    public static WorkbookData Read(Stream input, ReadOptions? options = null)
    {
        options = Checked(options);
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        using var copy = Seekable(input);
        return SalesKpi.Read.WorkbookDataReader.Read(copy ?? input, options.Catalog);
    }

    /// <summary>
    /// Reads the data table of a KPI workbook from a stream, which is not disposed; see <see cref="Read(string, ReadOptions?)"/>.
    /// The stream is copied into a temporary file asynchronously and read from there, so no thread waits on it.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<WorkbookData> ReadAsync(Stream input, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = Checked(options);
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        using var copy = await CopiedAsync(input, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return SalesKpi.Read.WorkbookDataReader.Read(copy, options.Catalog);
    }

    /// <summary>The calculator filled into a temporary file; <paramref name="calculator"/> can seek.</summary>
    private static FileStream Filled(Stream calculator, FillOptions options, IEnumerable<SalesRecord> data, CancellationToken cancellationToken)
    {
        var rows = Watched(data, options.Progress, cancellationToken);
        return Built(file => Filling.TemplateFiller.Fill(calculator, file, options.Catalog, rows, Path.GetTempFileName()));
    }

    private static void CheckFillInput(Stream calculator, IEnumerable<SalesRecord> data)
    {
        if (calculator is null)
        {
            throw new ArgumentNullException(nameof(calculator));
        }

        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }
    }

    /// <summary>
    /// A zip is read from its end: a stream that cannot seek is copied into a temporary file first.
    /// <see langword="null"/> when <paramref name="input"/> can seek as it is.
    /// </summary>
    private static FileStream? Seekable(Stream input)
    {
        if (input.CanSeek)
        {
            return null;
        }

        var copy = TemporaryFile();
        try
        {
            input.CopyTo(copy, CopyBuffer);
            copy.Position = 0;
            return copy;
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    /// <summary>The input copied into a temporary file asynchronously, so that reading it afterwards never waits on the caller's stream.</summary>
    private static async Task<FileStream> CopiedAsync(Stream input, CancellationToken cancellationToken)
    {
        var copy = TemporaryFile();
        try
        {
            await input.CopyToAsync(copy, CopyBuffer, cancellationToken).ConfigureAwait(false);
            copy.Position = 0;
            return copy;
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    /// <summary>Like <see cref="Seekable"/>, copying asynchronously.</summary>
    private static async Task<FileStream?> SeekableAsync(Stream input, CancellationToken cancellationToken) =>
        input.CanSeek ? null : await CopiedAsync(input, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The rows as the writer takes them: the token checked before each, and progress told every
    /// <see cref="WorkbookProgress.ReportEvery"/> rows and once at the end. The writer asks for the
    /// next row only once it has written the one before.
    /// </summary>
    private static IEnumerable<SalesRecord> Watched(IEnumerable<SalesRecord> rows, IProgress<WorkbookProgress>? progress, CancellationToken cancellationToken)
    {
        var written = 0L;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
            written++;
            if (progress is not null && written % WorkbookProgress.ReportEvery == 0)
            {
                progress.Report(new WorkbookProgress { RowsWritten = written });
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new WorkbookProgress { RowsWritten = written, AllRowsWritten = true });
    }

    /// <summary>A workbook built into a temporary file, rewound, so a failure leaves the caller's stream untouched.</summary>
    private static FileStream Built(Action<Stream> build)
    {
        var buffer = TemporaryFile();
        try
        {
            build(buffer);
            buffer.Position = 0;
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static void WriteFile(string path, Action<Stream> write)
    {
        var full = CheckPath(path);
        var temp = TempPathBeside(full);
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(file);
            }

            MoveIntoPlace(temp, full);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static WorkbookOptions Checked(WorkbookOptions? options)
    {
        options ??= new WorkbookOptions();
        options.Validate();
        return options;
    }

    private static ReadOptions Checked(ReadOptions? options)
    {
        options ??= new ReadOptions();
        if (options.Catalog is null)
        {
            throw new ArgumentException("ReadOptions.Catalog must not be null.", nameof(options));
        }

        return options;
    }

    private static FillOptions Checked(FillOptions? options)
    {
        options ??= new FillOptions();
        if (options.Catalog is null)
        {
            throw new ArgumentException("FillOptions.Catalog must not be null.", nameof(options));
        }

        return options;
    }

    /// <summary>Where a workbook is built before it reaches a caller's stream, so a failure leaves the stream untouched.</summary>
    private static FileStream TemporaryFile() =>
        new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, CopyBuffer, FileOptions.DeleteOnClose);

    private static void CheckWritable(Stream output)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }
    }

    private static string CheckPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The path is empty.", nameof(path));
        }

        return Path.GetFullPath(path);
    }

    private static string TempPathBeside(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? ".", "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");

    private static void MoveIntoPlace(string temp, string path)
    {
        if (File.Exists(path))
        {
            File.Replace(temp, path, null);
        }
        else
        {
            File.Move(temp, path);
        }
    }
}
