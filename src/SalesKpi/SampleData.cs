using System.Collections.Generic;
using SalesKpi.Samples;

namespace SalesKpi;

/// <summary>
/// Realistic, seeded sample data: 15 reps in Inbound, Outbound and Field teams across several
/// locations, 24 months (2024 and 2025) with seasonality. A few rows leave KPIs undefined on purpose:
/// a rep on leave, a rep who joined mid-year, inside reps who make no visits, a month missing from the CRM.
/// </summary>
public static class SampleData
{
    /// <summary>The seed <see cref="Create"/> uses by default.</summary>
    public const int DefaultSeed = 2024;

    /// <summary>The sample records, ordered by period then rep; the same seed always gives the same records.</summary>
    public static IReadOnlyList<SalesRecord> Create(int seed = DefaultSeed) => SampleGenerator.Generate(seed);
}
