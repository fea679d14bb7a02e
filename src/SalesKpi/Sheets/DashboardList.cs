using System.Linq;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// Which KPIs the dashboard lists, worked out on the hidden Series sheet from the Settings sheet's
/// track switches, so that switching a KPI off takes it off the dashboard and the leaderboard's
/// dropdown without a macro: per KPI whether it is tracked and its place (tracked ones first, in
/// catalog order), and per place the KPI there, its name while tracked, its number format and
/// direction. A few cells per KPI, none of them reads the data.
/// </summary>
internal static class DashboardList
{
    /// <summary>The KPIs in the dashboard's order: the tracked ones in catalog order, then the others.</summary>
    public static int[] Order(BuildContext context)
    {
        var all = Enumerable.Range(0, context.Kpis.Count).ToArray();
        return all.Where(context.IsTracked).Concat(all.Where(k => !context.IsTracked(k))).ToArray();
    }

    public static int TrackedCount(BuildContext context) => Enumerable.Range(0, context.Kpis.Count).Count(context.IsTracked);

    public static void Write(SheetGrid grid, BuildContext context, int style)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var kpis = context.Kpis;
        var first = SeriesArea.FirstKpiRow;
        var last = series.LastKpiRow;
        int Column(int field) => series.ListColumn(field);
        string Range(int column) => CellRef.AbsoluteRange(first, column, last, column);
        string Relative(int field) => CellRef.Relative(first, Column(field));
        var order = Order(context);
        var count = TrackedCount(context);
        var countCell = CellRef.Absolute(SeriesArea.TrackedCountRow, Column(SeriesArea.ListTracked));
        var fields = new[]
        {
            (SeriesArea.ListTracked, "Tracked"), (SeriesArea.ListPlace, "Place"), (SeriesArea.ListKpiAtPlace, "KPI at place"),
            (SeriesArea.ListNameAtPlace, "Tracked KPI at place"), (SeriesArea.ListFormatAtPlace, "Format at place"),
            (SeriesArea.ListDirectionAtPlace, "Direction at place"), (SeriesArea.ListFormatOfKpi, "Format"),
            (SeriesArea.ListOffTwice, "Off target twice"), (SeriesArea.ListWorsening, "Worse 3 periods"), (SeriesArea.ListWatch, "Watch"),
            (SeriesArea.ListWatchAtPlace, "Watch at place"),
        };
        foreach (var (field, label) in fields)
        {
            grid.Text(SeriesArea.HeaderRow, Column(field), label, style);
        }

        grid.Formula(SeriesArea.TrackedCountRow, Column(SeriesArea.ListTracked), $"SUM({Range(Column(SeriesArea.ListTracked))})", style, Cached.Of(count));
        var place = new int[kpis.Count];
        for (var p = 0; p < order.Length; p++)
        {
            place[order[p]] = p + 1;
        }

        // Per KPI: its switch read (a name on another sheet, so written in full on each row), its format, its place.
        for (var k = 0; k < kpis.Count; k++)
        {
            grid.Formula(first + k, Column(SeriesArea.ListTracked), Tracking.Formula(Names.SettingTrack(kpis[k].Definition.Id), context.Language), style,
                Cached.Of(context.IsTracked(k) ? 1 : 0));
            grid.Number(first + k, Column(SeriesArea.ListFormatOfKpi), Palette.ValueFormatIndex(kpis[k].Definition.Unit), style);
        }

        // The early warnings per KPI, and the symbols the dashboard shows.
        var selectedSlot = SelectedSlot(context);
        grid.Formula(SeriesArea.TrackedCountRow, Column(SeriesArea.ListWorsening),
            $"MATCH({Names.SelectedPeriod},{CellRef.AbsoluteRange(SeriesArea.PeriodRow, series.PeriodColumn(0), SeriesArea.PeriodRow, series.LastPeriodColumn)},0)",
            style, Cached.OrNotAvailable(selectedSlot));
        var warnings = context.Warnings;
        var symbols = Enumerable.Range(0, kpis.Count).Select(k => WatchSymbols(context, k)).ToArray();
        for (var k = 0; k < kpis.Count; k++)
        {
            var references = EarlyWarnings.References(layout, k);
            grid.Formula(first + k, Column(SeriesArea.ListOffTwice), ExcelRenderer.Render(EarlyWarnings.OffTwice, references), style, Cached.Of(warnings[k].OffTwice ? 1 : 0));
            grid.Formula(first + k, Column(SeriesArea.ListWorsening), ExcelRenderer.Render(EarlyWarnings.Worsening, references), style, Cached.Of(warnings[k].Worsening ? 1 : 0));
        }

        grid.FilledDown(first, last, Column(SeriesArea.ListWatch),
            $"IF({Relative(SeriesArea.ListOffTwice)},{FormulaText.Quote(EarlyWarnings.OffTwiceSymbol)},\"\")&IF({Relative(SeriesArea.ListWorsening)},{FormulaText.Quote(EarlyWarnings.WorseningSymbol)},\"\")",
            style, row => Cached.Of(symbols[row - first]));

        var tracked = Relative(SeriesArea.ListTracked);
        var soFar = CellRef.Absolute(first, Column(SeriesArea.ListTracked)) + ":" + tracked;
        grid.FilledDown(first, last, Column(SeriesArea.ListPlace),
            $"IF({tracked}=1,COUNTIF({soFar},1),{countCell}+COUNTIF({soFar},0))", style, row => Cached.Of(place[row - first]));

        // Per place.
        var number = $"(ROW()-{first - 1})";
        var kpiAt = Relative(SeriesArea.ListKpiAtPlace);
        grid.FilledDown(first, last, Column(SeriesArea.ListKpiAtPlace), $"MATCH({number},{Range(Column(SeriesArea.ListPlace))},0)", style,
            row => Cached.Of(order[row - first] + 1));
        var names = Range(SeriesArea.NameColumn);
        grid.FilledDown(first, last, Column(SeriesArea.ListNameAtPlace), $"IF({number}>{countCell},\"\",INDEX({names},{kpiAt}))", style,
            row => Cached.Of(row - first < count ? context.Text(kpis[order[row - first]].Definition.Name) : ""));
        grid.FilledDown(first, last, Column(SeriesArea.ListFormatAtPlace), $"INDEX({Range(Column(SeriesArea.ListFormatOfKpi))},{kpiAt})", style,
            row => Cached.Of(Palette.ValueFormatIndex(kpis[order[row - first]].Definition.Unit)));
        grid.FilledDown(first, last, Column(SeriesArea.ListWatchAtPlace), $"INDEX({Range(Column(SeriesArea.ListWatch))},{kpiAt})", style,
            row => Cached.Of(symbols[order[row - first]]));
        grid.FilledDown(first, last, Column(SeriesArea.ListDirectionAtPlace), $"INDEX({Range(SeriesArea.DirectionColumn)},{kpiAt})", style,
            row => Cached.Of(SeriesSheet.Direction(kpis[order[row - first]].Definition)));
    }

    /// <summary>The trend column of the selected period (from 1), null where the trend does not show it.</summary>
    private static int? SelectedSlot(BuildContext context)
    {
        var values = context.Values;
        var periods = context.Layout.Series.Periods;
        for (var slot = 0; slot < periods; slot++)
        {
            if (values.Selected is { } selected && values.TrendPeriod(slot, periods) == selected)
            {
                return slot + 1;
            }
        }

        return null;
    }

    /// <summary>Which early warnings fire per KPI, evaluated from the cached values by the rules the workbook's formulas render (<see cref="BuildContext.Warnings"/> keeps them).</summary>
    public static (bool OffTwice, bool Worsening)[] Warnings(BuildContext context)
    {
        var slot = SelectedSlot(context);
        return Enumerable.Range(0, context.Kpis.Count).Select(k =>
        {
            var scope = new EarlyWarnings.Scope(context.Values, context.Options.Settings, k, SeriesSheet.Direction(context.Kpis[k].Definition), slot, context.Layout.Series.Periods);
            return (Evaluator.Evaluate(EarlyWarnings.OffTwice, scope) == 1, Evaluator.Evaluate(EarlyWarnings.Worsening, scope) == 1);
        }).ToArray();
    }

    /// <summary>What the watch column shows for a KPI.</summary>
    public static string WatchSymbols(BuildContext context, int kpiIndex)
    {
        var (offTwice, worsening) = context.Warnings[kpiIndex];
        return (offTwice ? EarlyWarnings.OffTwiceSymbol : "") + (worsening ? EarlyWarnings.WorseningSymbol : "");
    }

    /// <summary>The Series cell that holds the KPI (its catalog number, from 1) at a place of the dashboard (from 0), as another sheet refers to it.</summary>
    public static string KpiAt(WorkbookLayout layout, int place) =>
        layout.SeriesCell(layout.Series.PlaceRow(place), layout.Series.ListColumn(SeriesArea.ListKpiAtPlace));

    /// <summary>The Series cell that holds the watch symbols of the KPI at a place of the dashboard, as another sheet refers to it.</summary>
    public static string WatchAt(WorkbookLayout layout, int place) =>
        layout.SeriesCell(layout.Series.PlaceRow(place), layout.Series.ListColumn(SeriesArea.ListWatchAtPlace));

    /// <summary>The Series cell that holds how many KPIs are tracked, as another sheet refers to it.</summary>
    public static string TrackedCountCell(WorkbookLayout layout) =>
        layout.SeriesCell(SeriesArea.TrackedCountRow, layout.Series.ListColumn(SeriesArea.ListTracked));

}
