using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SalesKpi.Build;
using SalesKpi.Calculation;

namespace SalesKpi;

/// <summary>
/// Writes KPI workbooks: a dashboard, a data table, the KPIs per row, settings and instructions, all
/// live formulas derived from the catalog. Stateless and safe to call from many threads at once.
/// </summary>
public static class KpiWorkbook
{
    /// <summary>Writes a workbook to a stream: blank, or with <paramref name="data"/> typed into its data table.</summary>
    /// <param name="output">Where the workbook goes. It is not disposed, need not seek, and receives nothing if anything fails.</param>
    /// <param name="options">What the workbook holds. Default: English, all 21 KPIs, room for 1,000 rows.</param>
    /// <param name="data">Rows to type into the data table, or <see langword="null"/> for a blank calculator.</param>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    /// <exception cref="SalesDataException">A data row holds an invalid value; the message names the row, field and value.</exception>
    public static void Write(Stream output, WorkbookOptions? options = null, IEnumerable<SalesRecord>? data = null)
    {
        CheckWritable(output);
        using var buffer = Build(options, data);
        buffer.CopyTo(output);
        output.Flush();
    }

    /// <summary>Writes a workbook to a stream asynchronously; see <see cref="Write(Stream, WorkbookOptions?, IEnumerable{SalesRecord}?)"/>.</summary>
    public static async Task WriteAsync(Stream output, WorkbookOptions? options = null, IEnumerable<SalesRecord>? data = null, CancellationToken cancellationToken = default)
    {
        CheckWritable(output);
        using var buffer = Build(options, data);
        await buffer.CopyToAsync(output, 81920, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a workbook to a file. The file appears whole or not at all.</summary>
    public static void Write(string path, WorkbookOptions? options = null, IEnumerable<SalesRecord>? data = null)
    {
        var full = CheckPath(path);
        using var buffer = Build(options, data);
        ReplaceFile(full, temp =>
        {
            using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            buffer.CopyTo(file);
        });
    }

    /// <summary>Writes a workbook to a file asynchronously. The file appears whole or not at all.</summary>
    public static async Task WriteAsync(string path, WorkbookOptions? options = null, IEnumerable<SalesRecord>? data = null, CancellationToken cancellationToken = default)
    {
        var full = CheckPath(path);
        using var buffer = Build(options, data);
        var temp = TempPath(full);
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await buffer.CopyToAsync(file, 81920, cancellationToken).ConfigureAwait(false);
            }

            MoveIntoPlace(temp, full);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Builds the whole workbook in memory first, so a failure leaves the caller's stream or file untouched.</summary>
    private static MemoryStream Build(WorkbookOptions? options, IEnumerable<SalesRecord>? data)
    {
        options ??= new WorkbookOptions();
        options.Validate();
        var rows = data is null ? new List<SalesRecord>() : RecordValidator.Checked(data, distinctPeriods: true);
        if (rows.Count > WorkbookOptions.MaxCapacity)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"{rows.Count:N0} data rows do not fit in a worksheet; the most is {WorkbookOptions.MaxCapacity:N0}."),
                nameof(data));
        }

        var buffer = new MemoryStream();
        WorkbookWriter.Write(buffer, new BuildContext(options, rows));
        buffer.Position = 0;
        return buffer;
    }

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

    private static void ReplaceFile(string path, Action<string> write)
    {
        var temp = TempPath(path);
        try
        {
            write(temp);
            MoveIntoPlace(temp, path);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static string TempPath(string path) =>
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
