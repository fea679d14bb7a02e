using System.Collections.Generic;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// The dashboard's charts, each reading the Series sheet, which follows the dashboard's selection and
/// the named data ranges: revenue against quota per period, the funnel of the selected period, quota
/// attainment by rep, and win rate with pipeline coverage over time. Undefined points are #N/A: gaps.
/// </summary>
internal static class DashboardCharts
{
    /// <summary>How many reps the attainment chart shows: the best of the ranking.</summary>
    public const int RepsShown = 10;

    // Two columns of charts to the right of the KPI table (zero-based anchors).
    private const int Left = DashboardArea.LastColumn;
    private const int Width = 8;
    private const int Height = 16;

    /// <summary>The last column and row the charts cover (1-based): the dashboard prints up to here.</summary>
    public const int LastColumn = Left + (2 * Width);
    public const int LastRow = (2 * Height) + 1;

    public static IReadOnlyList<Chart> For(BuildContext context)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var values = context.Values;
        var charts = new List<Chart>();
        var periods = layout.SeriesRange(SeriesArea.PeriodRow, series.PeriodColumn(0), SeriesArea.PeriodRow, series.LastPeriodColumn);
        var periodCache = Enumerable.Range(0, series.Periods)
            .Select(slot => values.TrendPeriod(slot, series.Periods) is { } p ? Ns.Number(p.ToOADate()) : "").ToList();
        var dateFormat = context.Options.Settings.PeriodKind == PeriodKind.Week ? "dd mmm" : "mmm yy";
        string Row(int row) => layout.SeriesRange(row, series.PeriodColumn(0), row, series.LastPeriodColumn);

        // Revenue, new and existing, against quota.
        var sums = new[] { ("NewCustomerRevenue", "2E75B6", SeriesKind.Column), ("ExistingCustomerRevenue", "9DC3E6", SeriesKind.Column), ("SalesQuota", "ED7D31", SeriesKind.Line) };
        charts.Add(new Chart(
            context.Text(Labels.RevenueChart), periods, periodCache, true,
            sums.Select((s, i) => new ChartSeries(context.Text(InputFields.Get(s.Item1).Title), Row(series.SumRow(i)),
                Enumerable.Range(0, series.Periods).Select(slot => values.TotalAt(values.TrendPeriod(slot, series.Periods), InputFields.Get(s.Item1))).ToList(), s.Item3, s.Item2)).ToList(),
            "#,##0", null, (Left, 0, Left + Width, Height)) { DateFormat = dateFormat, Stacked = true, LabelEvery = LabelEvery(series.Periods) });

        // The funnel of the selected period.
        var funnel = SeriesSheet.Funnel;
        charts.Add(new Chart(
            context.Text(Labels.FunnelChart),
            layout.SeriesRange(series.FunnelRow(0), SeriesArea.NameColumn, series.FunnelRow(funnel.Length - 1), SeriesArea.NameColumn),
            funnel.Select(f => context.Text(f.Title)).ToList(), false,
            new[]
            {
                new ChartSeries(context.Text(Labels.Actual), layout.SeriesRange(series.FunnelRow(0), SeriesArea.FunnelValueColumn, series.FunnelRow(funnel.Length - 1), SeriesArea.FunnelValueColumn),
                    funnel.Select(f => (double?)(values.TotalAt(values.Selected, f) ?? 0)).ToList(), SeriesKind.Bar, "548235"),
            },
            "#,##0", null, (Left + Width, 0, Left + (2 * Width), Height)) { ReverseCategories = true });

        // Quota attainment by rep, best first.
        var attainment = context.Options.Catalog.IndexOf(SeriesSheet.AttainmentKpi);
        if (attainment >= 0)
        {
            var shown = System.Math.Min(RepsShown, series.Reps);
            var ranking = context.Ranking(attainment);
            var places = Enumerable.Range(1, shown).Select(p => ranking.AtPlace(p) is { Ranked: true } e ? e : null).ToList();
            string Column(int field) => layout.SeriesRange(SeriesArea.RankFirstRow, series.RankColumn(SeriesSheet.AttainmentRanking, field), SeriesArea.RankFirstRow + shown - 1, series.RankColumn(SeriesSheet.AttainmentRanking, field));
            charts.Add(new Chart(
                context.Text(Labels.AttainmentChart), Column(SeriesArea.RepAtPlace), places.Select(e => e is null ? "" : values.RepLabel(e)).ToList(), false,
                new[] { new ChartSeries(context.Text(context.Kpis[attainment].Definition.Name), Column(SeriesArea.ValueAtPlace), places.Select(e => e?.Value).ToList(), SeriesKind.Bar, "2E75B6") },
                "0%", null, (Left, Height + 1, Left + Width, (2 * Height) + 1)) { ReverseCategories = true });
        }

        // Win rate and pipeline coverage over time, each on its own axis.
        var lines = new List<ChartSeries>();
        for (var line = 0; line < Lines.Length; line++)
        {
            var (id, color, secondary) = Lines[line];
            var index = context.Options.Catalog.IndexOf(id);
            if (index >= 0)
            {
                var tracked = context.IsTracked(index);
                lines.Add(new ChartSeries(context.Text(context.Kpis[index].Definition.Name), Row(series.ChartRow(line)),
                    Enumerable.Range(0, series.Periods).Select(slot => tracked ? values.ResultsAt(values.TrendPeriod(slot, series.Periods))[id].Value : null).ToList(),
                    SeriesKind.Line, color, Secondary: secondary && lines.Count > 0));
            }
        }

        if (lines.Count > 0)
        {
            var primary = context.Kpis.Any(k => k.Definition.Id == "win-rate") ? "0%" : "0.0\"x\"";
            charts.Add(new Chart(
                context.Text(Labels.WinRateChart), periods, periodCache, true, lines, primary, "0.0\"x\"",
                (Left + Width, Height + 1, Left + (2 * Width), (2 * Height) + 1)) { DateFormat = dateFormat, LabelEvery = LabelEvery(series.Periods) });
        }

        return charts;
    }

    /// <summary>The KPIs the lines chart draws, each on a row of its own that is #N/A while the KPI is not tracked.</summary>
    public static readonly (string Id, string Color, bool Secondary)[] Lines = { ("win-rate", "2E75B6", false), ("pipeline-coverage", "ED7D31", true) };

    /// <summary>The rows the lines chart reads: each KPI's trend row while it is tracked, gaps otherwise.</summary>
    public static void WriteLineRows(SheetGrid grid, BuildContext context, int style)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var values = context.Values;
        for (var line = 0; line < Lines.Length; line++)
        {
            var index = context.Options.Catalog.IndexOf(Lines[line].Id);
            if (index < 0)
            {
                continue;
            }

            var row = series.ChartRow(line);
            grid.Text(row, SeriesArea.NameColumn, Lines[line].Id + ": chart", style);
            var tracked = CellRef.Absolute(series.KpiRow(index), series.ListColumn(SeriesArea.ListTracked));
            for (var slot = 0; slot < series.Periods; slot++)
            {
                var column = series.PeriodColumn(slot);
                var value = values.ResultsAt(values.TrendPeriod(slot, series.Periods))[index].Value;
                grid.Formula(row, column, $"IF({tracked}=1,{CellRef.Relative(series.KpiRow(index), column)},NA())", style,
                    Cached.OrNotAvailable(context.IsTracked(index) ? value : null));
            }
        }
    }

    /// <summary>Every how many periods the axis names one, so that about six names fit under a chart.</summary>
    private static int LabelEvery(int periods) => System.Math.Max(1, (periods + 5) / 6);
}
