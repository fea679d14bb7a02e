using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using SalesKpi.Catalog;

namespace SalesKpi.Csv;

/// <summary>Turns CSV rows into records, field by field, with errors that name row, column and value.</summary>
internal static class CsvRecordReader
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");
    private static readonly InputField[] Required = { InputFields.PeriodStart, InputFields.PeriodEnd, InputFields.RepId };

    public static IEnumerable<SalesRecord> Read(TextReader reader, CsvOptions options)
    {
        var header = reader.ReadLine() ?? throw new InvalidDataException("The CSV file is empty: it needs a header line.");
        var delimiter = options.Delimiter ?? Detect(header);
        var culture = options.Culture ?? (delimiter == ';' ? Spanish : CultureInfo.InvariantCulture);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = false,
            TrimOptions = TrimOptions.None,
            BadDataFound = null,
            DetectColumnCountChanges = false,
        };

        using var headerParser = new CsvParser(new StringReader(header), configuration);
        headerParser.Read();
        var columns = Columns(headerParser.Record ?? Array.Empty<string>());
        using var parser = new CsvParser(reader, configuration, leaveOpen: true);
        var number = 0;
        while (parser.Read())
        {
            number++;
            var values = parser.Record ?? Array.Empty<string>();
            if (values.All(string.IsNullOrEmpty))
            {
                number--;
                continue; // a blank line is no row
            }

            yield return Record(values, columns, number, culture);
        }
    }

    /// <summary>The delimiter the header uses most: comma, semicolon or tab.</summary>
    private static char Detect(string header) =>
        new[] { ',', ';', '\t' }.OrderByDescending(c => header.Count(h => h == c)).First();

    private static InputField?[] Columns(string[] names)
    {
        var columns = names.Select(InputFields.ByHeader).ToArray();
        foreach (var field in InputField.All)
        {
            var count = columns.Count(c => c == field);
            if (count > 1)
            {
                throw new InvalidDataException($"The CSV header names the column {field.Name} {count} times.");
            }
        }

        foreach (var field in Required.Where(f => !columns.Contains(f)))
        {
            throw new InvalidDataException(
                $"The CSV header has no column {field.Name} (or \"{field.Title.English}\", \"{field.Title.Spanish}\"). Its columns are: {string.Join(", ", names)}.");
        }

        return columns;
    }

    private static SalesRecord Record(string[] values, InputField?[] columns, int number, CultureInfo culture)
    {
        var text = new Dictionary<InputField, string>();
        for (var i = 0; i < columns.Length && i < values.Length; i++)
        {
            if (columns[i] is { } field && values[i].Length > 0)
            {
                text[field] = values[i];
            }
        }

        string? Text(InputField field) => text.TryGetValue(field, out var value) ? value : null;
        return RecordBuilder.Build(
            field => ParseDate(field, Text(field), number, culture),
            Text,
            field => field.Type == FieldType.Integer ? ParseCount(field, Text(field), number, culture) : ParseNumber(field, Text(field), number, culture));
    }

    private static decimal? ParseNumber(InputField field, string? text, int number, CultureInfo culture)
    {
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text.Trim(), NumberStyles.Number, culture, out var value)
            ? value
            : throw SalesDataException.ForRecord(number, field.Name, text, $"It is not a number as {Describe(culture)} writes numbers.");
    }

    private static int? ParseCount(InputField field, string? text, int number, CultureInfo culture)
    {
        var value = ParseNumber(field, text, number, culture);
        if (value is not { } count)
        {
            return null;
        }

        return count == decimal.Truncate(count) && count >= int.MinValue && count <= int.MaxValue
            ? (int)count
            : throw SalesDataException.ForRecord(number, field.Name, text, "Counts are whole numbers.");
    }

    private static DateTime ParseDate(InputField field, string? text, int number, CultureInfo culture)
    {
        if (text is null)
        {
            throw SalesDataException.ForRecord(number, field.Name, "", "Every row needs its period's dates.");
        }

        var formats = new[] { "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", culture.DateTimeFormat.ShortDatePattern };
        return DateTime.TryParseExact(text.Trim(), formats, culture, DateTimeStyles.None, out var date)
            ? date
            : throw SalesDataException.ForRecord(number, field.Name, text, $"It is not a date: write 2025-01-31 or as {Describe(culture)} writes dates.");
    }

    private static string Describe(CultureInfo culture) => culture.Name.Length == 0 ? "the invariant culture" : culture.Name;
}
