using System;
using System.Collections.Generic;
using System.Threading.Tasks;

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
            var comparison = new ComparisonRevenue(settings);
            foreach (var record in records)
            {
                yield return comparison.Apply(record);
            }
        }
    }

    /// <summary>As <see cref="WithComparisonRevenueFromData(IEnumerable{SalesRecord}, KpiSettings)"/>, for records that arrive asynchronously.</summary>
    public static IAsyncEnumerable<SalesRecord> WithComparisonRevenueFromData(this IAsyncEnumerable<SalesRecord> records, KpiSettings settings)
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

        async IAsyncEnumerable<SalesRecord> Iterate()
        {
            var comparison = new ComparisonRevenue(settings);
            await foreach (var record in records.ConfigureAwait(false))
            {
                yield return comparison.Apply(record);
            }
        }
    }

    /// <summary>The revenue of every rep and period seen so far, and the rule that takes a record's comparison revenue from it.</summary>
    private sealed class ComparisonRevenue(KpiSettings settings)
    {
        private readonly Dictionary<(string RepId, DateTime Period), decimal> _revenue = new();

        public SalesRecord Apply(SalesRecord record)
        {
            if (record is null)
            {
                return record!;
            }

            if (record.NewCustomerRevenue is { } fresh && record.ExistingCustomerRevenue is { } existing)
            {
                _revenue[(record.RepId, record.PeriodStart)] = fresh + existing;
            }

            return _revenue.TryGetValue((record.RepId, settings.ComparisonPeriod(record.PeriodStart)), out var earlier)
                ? record with { ComparisonRevenue = earlier }
                : record;
        }
    }
}
