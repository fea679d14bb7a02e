using System;
using System.Collections.Generic;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>
/// The hidden calculation sheet. Per KPI it sums the KPI's inputs over the rows of the dashboard's
/// scope and period that hold all of them (ratio of sums; blanks drag nothing down), then applies the
/// catalog formula to the sums: the same rule as the reference calculator.
/// </summary>
internal static class CalcSheet
{
    public static void Write(System.Xml.XmlWriter xml, BuildContext context)
    {
        var layout = context.Layout;
        var calc = layout.Calc;
        var grid = new SheetGrid();
        var plain = context.Style(Palette.Label);
        var bold = context.Style(Palette.LabelBold);
        var date = context.Style(Palette.KeyDate);

        // The selection, worked out: each cell one expression, its cached value that expression evaluated.
        var values = context.Values;
        var room = layout.Slots;
        var cells = new SheetCells(layout.CalcSheet, context.Cells.Reader());
        context.Cells.Calc = cells;

        // Texts formulas show, and the lists dropdowns offer.
        foreach (var (_, row, text) in Names.Texts)
        {
            cells.Constant(row, CalcArea.TextsColumn, CellValue.Of(context.Text(text)), plain);
        }

        List(CalcArea.ScopeKindsColumn, SettingChoices.ScopeKinds.Labels);
        List(CalcArea.PeriodKindsColumn, SettingChoices.PeriodKinds.Labels);
        List(CalcArea.GrowthBasesColumn, SettingChoices.GrowthBases.Labels);

        // Sums over the whole data take their values from the streamed rows; the rest is evaluated.
        var periodStart = Ref(Names.Data(InputFields.PeriodStart));
        var latest = Line(CalcArea.LatestRow, "Latest period", If(Count(periodStart).Is(0), NA(), Max(periodStart)), date, CellValue.Date(values.Latest));
        var scopeIndex = Line(CalcArea.ScopeIndexRow, "Scope kind", IfError(Match(Ref(Names.DashboardScopeKind), Ref(Names.ScopeKinds)), 1), plain);
        var periodKind = Line(CalcArea.PeriodKindIndexRow, "Period kind", IfError(Match(Ref(Names.PeriodKind), Ref(Names.PeriodKinds)), 2), plain);
        var dashboardPeriod = Ref(Names.DashboardPeriod);
        var selected = Line(CalcArea.SelectedRow, "Selected period", WorkbookRules.SelectedPeriod(dashboardPeriod, latest), date);
        var previous = Line(CalcArea.PreviousRow, "Previous period", WorkbookRules.PeriodsBack(selected, periodKind, 1), date);
        Line(CalcArea.PeriodMonthsRow, "Months per period", WorkbookRules.PeriodMonths(periodKind), plain);
        Line(CalcArea.MaxLifetimeRow, "Max lifetime (periods)", WorkbookRules.MaxLifetime(Ref(Names.MaxLifetime), periodKind), plain);

        // Where the rows of the selected and the previous period sit: their sums read only those.
        for (var part = 0; part < PeriodBlock.Parts; part++)
        {
            grid.Text(CalcArea.BlockRow(part), CalcArea.LabelColumn, "Selected, previous " + PeriodBlock.Labels[part], plain);
        }

        var inSelected = PeriodBlock.Write(cells, CalcArea.BlockRow, CalcArea.SelectedBlockColumn, selected, values.RowsOf(values.Selected), plain);
        var inPrevious = PeriodBlock.Write(cells, CalcArea.BlockRow, CalcArea.PreviousBlockColumn, previous, values.RowsOf(values.Previous), plain);
        Line(CalcArea.RowsInScopeRow, "Rows in scope", CountIfs(PeriodBlock.InScope(inSelected, selected)), plain, CellValue.Of(values.RowsInScope));

        // Each list item's formula is the same in every row (its index comes from ROW()), like a filled-down column.
        var index = Row() - (CalcArea.FirstListRow - 1);
        var period = If(IsNa(latest), Text(""), WorkbookRules.PeriodsBack(latest, periodKind, index - 1));
        var option = Choose(scopeIndex, Text(""), Item(Names.Teams, room.Teams), Item(Names.Locations, room.Locations), Item(Names.Reps, room.Reps));
        for (var i = 0; i < calc.ScopeOptionRows; i++)
        {
            if (i < CalcArea.PeriodSlots)
            {
                cells.Set(CalcArea.FirstListRow + i, CalcArea.PeriodsColumn, period, date);
            }

            cells.Set(CalcArea.FirstListRow + i, CalcArea.ScopeOptionsColumn, option, plain);
        }

        Expression Item(string list, int slots) => If(index > slots, Text(""), Index(Ref(list), Min(index, slots)).Then(Text("")));

        // One row per KPI.
        var headers = new[] { "KPI", "Rows", "Actual", "Target", "Status", "Attainment", "Previous rows", "Previous", "Change" };
        for (var c = 0; c < headers.Length; c++)
        {
            grid.Text(calc.KpiHeaderRow, c + 1, headers[c], bold);
        }

        for (var i = 0; i < InputFields.Numeric.Count; i++)
        {
            grid.Text(calc.KpiHeaderRow, calc.SumColumn(i, false), InputFields.Numeric[i].Name, bold);
            grid.Text(calc.KpiHeaderRow, calc.SumColumn(i, true), InputFields.Numeric[i].Name + " (previous)", bold);
        }

        for (var k = 0; k < layout.Kpis.Count; k++)
        {
            WriteKpi(grid, cells, context, k, inSelected, inPrevious, plain);
        }

        cells.WriteTo(grid, plain);
        var sheet = new WorksheetWriter(xml, new SheetSetup { ColumnWidths = new[] { 28.0, 14, 14, 14, 14, 14, 14, 14, 14 } });
        grid.WriteTo(sheet);
        sheet.Finish(context.Tail(new SheetTail()));

        // A line whose value is given is a sum over the data; any other is evaluated.
        Expression Line(int row, string label, Expression formula, int style, CellValue? value = null)
        {
            grid.Text(row, CalcArea.LabelColumn, label, plain);
            return cells.Set(row, CalcArea.ValueColumn, formula, style, value);
        }

        void List(int column, IReadOnlyList<LocalizedText> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                cells.Constant(CalcArea.FirstListRow + i, column, CellValue.Of(context.Text(items[i])), plain);
            }
        }
    }

    private static void WriteKpi(SheetGrid grid, SheetCells cells, BuildContext context, int index, Func<string, Expression> inSelected, Func<string, Expression> inPrevious, int style)
    {
        var layout = context.Layout;
        var calc = layout.Calc;
        var kpi = layout.Kpis[index];
        var id = kpi.Definition.Id;
        var row = calc.KpiRow(index);

        var values = context.Values;
        var current = values.Current[index];
        var before = values.ResultsAt(values.Previous)[index];
        grid.Text(row, CalcArea.IdColumn, id, style);
        var actuals = new Expression[2];
        foreach (var previous in new[] { false, true })
        {
            var sums = values.KpiSumsAt(previous ? values.Previous : values.Selected, index);
            var rows = previous ? inPrevious : inSelected;
            var criteria = PeriodBlock.InScope(rows, Ref(previous ? Names.PreviousPeriod : Names.SelectedPeriod), kpi.Inputs);
            var count = cells.Set(row, previous ? CalcArea.PreviousCountColumn : CalcArea.CountColumn, CountIfs(criteria), style, CellValue.Of(sums?.Count));
            foreach (var field in kpi.Inputs)
            {
                var input = InputFields.NumericIndex(field);
                cells.Set(row, calc.SumColumn(input, previous), SumIfs(rows(Names.Data(field)), criteria), style, CellValue.Of(sums?.Sums[input]));
            }

            // The catalog formula over the sums: its value is the reference calculator's, from the same tree.
            actuals[previous ? 1 : 0] = cells.Set(row, previous ? CalcArea.PreviousColumn : CalcArea.ActualColumn,
                If(count.Is(0), NA(), kpi.Formula), style, CellValue.Of(previous ? before.Value : current.Value), layout.CalcReferences(index, previous));
        }

        var actual = actuals[0];
        var setting = Ref(Names.SettingTarget(id));
        var target = cells.Set(row, CalcArea.TargetColumn, If(setting.Is(Text("")), kpi.Target ?? NA(), setting),
            style, CellValue.Of(current.Target), layout.CalcReferences(index, previous: false));
        var direction = SeriesSheet.Direction(kpi.Definition);
        cells.Set(row, CalcArea.StatusColumn, WorkbookRules.Status(actual, target, Ref(Names.CloseBand), direction), style);
        cells.Set(row, CalcArea.AttainmentColumn, WorkbookRules.Attainment(actual, target, direction), style);
        cells.Set(row, CalcArea.ChangeColumn, WorkbookRules.Change(actual, actuals[1]), style);
    }
}
