using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SalesKpi.Catalog;

namespace SalesKpi.Csv;

/// <summary>
/// The columns a CSV header names: each an input field, or unknown. Refuses a header that names a
/// field twice, a column close to a field name (a misspelling), and one without a column that the
/// catalog's KPIs read; warns of unknown columns, and of missing ones the caller allows.
/// </summary>
internal static class CsvHeader
{
    public static InputField?[] Columns(CsvRow header, CsvOptions options)
    {
        var names = header.Values.Select((v, i) => (i == 0 ? v.TrimStart('\uFEFF') : v).Trim()).ToArray();
        var columns = names.Select(InputFields.ByHeader).ToArray();
        var errors = new List<DataProblem>();
        var warnings = new List<DataProblem>();
        string Where(int column) => Invariant($"line {header.Line}, column {column + 1}");

        for (var i = 0; i < names.Length; i++)
        {
            if (columns[i] is { } field)
            {
                var first = Array.IndexOf(columns, field);
                if (first < i)
                {
                    errors.Add(new DataProblem(Where(i), field.Name, names[i],
                        Invariant($"The header names the column {field.Name} twice (columns {first + 1} and {i + 1}).")));
                }
            }
            else if (Closest(names[i]) is { } near)
            {
                errors.Add(new DataProblem(Where(i), "(header)", names[i], $"Unknown column: did you mean {near.Name}?"));
            }
            else
            {
                warnings.Add(new DataProblem(Where(i), "(header)", names[i],
                    "Unknown column: its values are not read. Columns are named as SalesRecord's fields or the workbook's English or Spanish titles."));
            }
        }

        var catalog = options.Catalog ?? KpiCatalog.Default;
        var where = Invariant($"line {header.Line}");
        foreach (var field in InputFields.All.Where(f => !columns.Contains(f)))
        {
            var feeds = catalog.Compiled.Where(k => k.Inputs.Contains(field)).Select(k => k.Definition.Id).ToList();
            var names3 = $"{field.Name} (or \"{field.Title.English}\", \"{field.Title.Spanish}\")";
            if (field.IsRequired)
            {
                errors.Add(new DataProblem(where, field.Name, null, $"The file has no column {names3}: every row needs it."));
            }
            else if (feeds.Count > 0 && !field.IsOptional)
            {
                var kpis = string.Join(", ", feeds);
                if (options.AllowMissingColumns)
                {
                    warnings.Add(new DataProblem(where, field.Name, null, $"The file has no column {names3}, so these KPIs will be n/a: {kpis}."));
                }
                else
                {
                    errors.Add(new DataProblem(where, field.Name, null,
                        $"The file has no column {names3}, which the KPIs {kpis} read. Add it, or allow missing columns "
                        + "(CsvOptions.AllowMissingColumns, console --allow-missing-columns) to leave those KPIs n/a."));
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new SalesDataException(errors);
        }

        foreach (var warning in warnings)
        {
            options.Warning?.Invoke(warning);
        }

        return columns;
    }

    /// <summary>The field whose name or title a header spells almost the same: other case, spacing, punctuation, or a letter or two.</summary>
    private static InputField? Closest(string name)
    {
        var key = Key(name);
        if (key.Length < 4 || key.Length > 60)
        {
            return null;
        }

        var allowed = key.Length >= 8 ? 2 : 1;
        return InputFields.All
            .SelectMany(f => new[] { f.Name, f.Title.English, f.Title.Spanish }.Select(n => (Field: f, Distance: Distance(key, Key(n)))))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .Select(c => c.Field)
            .FirstOrDefault();
    }

    /// <summary>Letters and digits only, lower case, without accents.</summary>
    private static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        string decomposed;
        try
        {
            decomposed = name.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            decomposed = name; // broken text has no accents to take off
        }

        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>Edit distance (insertions, deletions, substitutions).</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
