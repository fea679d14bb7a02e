using System.Collections.Generic;
using System.Linq;
using SalesKpi.Formulas;
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
        charts.Add(new Chart(
            context.Text(Labels.RevenueChart), periods, periodCache, true,
            ChartKpis.RevenueAgainstQuota.Select((s, i) => new ChartSeries(context.Text(s.Input.Title), Row(series.SumRow(i)),
                Enumerable.Range(0, series.Periods).Select(slot => values.TotalAt(values.TrendPeriod(slot, series.Periods), s.Input)).ToList(), s.Kind, s.Color)).ToList(),
            "#,##0", null, Place(0, 0)) { DateFormat = dateFormat, Stacked = true, LabelEvery = LabelEvery(series.Periods) });

        // The funnel of the selected period.
        var funnel = ChartKpis.Funnel;
        charts.Add(new Chart(
            context.Text(Labels.FunnelChart),
            layout.SeriesRange(series.FunnelRow(0), SeriesArea.NameColumn, series.FunnelRow(funnel.Count - 1), SeriesArea.NameColumn),
            funnel.Select(f => context.Text(f.Title)).ToList(), false,
            new[]
            {
                new ChartSeries(context.Text(Labels.Actual), layout.SeriesRange(series.FunnelRow(0), SeriesArea.FunnelValueColumn, series.FunnelRow(funnel.Count - 1), SeriesArea.FunnelValueColumn),
                    funnel.Select(f => (double?)(values.TotalAt(values.Selected, f) ?? 0)).ToList(), SeriesKind.Bar, "548235"),
            },
            "#,##0", null, Place(1, 0)) { ReverseCategories = true });

        // Reps ranked by a KPI (quota attainment, or what the catalog has in its place: ChartKpis), best first.
        var catalog = context.Options.Catalog;
        var ranked = ChartKpis.RankedByRep(catalog);
        if (ranked >= 0)
        {
            var shown = System.Math.Min(RepsShown, series.Reps);
            var ranking = context.Ranking(SeriesSheet.AttainmentRanking);
            var places = Enumerable.Range(0, shown).ToList();
            string Column(int field) => layout.SeriesRange(SeriesArea.RankFirstRow, series.RankColumn(SeriesSheet.AttainmentRanking, field), SeriesArea.RankFirstRow + shown - 1, series.RankColumn(SeriesSheet.AttainmentRanking, field));
            var name = context.Text(context.Kpis[ranked].Definition.Name);
            charts.Add(new Chart(
                ChartKpis.AsMadeFor(catalog, new[] { ChartKpis.ByRep }) ? context.Text(Labels.AttainmentChart) : name,
                Column(SeriesArea.RepAtPlace), places.Select(p => ranking[SeriesArea.RepAtPlace, p].Text).ToList(), false,
                new[] { new ChartSeries(name, Column(SeriesArea.ValueAtPlace), places.Select(p => ranking[SeriesArea.ValueAtPlace, p].AsNumber).ToList(), SeriesKind.Bar, "2E75B6") },
                AxisFormat(context.Kpis[ranked].Definition.Unit), null, Place(0, 1)) { ReverseCategories = true });
        }

        // Two KPIs over time, each on its own axis: win rate and pipeline coverage, or what the catalog has in their place.
        var overTime = ChartKpis.ShownOverTime(catalog);
        var colors = new[] { "2E75B6", "ED7D31" };
        var lines = overTime.Select((index, i) => new ChartSeries(context.Text(context.Kpis[index].Definition.Name), Row(series.ChartRow(i)),
            Enumerable.Range(0, series.Periods).Select(slot => context.Cells.Series[series.ChartRow(i), series.PeriodColumn(slot)].AsNumber).ToList(),
            SeriesKind.Line, colors[i], Secondary: i > 0)).ToList();
        if (lines.Count > 0)
        {
            var units = overTime.Select(index => context.Kpis[index].Definition.Unit).ToArray();
            var title = ChartKpis.AsMadeFor(catalog, ChartKpis.OverTime) ? context.Text(Labels.WinRateChart) : string.Join(" / ", lines.Select(l => l.Name));
            charts.Add(new Chart(
                title, periods, periodCache, true, lines, AxisFormat(units[0]), AxisFormat(units[units.Length - 1]),
                Place(1, 1)) { DateFormat = dateFormat, LabelEvery = LabelEvery(series.Periods) });
        }

        return charts;
    }

    /// <summary>The cells a chart covers (zero-based anchors), by its column and row among the charts.</summary>
    private static (int, int, int, int) Place(int column, int row) =>
        (Left + (column * Width), row * (Height + 1), Left + ((column + 1) * Width), (row * (Height + 1)) + Height);

    /// <summary>How a chart's axis shows a KPI's unit.</summary>
    private static string AxisFormat(Unit unit) => unit switch
    {
        Unit.Percent => "0%",
        Unit.Ratio => "0.0\"x\"",
        _ => "#,##0",
    };

    /// <summary>The rows the lines chart reads: each charted KPI's trend row while it is tracked, gaps (#N/A) otherwise.</summary>
    public static void WriteLineRows(SheetGrid grid, BuildContext context, int style)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var cells = context.Cells.Series;
        var read = context.Cells.Reader(cells);
        var overTime = ChartKpis.ShownOverTime(context.Options.Catalog);
        for (var line = 0; line < overTime.Count; line++)
        {
            var index = overTime[line];
            var row = series.ChartRow(line);
            grid.Text(row, SeriesArea.NameColumn, context.Kpis[index].Definition.Id + ": chart", style);
            var tracked = Fx.Ref(CellRef.Absolute(series.KpiRow(index), series.ListColumn(SeriesArea.ListTracked)));
            for (var slot = 0; slot < series.Periods; slot++)
            {
                var column = series.PeriodColumn(slot);
                var formula = Fx.If(tracked.Is(1), Fx.Ref(CellRef.Relative(series.KpiRow(index), column)), Fx.NA());
                var value = Evaluator.Evaluate(formula, read);
                cells.Set(row, column, value);
                grid.Formula(row, column, ExcelRenderer.Render(formula), style, value.Cached());
            }
        }
    }

    /// <summary>Every how many periods the axis names one, so that about six names fit under a chart.</summary>
    private static int LabelEvery(int periods) => System.Math.Max(1, (periods + 5) / 6);
}
