using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Xlsx;

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
        var latest = Fx.Ref(layout.CalcCell(CalcArea.LatestRow, CalcArea.ValueColumn));
        var kind = Fx.Ref(layout.CalcCell(CalcArea.PeriodKindIndexRow, CalcArea.ValueColumn));
        grid.Text(SeriesArea.HeaderRow, SeriesArea.NameColumn, "KPI", bold);
        grid.Text(SeriesArea.HeaderRow, SeriesArea.DirectionColumn, "Direction", bold);
        grid.Text(SeriesArea.HeaderRow, SeriesArea.UnitColumn, "Unit", bold);
        grid.Text(SeriesArea.HeaderRow, SeriesArea.ScaleColumn, "Scale", bold);
        grid.Text(SeriesArea.PeriodRow, SeriesArea.NameColumn, "Period", bold);
        for (var slot = 0; slot < series.Periods; slot++)
        {
            var back = series.Periods - 1 - slot;
            grid.Formula(SeriesArea.PeriodRow, series.PeriodColumn(slot),
                ExcelRenderer.Render(Fx.If(Fx.IsNa(latest), Fx.NA(), WorkbookRules.PeriodsBack(latest, kind, back))),
                date, CellValue.Date(values.TrendPeriod(slot, series.Periods)).Cached());
        }

        // Where each period's rows sit: every sum of the period reads only those.
        for (var part = 0; part < PeriodBlock.Parts; part++)
        {
            grid.Text(series.BlockRow(part), SeriesArea.NameColumn, PeriodBlock.Labels[part], plain);
            for (var slot = 0; slot < series.Periods; slot++)
            {
                var column = series.PeriodColumn(slot);
                grid.Formula(series.BlockRow(part), column, PeriodBlock.Formula(part, CellRef.Absolute(SeriesArea.PeriodRow, column), p => CellRef.Absolute(series.BlockRow(p), column)), plain,
                    PeriodBlock.Value(part, values.RowsOf(values.TrendPeriod(slot, series.Periods)), layout.Capacity));
            }
        }

        for (var k = 0; k < layout.Kpis.Count; k++)
        {
            WriteKpi(grid, context, k, plain);
        }

        var sums = new[] { InputFields.Get("NewCustomerRevenue"), InputFields.Get("ExistingCustomerRevenue"), InputFields.Get("SalesQuota") };
        for (var i = 0; i < sums.Length; i++)
        {
            var row = series.SumRow(i);
            grid.Text(row, SeriesArea.NameColumn, context.Text(sums[i].Title), plain);
            for (var slot = 0; slot < series.Periods; slot++)
            {
                var column = series.PeriodColumn(slot);
                var block = Block(series, column);
                var criteria = $"{block(Names.InScope)},1,{block(Names.Data(InputFields.PeriodStart))},{CellRef.Absolute(SeriesArea.PeriodRow, column)}";
                grid.Formula(row, column, $"IF(COUNTIFS({criteria})=0,NA(),SUMIFS({block(Names.Data(sums[i]))},{criteria}))", plain,
                    Cached.OrNotAvailable(values.TotalAt(values.TrendPeriod(slot, series.Periods), sums[i])));
            }
        }

        var funnel = Funnel;
        for (var i = 0; i < funnel.Length; i++)
        {
            var row = series.FunnelRow(i);
            grid.Text(row, SeriesArea.NameColumn, context.Text(funnel[i].Title), plain);
            var block = SelectedBlock();
            grid.Formula(row, SeriesArea.FunnelValueColumn,
                $"IFERROR(SUMIFS({block(Names.Data(funnel[i]))},{block(Names.InScope)},1,{block(Names.Data(InputFields.PeriodStart))},{Names.SelectedPeriod}),0)",
                plain, Cached.Of(values.TotalAt(values.Selected, funnel[i]) ?? 0));
        }

        context.Ranking(LeaderboardRanking).Write(grid, plain);
        context.Ranking(AttainmentRanking).Write(grid, plain);
        DashboardList.Write(grid, context, plain);
        RepsToWatch.Write(grid, context, plain);
        DashboardCharts.WriteLineRows(grid, context, plain);

        var sheet = new WorksheetWriter(xml, new SheetSetup { ColumnWidths = new[] { 30.0, 10, 10, 8 } });
        grid.WriteTo(sheet);
        sheet.Finish(context.Tail(new SheetTail()));
    }

    /// <summary>A data-sized range cut to the rows of the period in a column.</summary>
    private static System.Func<string, string> Block(SeriesArea series, int column) =>
        name => PeriodBlock.Range(name, CellRef.Absolute(series.BlockRow(PeriodBlock.Low), column), CellRef.Absolute(series.BlockRow(PeriodBlock.High), column));

    /// <summary>A data-sized range cut to the rows of the dashboard's period (the Calc sheet finds them), by name.</summary>
    private static System.Func<string, string> SelectedBlock() =>
        name => PeriodBlock.Range(name, Names.SelectedFrom, Names.SelectedTo);

    /// <summary>The inputs of the funnel, top to bottom.</summary>
    public static InputField[] Funnel => new[] { InputFields.Get("LeadsCreated"), InputFields.Get("LeadsConverted"), InputFields.Get("DealsWon") };

    private static void WriteKpi(SheetGrid grid, BuildContext context, int index, int style)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var kpi = layout.Kpis[index];
        var row = series.KpiRow(index);
        var definition = kpi.Definition;
        grid.Text(row, SeriesArea.NameColumn, context.Text(definition.Name), style);
        grid.Number(row, SeriesArea.DirectionColumn, Direction(definition), style);
        grid.Formula(row, SeriesArea.UnitColumn, UnitLabel.Formula(definition.Unit, context), style, Cached.Of(UnitLabel.Text(definition.Unit, context)));
        grid.Number(row, SeriesArea.ScaleColumn, Scale(definition.Unit), style);
        for (var slot = 0; slot < series.Periods; slot++)
        {
            var column = series.PeriodColumn(slot);
            var period = CellRef.Absolute(SeriesArea.PeriodRow, column);
            var block = Block(series, column);
            var criteria = $"{block(Names.InScope)},1,{block(Names.Data(InputFields.PeriodStart))},{period}"
                + string.Concat(kpi.Inputs.Select(f => $",{block(Names.Data(f))},\"<>\""));
            var sums = context.Values.KpiSumsAt(context.Values.TrendPeriod(slot, series.Periods), index);
            var count = CellRef.Absolute(series.CountRow(index), column);
            grid.Formula(series.CountRow(index), column, $"COUNTIFS({criteria})", style, Cached.OrNotAvailable(sums?.Count));
            for (var i = 0; i < kpi.Inputs.Count; i++)
            {
                grid.Formula(series.InputRow(index, i), column, $"SUMIFS({block(Names.Data(kpi.Inputs[i]))},{criteria})", style,
                    Cached.OrNotAvailable(sums?.Sums[InputFields.NumericIndex(kpi.Inputs[i])]));
            }

            var references = new ExcelReferences(
                field => CellRef.Absolute(series.InputRow(index, kpi.Inputs.ToList().IndexOf(field)), column),
                Names.Setting,
                id => CellRef.Absolute(series.KpiRow(layout.Options.Catalog.IndexOf(id)), column));
            var formula = ExcelRenderer.Render(Fx.If(Fx.Ref(count).Is(0), Fx.NA(), kpi.Formula), references);
            var cached = context.Values.ResultsAt(context.Values.TrendPeriod(slot, series.Periods))[definition.Id].Value;
            grid.Formula(row, column, formula, style, Cached.OrNotAvailable(cached));
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
