using System.Collections.Generic;
using System.Linq;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

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
        var grid = new SheetGrid();
        context.Heading(grid, Labels.TrendTitle, Labels.TrendHint);

        var header = context.Style(Palette.Header);
        var headerDate = context.Style(Palette.Header with { NumberFormat = Palette.PeriodFormat(context.Options.Settings.PeriodKind) });
        grid.Text(TrendArea.HeaderRow, TrendArea.NameColumn, context.Text(Labels.Kpi), context.Style(Palette.HeaderLeft));
        grid.Text(TrendArea.HeaderRow, TrendArea.UnitColumn, context.Text(Labels.UnitHeader), header);
        // Each cell shows a cell of the Series sheet: evaluated over the value that cell carries.
        var cells = new SheetCells(layout.TrendSheet, context.Cells.Reader());
        Expression Show(int seriesRow, int slot, Expression otherwise) => IfError(Ref(layout.SeriesCell(seriesRow, series.PeriodColumn(slot))), otherwise);
        for (var slot = 0; slot < series.Periods; slot++)
        {
            cells.Set(TrendArea.HeaderRow, TrendArea.PeriodColumn(slot), Show(SeriesArea.PeriodRow, slot, Text("")), headerDate);
        }

        var sparklineColumn = TrendArea.SparklineColumn(series.Periods);
        grid.Text(TrendArea.HeaderRow, sparklineColumn, context.Text(Labels.TrendColumn), header);
        grid.Height(TrendArea.HeaderRow, 22);

        var sparklines = new List<Sparkline>();
        for (var k = 0; k < layout.Kpis.Count; k++)
        {
            var kpi = layout.Kpis[k].Definition;
            var row = TrendArea.KpiRow(k);
            var banded = k % 2 == 1 ? Palette.Band : null;
            var value = context.Style(Palette.Shown with { NumberFormat = Palette.ValueFormat(kpi.Unit), Fill = banded });
            grid.Text(row, TrendArea.NameColumn, context.Text(kpi.Name), context.Style(Palette.Label with { Fill = banded }));
            cells.Set(row, TrendArea.UnitColumn, UnitLabel.Formula(kpi.Unit, context), context.Style(Palette.Hint with { Fill = banded, Align = HAlign.Center }));
            for (var slot = 0; slot < series.Periods; slot++)
            {
                cells.Set(row, TrendArea.PeriodColumn(slot), Show(series.KpiRow(k), slot, Ref(Names.UndefinedText)), value);
            }

            grid.Blank(row, sparklineColumn, context.Style(Palette.Label with { Fill = banded }));
            sparklines.Add(new Sparkline(
                CellRef.Sheet(layout.SeriesSheet) + "!" + CellRef.RelativeRange(series.KpiRow(k), series.PeriodColumn(0), series.KpiRow(k), series.LastPeriodColumn),
                CellRef.Relative(row, sparklineColumn)));
        }

        cells.WriteTo(grid, header);
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
        var first = Ref(CellRef.Relative(TrendArea.FirstKpiRow, TrendArea.PeriodColumn(0)));
        var kpiIndex = Row() - (TrendArea.FirstKpiRow - 1);
        var block = CellRef.RelativeRange(TrendArea.FirstKpiRow, TrendArea.PeriodColumn(0), TrendArea.KpiRow(layout.Kpis.Count - 1), TrendArea.PeriodColumn(series.Periods - 1));
        sheet.Finish(context.Tail(new SheetTail
        {
            ConditionalFormats = new[]
            {
                new ConditionalFormat(block, ExcelRenderer.Render(IsText(first)), context.Styles.DiffId(new DiffStyle(Palette.Muted, null))),

                // A KPI switched off on the Settings sheet stays, set apart in grey on a grey band.
                new ConditionalFormat(
                    CellRef.RelativeRange(TrendArea.FirstKpiRow, TrendArea.NameColumn, TrendArea.KpiRow(layout.Kpis.Count - 1), TrendArea.PeriodColumn(series.Periods - 1)),
                    ExcelRenderer.Render(Index(Ref(Names.Tracked), kpiIndex).Is(0)), context.Styles.DiffId(new DiffStyle(Palette.UntrackedText, Palette.UntrackedFill))),
            },
            Sparklines = sparklines,
        }));
    }
}
