using System.Collections.Generic;
using System.Linq;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// Every KPI for every period of the data (the latest ones, oldest first) for the dashboard's scope,
/// with a sparkline per KPI. The values come from the hidden Series sheet; undefined reads "n/a".
/// </summary>
internal static class TrendSheet
{

    public static void Write(System.Xml.XmlWriter xml, BuildContext context)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var values = context.Values;
        var grid = new SheetGrid();
        context.Heading(grid, Labels.TrendTitle, Labels.TrendHint);

        var header = context.Style(Palette.Header);
        var headerDate = context.Style(Palette.Header with { NumberFormat = Palette.PeriodFormat(context.Options.Settings.PeriodKind) });
        grid.Text(TrendArea.HeaderRow, TrendArea.NameColumn, context.Text(Labels.Kpi), context.Style(Palette.HeaderLeft));
        grid.Text(TrendArea.HeaderRow, TrendArea.UnitColumn, context.Text(Labels.UnitHeader), header);
        for (var slot = 0; slot < series.Periods; slot++)
        {
            var period = values.TrendPeriod(slot, series.Periods);
            grid.Formula(TrendArea.HeaderRow, TrendArea.PeriodColumn(slot),
                $"IFERROR({layout.SeriesCell(SeriesArea.PeriodRow, series.PeriodColumn(slot))},\"\")", headerDate,
                period is { } p ? Cached.Of(p.ToOADate()) : Cached.Of(""));
        }

        var sparklineColumn = TrendArea.SparklineColumn(series.Periods);
        grid.Text(TrendArea.HeaderRow, sparklineColumn, context.Text(Labels.TrendColumn), header);
        grid.Height(TrendArea.HeaderRow, 22);

        var undefined = context.Text(Labels.Undefined);
        var sparklines = new List<Sparkline>();
        for (var k = 0; k < layout.Kpis.Count; k++)
        {
            var kpi = layout.Kpis[k].Definition;
            var row = TrendArea.KpiRow(k);
            var banded = k % 2 == 1 ? Palette.Band : null;
            var value = context.Style(Palette.Shown with { NumberFormat = Palette.ValueFormat(kpi.Unit), Fill = banded });
            grid.Text(row, TrendArea.NameColumn, context.Text(kpi.Name), context.Style(Palette.Label with { Fill = banded }));
            grid.Formula(row, TrendArea.UnitColumn, UnitLabel.Formula(kpi.Unit, context), context.Style(Palette.Hint with { Fill = banded, Align = HAlign.Center }),
                Cached.Of(UnitLabel.Text(kpi.Unit, context)));
            for (var slot = 0; slot < series.Periods; slot++)
            {
                var result = values.ResultsAt(values.TrendPeriod(slot, series.Periods))[kpi.Id].Value;
                grid.Formula(row, TrendArea.PeriodColumn(slot), $"IFERROR({layout.SeriesCell(series.KpiRow(k), series.PeriodColumn(slot))},{Names.UndefinedText})", value,
                    result is { } number ? Cached.Of(number) : Cached.Of(undefined));
            }

            grid.Blank(row, sparklineColumn, context.Style(Palette.Label with { Fill = banded }));
            sparklines.Add(new Sparkline(
                CellRef.Sheet(layout.SeriesSheet) + "!" + CellRef.RelativeRange(series.KpiRow(k), series.PeriodColumn(0), series.KpiRow(k), series.LastPeriodColumn),
                CellRef.Relative(row, sparklineColumn)));
        }

        var sheet = new WorksheetWriter(xml, new SheetSetup
        {
            ColumnWidths = new[] { 36.0, 9 }.Concat(Enumerable.Repeat(11.0, series.Periods)).Concat(new[] { 22.0 }).ToArray(),
            ShowGridLines = false,
            FrozenRows = TrendArea.HeaderRow,
            FrozenColumns = TrendArea.UnitColumn,
            TabColor = Palette.Blue,
            Print = Printing.Of(SheetRole.Trend),
        });
        grid.WriteTo(sheet);
        var first = CellRef.Relative(TrendArea.FirstKpiRow, TrendArea.PeriodColumn(0));
        var block = CellRef.RelativeRange(TrendArea.FirstKpiRow, TrendArea.PeriodColumn(0), TrendArea.KpiRow(layout.Kpis.Count - 1), TrendArea.PeriodColumn(series.Periods - 1));
        sheet.Finish(context.Tail(new SheetTail
        {
            ConditionalFormats = new[]
            {
                new ConditionalFormat(block, $"ISTEXT({first})", context.Styles.DiffId(new DiffStyle(Palette.Muted, null))),

                // A KPI switched off on the Settings sheet stays, set apart in grey on a grey band.
                new ConditionalFormat(
                    CellRef.RelativeRange(TrendArea.FirstKpiRow, TrendArea.NameColumn, TrendArea.KpiRow(layout.Kpis.Count - 1), TrendArea.PeriodColumn(series.Periods - 1)),
                    $"INDEX({Names.Tracked},ROW()-{TrendArea.FirstKpiRow - 1})=0", context.Styles.DiffId(new DiffStyle(Palette.UntrackedText, Palette.UntrackedFill))),
            },
            Sparklines = sparklines,
        }));
    }
}
