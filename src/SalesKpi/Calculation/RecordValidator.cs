using System;
using System.Collections.Generic;
using System.Globalization;
using SalesKpi.Catalog;

namespace SalesKpi.Calculation;

/// <summary>Checks input records field by field before any KPI is computed from them.</summary>
internal static class RecordValidator
{
    /// <summary>The records as a list, each checked; throws at the first bad value.</summary>
    public static List<SalesRecord> Checked(IEnumerable<SalesRecord> records, bool distinctPeriods) =>
        new(CheckedStream(records, int.MaxValue, distinctPeriods));

    /// <summary>
    /// The records, each checked as it is read, never all held at once: throws at the first bad value,
    /// at a second record for one rep and period (where <paramref name="distinctPeriods"/>), or past
    /// <paramref name="max"/> records.
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
            var number = 0;
            foreach (var record in records)
            {
                number++;
                if (number > max)
                {
                    throw new ArgumentException(
                        FormattableString.Invariant($"More than {max:N0} data rows: a worksheet holds at most {max:N0} below its header."), nameof(records));
                }

                Check(record, number);
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

    public static void Check(SalesRecord record, int number)
    {
        if (record is null)
        {
            throw SalesDataException.ForRecord(number, nameof(SalesRecord), null, "A record cannot be null.");
        }

        if (string.IsNullOrWhiteSpace(record.RepId))
        {
            throw SalesDataException.ForRecord(number, nameof(SalesRecord.RepId), record.RepId, "Every record needs a rep id.");
        }

        if (record.PeriodEnd < record.PeriodStart)
        {
            throw SalesDataException.ForRecord(number, nameof(SalesRecord.PeriodEnd), Date(record.PeriodEnd),
                $"The period cannot end before it starts ({Date(record.PeriodStart)}).");
        }

        foreach (var field in InputFields.All)
        {
            if (field.ReadNumber?.Invoke(record) is < 0 and var value && !field.AllowsNegative)
            {
                var problem = field.Type == FieldType.Integer
                    ? "Counts are whole numbers, 0 or more."
                    : "This figure cannot be negative; only gross profit can.";
                throw SalesDataException.ForRecord(number, field.Name, value.ToString(CultureInfo.InvariantCulture), problem);
            }
        }
    }

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
