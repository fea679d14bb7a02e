using System;
using System.Collections.Generic;

namespace SalesKpi;

/// <summary>Helpers over sequences of <see cref="SalesRecord"/>.</summary>
public static class SalesRecordExtensions
{
    /// <summary>
    /// Takes each record's comparison revenue from the data itself where the data holds the rep's
    /// comparison period (a year earlier, or the period before, per <see cref="KpiSettings.GrowthBasis"/>):
    /// that period's new plus existing revenue. Elsewhere the record's own comparison revenue stays.
    /// Lazy and single pass: the comparison period must come earlier in the sequence, as it does in
    /// data sorted by period. <see cref="KpiWorkbook"/> applies this to the rows it writes.
    /// </summary>
    public static IEnumerable<SalesRecord> WithComparisonRevenueFromData(this IEnumerable<SalesRecord> records, KpiSettings settings)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        return Iterate();

        IEnumerable<SalesRecord> Iterate()
        {
            var revenue = new Dictionary<(string RepId, DateTime Period), decimal>();
            foreach (var record in records)
            {
                if (record is null)
                {
                    yield return record!;
                    continue;
                }

                if (record.NewCustomerRevenue is { } fresh && record.ExistingCustomerRevenue is { } existing)
                {
                    revenue[(record.RepId, record.PeriodStart)] = fresh + existing;
                }

                yield return revenue.TryGetValue((record.RepId, settings.ComparisonPeriod(record.PeriodStart)), out var earlier)
                    ? record with { ComparisonRevenue = earlier }
                    : record;
            }
        }
    }
}
