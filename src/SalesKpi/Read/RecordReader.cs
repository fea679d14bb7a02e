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
            if (value.Number is { } serial && serial >= 1 && serial < 2_958_466)
            {
                return DateTime.FromOADate(Math.Floor(serial));
            }

            if (value.Text is { } text && DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Problem(field, "It is not a date.");
            return default;
        }

        string? Text(InputField field)
        {
            if (!values.TryGetValue(field, out var found))
            {
                return null;
            }

            if (found.Value.Text is { } text)
            {
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

            if (Math.Abs(number) > 1e15)
            {
                Problem(field, "The number is too large to be a sales figure.");
                return null;
            }

            var value = (decimal)number;
            if (value < 0 && !field.AllowsNegative)
            {
                Problem(field, field.Type == FieldType.Integer ? "Counts are whole numbers, 0 or more." : "This figure cannot be negative; only gross profit can.");
                return null;
            }

            if (field.Type == FieldType.Integer && (value != decimal.Truncate(value) || value > int.MaxValue))
            {
                Problem(field, "Counts are whole numbers, 0 or more.");
                return null;
            }

            return value;
        }

        var record = RecordBuilder.Build(Date, Text, Number);
        if (problems.Count == before && record.PeriodEnd < record.PeriodStart)
        {
            Problem(InputFields.PeriodEnd, "The period cannot end before it starts.");
        }

        return problems.Count == before ? record : null;
    }
}
