using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesKpi.Catalog;

namespace SalesKpi.Calculation;

/// <summary>Checks input records against the field table's domains before any KPI is computed from them.</summary>
internal static class RecordValidator
{
    /// <summary>The records as a list, each checked; throws at the first bad record.</summary>
    public static List<SalesRecord> Checked(IEnumerable<SalesRecord> records, bool distinctPeriods) =>
        new(CheckedStream(records, int.MaxValue, distinctPeriods));

    /// <summary>
    /// The records, each checked as it is read, never all held at once: throws at the first bad record
    /// (with every problem it has), at a second record for one rep and period (where
    /// <paramref name="distinctPeriods"/>), at a rep id, team or location that an earlier record spells
    /// in another letter case, or past <paramref name="max"/> records.
    /// </summary>
    public static IEnumerable<SalesRecord> CheckedStream(IEnumerable<SalesRecord> records, int max, bool distinctPeriods = true)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        return Iterate();

        IEnumerable<SalesRecord> Iterate()
        {
            var seen = new Dictionary<(string RepId, DateTime PeriodStart), int>();
            var cases = new CaseConflicts();
            var number = 0;
            foreach (var record in records)
            {
                number++;
                if (number > max)
                {
                    throw SalesDataException.ForRecord(number, nameof(SalesRecord), null,
                        FormattableString.Invariant($"More than {max:N0} data rows: a worksheet holds at most {max:N0} below its header."));
                }

                Check(record, number);
                var where = Where(number);
                var conflicts = cases.Check(record, _ => where).ToList();
                if (conflicts.Count > 0)
                {
                    throw new SalesDataException(conflicts);
                }

                if (distinctPeriods)
                {
                    if (seen.TryGetValue((record.RepId, record.PeriodStart), out var earlier))
                    {
                        throw SalesDataException.ForRecord(number, nameof(SalesRecord.PeriodStart), Date(record.PeriodStart),
                            $"Rep '{record.RepId}' already has a record for this period (record {earlier.ToString(CultureInfo.InvariantCulture)}).");
                    }

                    seen.Add((record.RepId, record.PeriodStart), number);
                }

                yield return record;
            }
        }
    }

    /// <summary>Throws with every problem of the record, if it has any.</summary>
    public static void Check(SalesRecord record, int number)
    {
        var problems = Problems(record, Where(number)).ToList();
        if (problems.Count > 0)
        {
            throw new SalesDataException(problems);
        }
    }

    /// <summary>Each value of the record outside its field's domain, and a period that ends before it starts.</summary>
    public static IEnumerable<DataProblem> Problems(SalesRecord? record, string where)
    {
        if (record is null)
        {
            yield return new DataProblem(where, nameof(SalesRecord), null, "A record cannot be null.");
            yield break;
        }

        foreach (var field in InputFields.All)
        {
            switch (field.Type)
            {
                case FieldType.Date when FieldDomain.Problem(field.ReadDate!(record)) is { } problem:
                    yield return new DataProblem(where, field.Name, Date(field.ReadDate!(record)), problem);
                    break;
                case FieldType.Text when field.ReadText!(record) is { } text && FieldDomain.Problem(field, text) is { } problem:
                    yield return new DataProblem(where, field.Name, text, problem);
                    break;
                case FieldType.Integer or FieldType.Decimal when field.ReadNumber!(record) is { } value && FieldDomain.Problem(field, value) is { } problem:
                    yield return new DataProblem(where, field.Name, value.ToString(CultureInfo.InvariantCulture), problem);
                    break;
            }
        }

        if (record.PeriodEnd < record.PeriodStart)
        {
            yield return new DataProblem(where, nameof(SalesRecord.PeriodEnd), Date(record.PeriodEnd),
                $"The period cannot end before it starts ({Date(record.PeriodStart)}).");
        }
    }

    private static string Where(int number) => FormattableString.Invariant($"record {number}");

    private static string Date(DateTime date) =>
        date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
