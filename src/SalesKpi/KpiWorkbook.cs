using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SalesKpi.Build;

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
        using var buffer = TemporaryFile();
        WorkbookWriter.Write(buffer, options, data ?? Array.Empty<SalesRecord>());
        buffer.Position = 0;
        buffer.CopyTo(output, CopyBuffer);
        output.Flush();
    }

    /// <summary>Writes a workbook to a stream, copying it out asynchronously; see <see cref="Write(Stream, WorkbookOptions?, IEnumerable{SalesRecord}?)"/>.</summary>
    public static async Task WriteAsync(Stream output, WorkbookOptions? options = null, IEnumerable<SalesRecord>? data = null, CancellationToken cancellationToken = default)
    {
        CheckWritable(output);
        options = Checked(options);
        using var buffer = TemporaryFile();
        WorkbookWriter.Write(buffer, options, data ?? Array.Empty<SalesRecord>());
        buffer.Position = 0;
        await buffer.CopyToAsync(output, CopyBuffer, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a workbook to a file. The file appears whole or not at all.</summary>
    public static void Write(string path, WorkbookOptions? options = null, IEnumerable<SalesRecord>? data = null)
    {
        var full = CheckPath(path);
        options = Checked(options);
        var temp = TempPathBeside(full);
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                WorkbookWriter.Write(file, options, data ?? Array.Empty<SalesRecord>());
            }

            MoveIntoPlace(temp, full);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Reads the data table of a KPI workbook back: this library's, one a person edited, or one another
    /// program re-saved. Cells that do not read as their field expects come back as problems, never as zeros.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a readable .xlsx, has no data sheet, or would inflate beyond 1 GiB.</exception>
    public static WorkbookData Read(string path)
    {
        using var file = new FileStream(CheckPath(path), FileMode.Open, FileAccess.Read, FileShare.Read);
        return SalesKpi.Read.WorkbookDataReader.Read(file);
    }

    /// <summary>Reads the data table of a KPI workbook from a stream, which is not disposed; see <see cref="Read(string)"/>.</summary>
    public static WorkbookData Read(Stream input)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (input.CanSeek)
        {
            return SalesKpi.Read.WorkbookDataReader.Read(input);
        }

        // A zip is read from its end: take a stream that cannot seek into a temporary file first.
        using var buffer = TemporaryFile();
        input.CopyTo(buffer, CopyBuffer);
        buffer.Position = 0;
        return SalesKpi.Read.WorkbookDataReader.Read(buffer);
    }

    private static WorkbookOptions Checked(WorkbookOptions? options)
    {
        options ??= new WorkbookOptions();
        options.Validate();
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
