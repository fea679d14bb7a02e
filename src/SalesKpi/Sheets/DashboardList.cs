using System;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>
/// Which KPIs the dashboard lists, worked out on the hidden Series sheet from the Settings sheet's
/// track switches, so that switching a KPI off takes it off the dashboard and the leaderboard's
/// dropdown without a macro: per KPI whether it is tracked and its place (tracked ones first, in
/// catalog order), and per place the KPI there, its name while tracked, its number format and
/// direction. A few cells per KPI, none of them reads the data. Each cell is a formula tree: its
/// text rendered, its cached value evaluated over the cells before it.
/// </summary>
internal static class DashboardList
{
    public static void Write(SheetGrid grid, BuildContext context, int style)
    {
        var layout = context.Layout;
        var series = layout.Series;
        var kpis = context.Kpis;
        var cells = context.Cells.Series;
        var read = context.Cells.Reader(cells);
        var first = SeriesArea.FirstKpiRow;
        var last = series.LastKpiRow;
        int Column(int field) => series.ListColumn(field);
        Expression Range(int column) => Ref(CellRef.AbsoluteRange(first, column, last, column));
        Expression At(int row, int field) => Ref(CellRef.Relative(row, Column(field)));
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

        Cached Keep(int row, int field, Expression formula)
        {
            var value = Evaluator.Evaluate(formula, read, row);
            cells.Set(row, Column(field), value);
            return value.Cached();
        }

        Expression Set(int row, int field, Expression formula)
        {
            grid.Formula(row, Column(field), ExcelRenderer.Render(formula), style, Keep(row, field, formula));
            return Ref(CellRef.Absolute(row, Column(field)));
        }

        // One formula per column, filled down the KPIs' rows; each row's value is its own row's formula evaluated.
        void Fill(int field, Func<int, Expression> formula) =>
            grid.FilledDown(first, last, Column(field), ExcelRenderer.Render(formula(first)), style, row => Keep(row, field, formula(row)));

        // Per KPI: its switch read (a name on another sheet, so written in full on each row), its format.
        for (var k = 0; k < kpis.Count; k++)
        {
            var flagFormula = Tracking.Flag(Ref(Names.SettingTrack(kpis[k].Definition.Id)), context.Language);
            var flag = Evaluator.Evaluate(flagFormula, _ => CellValue.Of(Tracking.Text(context.IsTracked(k), context.Language)));
            grid.Formula(first + k, Column(SeriesArea.ListTracked), ExcelRenderer.Render(flagFormula), style, flag.Cached());
            cells.Set(first + k, Column(SeriesArea.ListTracked), flag);
            var format = Palette.ValueFormatIndex(kpis[k].Definition.Unit);
            grid.Number(first + k, Column(SeriesArea.ListFormatOfKpi), format, style);
            cells.Set(first + k, Column(SeriesArea.ListFormatOfKpi), CellValue.Of(format));
        }

        var tracked = Column(SeriesArea.ListTracked);
        var count = Set(SeriesArea.TrackedCountRow, SeriesArea.ListTracked, CountIf(Range(tracked), 1));

        // The early warnings per KPI, and the symbols the dashboard shows. They read the trend from the selected period's column back.
        var periods = Ref(CellRef.AbsoluteRange(SeriesArea.PeriodRow, series.PeriodColumn(0), SeriesArea.PeriodRow, series.LastPeriodColumn));
        var slot = Set(SeriesArea.TrackedCountRow, SeriesArea.ListWorsening, Match(Ref(Names.SelectedPeriod), periods));
        var calc = layout.Calc;
        for (var k = 0; k < kpis.Count; k++)
        {
            var row = first + k;
            Expression Calc(int column) => Ref(layout.CalcCell(calc.KpiRow(k), column));
            var direction = Ref(CellRef.Absolute(row, SeriesArea.DirectionColumn));
            var trend = Ref(CellRef.AbsoluteRange(row, series.PeriodColumn(0), row, series.LastPeriodColumn));
            Expression Back(int back) => back == 0 ? Index(trend, 1, slot) : If(slot > back, Index(trend, 1, slot - back), NA());
            Set(row, SeriesArea.ListOffTwice, EarlyWarnings.OffTwice(
                Calc(CalcArea.StatusColumn), Calc(CalcArea.PreviousColumn), Calc(CalcArea.TargetColumn), Ref(Names.CloseBand), direction));
            Set(row, SeriesArea.ListWorsening, EarlyWarnings.Worsening(direction, Back));
        }

        Expression Symbol(Expression fires, string symbol) => If(fires, Text(symbol), Text(""));
        Fill(SeriesArea.ListWatch, row =>
            Symbol(At(row, SeriesArea.ListOffTwice), EarlyWarnings.OffTwiceSymbol).Then(Symbol(At(row, SeriesArea.ListWorsening), EarlyWarnings.WorseningSymbol)));
        Fill(SeriesArea.ListPlace, row =>
        {
            var soFar = Ref(CellRef.Absolute(first, tracked) + ":" + CellRef.Relative(row, tracked));
            return If(At(row, SeriesArea.ListTracked).Is(1), CountIf(soFar, 1), count + CountIf(soFar, 0));
        });

        // Per place: the number of the place is the row's, counted from the first.
        var number = Row() - (first - 1);
        Fill(SeriesArea.ListKpiAtPlace, _ => Match(number, Range(Column(SeriesArea.ListPlace))));
        Expression AtPlace(int row, int column) => Index(Range(column), At(row, SeriesArea.ListKpiAtPlace));
        Fill(SeriesArea.ListNameAtPlace, row => If(number > count, Text(""), AtPlace(row, SeriesArea.NameColumn)));
        Fill(SeriesArea.ListFormatAtPlace, row => AtPlace(row, Column(SeriesArea.ListFormatOfKpi)));
        Fill(SeriesArea.ListWatchAtPlace, row => AtPlace(row, Column(SeriesArea.ListWatch)));
        Fill(SeriesArea.ListDirectionAtPlace, row => AtPlace(row, SeriesArea.DirectionColumn));
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
