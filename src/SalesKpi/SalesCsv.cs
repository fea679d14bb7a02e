using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using SalesKpi.Csv;

namespace SalesKpi;

/// <summary>
/// Reads sales records from a CSV export such as a CRM gives: one row per rep and period, columns
/// named by the catalog's field names or the workbook's English or Spanish titles, in any order,
/// matched without regard to case. Text stays text exactly as written.
/// </summary>
public static class SalesCsv
{
    /// <summary>Reads records lazily, one row at a time; the reader is read to its end and not disposed.</summary>
    /// <exception cref="InvalidDataException">The header lacks a required column, or names one twice.</exception>
    /// <exception cref="SalesDataException">A value cannot be read; the message names the row, the column and the value.</exception>
    public static IEnumerable<SalesRecord> Read(TextReader reader, CsvOptions? options = null)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        return CsvRecordReader.Read(reader, options ?? new CsvOptions());
    }

    /// <summary>Reads records lazily from a file (UTF-8, with or without a byte order mark).</summary>
    public static IEnumerable<SalesRecord> Read(string path, CsvOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The path is empty.", nameof(path));
        }

        return ReadFile(path, options ?? new CsvOptions());
    }

    private static IEnumerable<SalesRecord> ReadFile(string path, CsvOptions options)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        foreach (var record in CsvRecordReader.Read(reader, options))
        {
            yield return record;
        }
    }
}
