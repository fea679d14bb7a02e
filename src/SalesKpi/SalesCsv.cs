using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using SalesKpi.Csv;

namespace SalesKpi;

/// <summary>
/// Reads sales records from a CSV export such as a CRM gives: one row per rep and period, columns
/// named by the catalog's field names or the workbook's English or Spanish titles, in any order,
/// matched without regard to case. Text stays text exactly as written. Nothing is guessed silently:
/// the encoding, the delimiter, the decimal mark and the day-month order are decided from the file
/// or refused as unclear, and every bad value, missing column or ragged row is a
/// <see cref="SalesDataException"/> whose places read "line 12" or "line 12, column 4" (the file's
/// lines, counting the header as line 1).
/// </summary>
public static class SalesCsv
{
    /// <summary>Reads records lazily from text already decoded; the reader is read to its end and not disposed.</summary>
    /// <remarks>
    /// The encoding is the reader's: text it could not decode (U+FFFD) is refused naming the line. Pass
    /// the bytes (<see cref="Read(Stream, CsvOptions?)"/>) to have the encoding detected.
    /// </remarks>
    /// <exception cref="SalesDataException">The file cannot be read as sales records; each problem names its line, column and value.</exception>
    public static IEnumerable<SalesRecord> Read(TextReader reader, CsvOptions? options = null)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        return CsvRecordReader.Read(reader, () => "text in its encoding", options ?? new CsvOptions());
    }

    /// <summary>
    /// Reads records lazily from a CSV file's bytes: UTF-8 with or without a byte order mark, UTF-16
    /// with one, or Windows-1252 (detected where the file is not valid UTF-8). The stream is read to
    /// its end and not disposed.
    /// </summary>
    /// <exception cref="SalesDataException">The file cannot be read as sales records; each problem names its line, column and value.</exception>
    public static IEnumerable<SalesRecord> Read(Stream stream, CsvOptions? options = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        return ReadBytes(stream, options ?? new CsvOptions());
    }

    /// <summary>Reads records lazily from a file, as <see cref="Read(Stream, CsvOptions?)"/> does.</summary>
    /// <exception cref="SalesDataException">The file cannot be read as sales records; each problem names its line, column and value.</exception>
    public static IEnumerable<SalesRecord> Read(string path, CsvOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The path is empty.", nameof(path));
        }

        return ReadFile(path, options ?? new CsvOptions());
    }

    /// <summary>
    /// Reads records from a CSV file's bytes that arrive asynchronously, such as an HTTP upload, as
    /// <see cref="Read(Stream, CsvOptions?)"/> does. The stream is first copied asynchronously into a
    /// scratch file, deleted when the records are done, so no thread waits on the network and memory
    /// stays bounded; the records are then parsed from that file. The stream is not disposed.
    /// </summary>
    /// <exception cref="SalesDataException">The file cannot be read as sales records; each problem names its line, column and value.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; it is checked before each record.</exception>
    public static IAsyncEnumerable<SalesRecord> ReadAsync(Stream stream, CsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        return ReadSpooled(stream, options ?? new CsvOptions(), cancellationToken);
    }

    private static async IAsyncEnumerable<SalesRecord> ReadSpooled(Stream stream, CsvOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var scratch = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await stream.CopyToAsync(scratch, 1 << 16, cancellationToken).ConfigureAwait(false);
        scratch.Position = 0;
        foreach (var record in ReadBytes(scratch, options))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }
    }

    private static IEnumerable<SalesRecord> ReadFile(string path, CsvOptions options)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        foreach (var record in ReadBytes(stream, options))
        {
            yield return record;
        }
    }

    // An iterator, so that not even the first bytes are read before the records are asked for.
    private static IEnumerable<SalesRecord> ReadBytes(Stream stream, CsvOptions options)
    {
        var decoder = new CsvDecoder(stream);
        foreach (var record in CsvRecordReader.Read(decoder, () => decoder.EncodingName, options))
        {
            yield return record;
        }
    }
}
