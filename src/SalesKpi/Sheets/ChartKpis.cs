using System.Collections.Generic;
using System.Linq;

namespace SalesKpi.Sheets;

/// <summary>
/// Which KPIs and inputs the dashboard's charts show and the leaderboard ranks by default, as data: per place in
/// a chart, the KPI of the default catalog it was made for and the unit its axis is drawn in. A
/// catalog that has that KPI shows it. One without it shows, in its place, its first KPI of that unit
/// that the chart does not show already; one without any such KPI leaves the place out, and a chart
/// with no place left is not drawn.
/// </summary>
internal static class ChartKpis
{
    /// <summary>The reps ranked by a KPI, best first (also the leaderboard's KPI when no other is asked for).</summary>
    public static readonly ChartKpi ByRep = new("quota-attainment", Unit.Percent);

    /// <summary>Two KPIs over time, the second on its own axis.</summary>
    public static readonly IReadOnlyList<ChartKpi> OverTime = new[] { new ChartKpi("win-rate", Unit.Percent), new ChartKpi("pipeline-coverage", Unit.Ratio) };

    /// <summary>Revenue, new and existing, against quota: the inputs summed per period, each with its colour and how it is drawn.</summary>
    public static readonly IReadOnlyList<(InputField Input, string Color, Xlsx.SeriesKind Kind)> RevenueAgainstQuota = new[]
    {
        (Catalog.InputFields.Get("NewCustomerRevenue"), "2E75B6", Xlsx.SeriesKind.Column),
        (Catalog.InputFields.Get("ExistingCustomerRevenue"), "9DC3E6", Xlsx.SeriesKind.Column),
        (Catalog.InputFields.Get("SalesQuota"), "ED7D31", Xlsx.SeriesKind.Line),
    };

    /// <summary>The funnel of the selected period, top to bottom.</summary>
    public static readonly IReadOnlyList<InputField> Funnel = new[]
    {
        Catalog.InputFields.Get("LeadsCreated"), Catalog.InputFields.Get("LeadsConverted"), Catalog.InputFields.Get("DealsWon"),
    };

    /// <summary>The catalog index of the KPI the by-rep chart ranks; -1 where the catalog has none that fits.</summary>
    public static int RankedByRep(KpiCatalog catalog) => Resolve(catalog, new[] { ByRep })[0];

    /// <summary>The catalog indexes of the KPIs over time, in chart order (absent places left out).</summary>
    public static IReadOnlyList<int> ShownOverTime(KpiCatalog catalog) => Resolve(catalog, OverTime).Where(i => i >= 0).ToArray();

    /// <summary>Whether every place of a chart shows the KPI it was made for (its title then names them).</summary>
    public static bool AsMadeFor(KpiCatalog catalog, IReadOnlyList<ChartKpi> places) =>
        places.All(place => catalog.Contains(place.Id));

    private static int[] Resolve(KpiCatalog catalog, IReadOnlyList<ChartKpi> places)
    {
        var shown = places.Select(place => catalog.IndexOf(place.Id)).ToArray();
        for (var p = 0; p < places.Count; p++)
        {
            if (shown[p] < 0)
            {
                var fits = Enumerable.Range(0, catalog.Kpis.Count)
                    .Where(i => catalog.Kpis[i].Unit == places[p].Unit && !shown.Contains(i));
                shown[p] = fits.DefaultIfEmpty(-1).First();
            }
        }

        return shown;
    }
}

/// <summary>A place in a chart: the KPI it was made for, and the unit its axis is drawn in.</summary>
internal sealed record ChartKpi(string Id, Unit Unit);
