using System;
using System.Collections.Generic;
using System.Globalization;
using SalesKpi.Catalog;
using SalesKpi.Xlsx;

namespace SalesKpi.Read;

/// <summary>One data row's cells as a record, or problems naming each cell that does not read as its field expects.</summary>
internal static class RecordReader
{
    public static SalesRecord? Read(Dictionary<InputField, (string Cell, CellText Value)> values, string sheet, List<DataProblem> problems)
    {
        var before = problems.Count;
        void Problem(InputField field, string message)
        {
            var (cell, value) = values.TryGetValue(field, out var found) ? found : ("", CellText.Empty);
            problems.Add(new DataProblem(sheet + "!" + cell, field.Name, value.IsEmpty ? null : value.ToString(), message));
        }

        foreach (var field in new[] { InputFields.PeriodStart, InputFields.PeriodEnd, InputFields.RepId })
        {
            if (!values.ContainsKey(field))
            {
                Problem(field, "Every row needs its period's dates and a rep id.");
            }
        }

        DateTime Date(InputField field)
        {
            if (!values.TryGetValue(field, out var found))
            {
                return default;
            }

            var value = found.Value;
            var date = value.Number is { } serial && serial >= 1 && serial < 2_958_466 ? DateTime.FromOADate(Math.Floor(serial))
                : value.Text is { } text && DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed
                : (DateTime?)null;
            if (date is null)
            {
                Problem(field, "It is not a date.");
                return default;
            }

            if (FieldDomain.Problem(date.Value) is { } outside)
            {
                Problem(field, outside);
                return default;
            }

            return date.Value;
        }

        string? Text(InputField field)
        {
            if (!values.TryGetValue(field, out var found))
            {
                return null;
            }

            if (found.Value.Text is { } text)
            {
                if (FieldDomain.Problem(field, text) is { } problem)
                {
                    Problem(field, problem);
                    return null;
                }

                return text;
            }

            Problem(field, found.Value.Error is null
                ? "A number where text belongs: type it as text (for example '00101) so it reads back as written."
                : "An error where text belongs.");
            return null;
        }

        decimal? Number(InputField field)
        {
            if (!values.TryGetValue(field, out var found))
            {
                return null;
            }

            if (found.Value.Number is not { } number)
            {
                Problem(field, found.Value.Error is null ? "Text where a number belongs." : "An error where a number belongs.");
                return null;
            }

            if (FieldDomain.Problem(field, number) is { } problem)
            {
                Problem(field, problem);
                return null;
            }

            return (decimal)number;
        }

        var record = RecordBuilder.Build(Date, Text, Number);
        if (problems.Count == before && record.PeriodEnd < record.PeriodStart)
        {
            Problem(InputFields.PeriodEnd, "The period cannot end before it starts.");
        }

        return problems.Count == before ? record : null;
    }
}
