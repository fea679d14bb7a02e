using System;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>
/// The hidden sheet behind the trend, the leaderboard and the charts. Every KPI per period for the
/// dashboard's scope is the catalog formula applied to SUMIFS over the rows that hold its inputs
/// (the dashboard's rule), #N/A where undefined so that charts leave a gap. Rankings look up each
/// listed rep's row of the selected period, once per rep, never once per data row. Each period's sums
/// read only that period's rows where the data holds them together (<see cref="PeriodBlock"/>).
/// </summary>
internal static class SeriesSheet
{
    /// <summary>The rankings: 0 ranks by the KPI the leaderboard picks, 1 by the by-rep chart's (quota attainment, see <see cref="ChartKpis"/>).</summary>
    public const int LeaderboardRanking = 0;
    public const int AttainmentRanking = 1;

    public static void Write(System.Xml.XmlWriter xml, BuildContext context)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var values = context.Values;
        var grid = new SheetGrid();
        var plain = context.Style(Palette.Label);
        var bold = context.Style(Palette.LabelBold);
        var date = context.Style(Palette.KeyDate);

        // Periods, oldest first: the latest stepped back, as the dashboard's period list does.
        // Every formula is evaluated over the cells before it; sums over the data come from the streamed rows.
        var latest = layout.CalcCell(CalcArea.LatestRow, CalcArea.ValueColumn);
        var kind = layout.CalcCell(CalcArea.PeriodKindIndexRow, CalcArea.ValueColumn);
        var cells = new SheetCells(layout.SeriesSheet, context.Cells.Reader());
        context.Cells.Series = cells;
        grid.Text(SeriesArea.HeaderRow, SeriesArea.NameColumn, "KPI", bold);
        grid.Text(SeriesArea.HeaderRow, SeriesArea.DirectionColumn, "Direction", bold);
        grid.Text(SeriesArea.HeaderRow, SeriesArea.UnitColumn, "Unit", bold);
        grid.Text(SeriesArea.HeaderRow, SeriesArea.ScaleColumn, "Scale", bold);
        grid.Text(SeriesArea.PeriodRow, SeriesArea.NameColumn, "Period", bold);
        for (var part = 0; part < PeriodBlock.Parts; part++)
        {
            grid.Text(series.BlockRow(part), SeriesArea.NameColumn, PeriodBlock.Labels[part], plain);
        }

        // Per period: its start, where its rows sit (every sum of the period reads only those), its sums.
        var periods = new TrendColumn[series.Periods];
        for (var slot = 0; slot < series.Periods; slot++)
        {
            var column = series.PeriodColumn(slot);
            var back = series.Periods - 1 - slot;
            var period = cells.Set(SeriesArea.PeriodRow, column, If(IsNa(Ref(latest)), NA(), WorkbookRules.PeriodsBack(Ref(latest), Ref(kind), back)), date);
            var start = WorkbookRules.DateOf(cells.Read(CellRef.Absolute(SeriesArea.PeriodRow, column)));
            periods[slot] = new TrendColumn(column, period, start, PeriodBlock.Write(cells, series.BlockRow, column, period, values.RowsOf(start), plain));
        }

        for (var k = 0; k < layout.Kpis.Count; k++)
        {
            WriteKpi(grid, cells, context, k, periods, plain);
        }

        var sums = ChartKpis.RevenueAgainstQuota.Select(s => s.Input).ToArray();
        for (var i = 0; i < sums.Length; i++)
        {
            var row = series.SumRow(i);
            grid.Text(row, SeriesArea.NameColumn, context.Text(sums[i].Title), plain);
            foreach (var period in periods)
            {
                var criteria = PeriodBlock.InScope(period.Rows, period.Start);
                cells.Set(row, period.Column, If(CountIfs(criteria).Is(0), NA(), SumIfs(period.Rows(Names.Data(sums[i])), criteria)), plain,
                    CellValue.Of(values.TotalAt(period.Date, sums[i])));
            }
        }

        var funnel = ChartKpis.Funnel;
        for (var i = 0; i < funnel.Count; i++)
        {
            var row = series.FunnelRow(i);
            grid.Text(row, SeriesArea.NameColumn, context.Text(funnel[i].Title), plain);
            cells.Set(row, SeriesArea.FunnelValueColumn, IfError(SumIfs(InSelectedPeriod(Names.Data(funnel[i])), PeriodBlock.InScope(InSelectedPeriod, Ref(Names.SelectedPeriod))), 0),
                plain, CellValue.Of(values.TotalAt(values.Selected, funnel[i]) ?? 0));
        }

        cells.WriteTo(grid, plain);
        context.Ranking(LeaderboardRanking).Write(grid, plain);
        context.Ranking(AttainmentRanking).Write(grid, plain);
        DashboardList.Write(grid, context, plain);
        RepsToWatch.Write(grid, context, plain);
        DashboardCharts.WriteLineRows(grid, context, plain);

        var sheet = new WorksheetWriter(xml, new SheetSetup { ColumnWidths = new[] { 30.0, 10, 10, 8 } });
        grid.WriteTo(sheet);
        sheet.Finish(context.Tail(new SheetTail()));
    }

    /// <summary>A trend period's column, its cell, its start (null where there is none) and its rows in the data.</summary>
    private sealed record TrendColumn(int Column, Expression Start, DateTime? Date, Func<string, Expression> Rows);

    /// <summary>
    /// A data-sized range cut to the rows of the dashboard's period (the Calc sheet finds them), by
    /// name: the rankings fill this down as shared formulas, which must not refer to another sheet.
    /// </summary>
    private static readonly Func<string, Expression> InSelectedPeriod = PeriodBlock.Cut(Ref(Names.SelectedFrom), Ref(Names.SelectedTo));

    private static void WriteKpi(SheetGrid grid, SheetCells cells, BuildContext context, int index, TrendColumn[] periods, int style)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var kpi = layout.Kpis[index];
        var row = series.KpiRow(index);
        var definition = kpi.Definition;
        cells.Constant(row, SeriesArea.NameColumn, CellValue.Of(context.Text(definition.Name)), style);
        cells.Constant(row, SeriesArea.DirectionColumn, CellValue.Of(Direction(definition)), style);
        cells.Set(row, SeriesArea.UnitColumn, UnitLabel.Formula(definition.Unit, context), style);
        cells.Constant(row, SeriesArea.ScaleColumn, CellValue.Of(Scale(definition.Unit)), style);
        foreach (var period in periods)
        {
            var column = period.Column;
            var criteria = PeriodBlock.InScope(period.Rows, period.Start, kpi.Inputs);
            var sums = context.Values.KpiSumsAt(period.Date, index);
            var count = cells.Set(series.CountRow(index), column, CountIfs(criteria), style, CellValue.Of(sums?.Count));
            for (var i = 0; i < kpi.Inputs.Count; i++)
            {
                cells.Set(series.InputRow(index, i), column, SumIfs(period.Rows(Names.Data(kpi.Inputs[i])), criteria), style,
                    CellValue.Of(sums?.Sums[InputFields.NumericIndex(kpi.Inputs[i])]));
            }

            // The catalog formula over the sums: its value is the reference calculator's, from the same tree.
            var references = new ExcelReferences(
                field => CellRef.Absolute(series.InputRow(index, kpi.Inputs.ToList().IndexOf(field)), column),
                Names.Setting,
                id => CellRef.Absolute(series.KpiRow(layout.Options.Catalog.IndexOf(id)), column));
            cells.Set(row, column, If(count.Is(0), NA(), kpi.Formula), style, CellValue.Of(context.Values.ResultsAt(period.Date)[definition.Id].Value), references);
        }

        grid.Text(series.CountRow(index), SeriesArea.NameColumn, definition.Id + ": rows", style);
        for (var i = 0; i < kpi.Inputs.Count; i++)
        {
            grid.Text(series.InputRow(index, i), SeriesArea.NameColumn, definition.Id + ": " + kpi.Inputs[i].Name, style);
        }
    }

    public static int Direction(KpiDefinition kpi) => kpi.Direction == SalesKpi.Direction.HigherIsBetter ? 1 : -1;

    public static int Scale(Unit unit) => unit == Unit.Percent ? 100 : 1;
}
