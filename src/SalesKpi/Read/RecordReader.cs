using System;
using System.Collections.Generic;
using System.Globalization;
using SalesKpi.Catalog;
using SalesKpi.Xlsx;

namespace SalesKpi.Read;

/// <summary>One data row's cells as a record, or problems naming each cell that does not read as its field expects.</summary>
internal static class RecordReader
{
    public static SalesRecord? Read(Dictionary<InputField, SheetCell> values, string sheet, List<DataProblem> problems)
    {
        var before = problems.Count;
        void Problem(InputField field, string message)
        {
            var (cell, value) = values.TryGetValue(field, out var found) ? (found.Address, found.Value) : ("", CellText.Empty);
            problems.Add(new DataProblem(sheet + "!" + cell, field.Name, value.IsEmpty ? null : value.ToString(), message));
        }

        foreach (var field in new[] { InputFields.PeriodStart, InputFields.PeriodEnd, InputFields.RepId })
        {
            if (!values.ContainsKey(field))
            {
                Problem(field, "Every row needs its period's dates and a rep id.");
            }
        }

        // The field reads as its type's default; the problem keeps the row from becoming a record.
        T Refused<T>(InputField field, string problem)
        {
            Problem(field, problem);
            return default!;
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
            var problem = date is null ? "It is not a date." : FieldDomain.Problem(date.Value);
            return problem is null ? date!.Value : Refused<DateTime>(field, problem);
        }

        string? Text(InputField field)
        {
            if (!values.TryGetValue(field, out var found))
            {
                return null;
            }

            var text = found.Value.Text;
            var problem = text is not null ? FieldDomain.Problem(field, text)
                : found.Value.Error is null ? "A number where text belongs: type it as text (for example '00101) so it reads back as written."
                : "An error where text belongs.";
            return problem is null ? text : Refused<string?>(field, problem);
        }

        decimal? Number(InputField field)
        {
            if (!values.TryGetValue(field, out var found))
            {
                return null;
            }

            var number = found.Value.Number;
            var problem = number is { } value ? FieldDomain.Problem(field, value)
                : found.Value.Error is null ? "Text where a number belongs." : "An error where a number belongs.";
            return problem is null ? (decimal?)number : Refused<decimal?>(field, problem);
        }

        var record = RecordBuilder.Build(Date, Text, Number);
        if (problems.Count == before && record.PeriodEnd < record.PeriodStart)
        {
            Problem(InputFields.PeriodEnd, "The period cannot end before it starts.");
        }

        return problems.Count == before ? record : null;
    }
}
