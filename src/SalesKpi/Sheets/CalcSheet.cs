using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

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

        // The selection, worked out.
        var periodKind = CellRef.Absolute(CalcArea.PeriodKindIndexRow, 2);
        var selected = CellRef.Absolute(CalcArea.SelectedRow, 2);
        var latest = CellRef.Absolute(CalcArea.LatestRow, 2);
        var periodStart = Names.Data(InputFields.PeriodStart);
        var values = context.Values;
        var settings = context.Options.Settings;
        Row(CalcArea.LatestRow, "Latest period", $"IF(COUNT({periodStart})=0,NA(),MAX({periodStart}))", date, WorkbookValues.Date(values.Latest));
        Row(CalcArea.SelectedRow, "Selected period", $"IF({Names.DashboardPeriod}=\"\",{latest},{Names.DashboardPeriod})", date, WorkbookValues.Date(values.Selected));
        Row(CalcArea.PreviousRow, "Previous period", $"IF({periodKind}=1,{selected}-7,EDATE({selected},IF({periodKind}=2,-1,-3)))", date, WorkbookValues.Date(values.Previous));
        Row(CalcArea.ScopeIndexRow, "Scope kind", $"IFERROR(MATCH({Names.DashboardScopeKind},{Names.ScopeKinds},0),1)", plain, Cached.Of(values.ScopeIndex));
        Row(CalcArea.PeriodKindIndexRow, "Period kind", $"IFERROR(MATCH({Names.PeriodKind},{Names.PeriodKinds},0),2)", plain, Cached.Of(values.PeriodKindIndex));
        Row(CalcArea.PeriodMonthsRow, "Months per period", $"CHOOSE({periodKind},12/52,1,3)", plain, Cached.Of(settings.PeriodMonths));
        Row(CalcArea.MaxLifetimeRow, "Max lifetime (periods)", $"IF({Names.MaxLifetime}=\"\",CHOOSE({periodKind},260,60,20),{Names.MaxLifetime})", plain, Cached.Of(settings.EffectiveMaxLifetimePeriods));
        var inSelected = Block(CalcArea.SelectedBlockColumn);
        Row(CalcArea.RowsInScopeRow, "Rows in scope", $"COUNTIFS({inSelected(Names.InScope)},1,{inSelected(periodStart)},{selected})", plain, Count(values.RowsInScope));

        // Where the rows of the selected and the previous period sit: their sums read only those.
        for (var part = 0; part < PeriodBlock.Parts; part++)
        {
            var row = CalcArea.BlockRow(part);
            grid.Text(row, 1, "Selected, previous " + PeriodBlock.Labels[part], plain);
            foreach (var (column, period, start) in new[] { (CalcArea.SelectedBlockColumn, selected, values.Selected), (CalcArea.PreviousBlockColumn, CellRef.Absolute(CalcArea.PreviousRow, 2), values.Previous) })
            {
                grid.Formula(row, column, PeriodBlock.Formula(part, period, p => CellRef.Absolute(CalcArea.BlockRow(p), column)), plain,
                    PeriodBlock.Value(part, values.RowsOf(start), layout.Capacity));
            }
        }

        // Texts formulas show, and the lists dropdowns offer.
        var texts = new[] { Labels.Undefined, Labels.NoTarget, Labels.OnTarget, Labels.Close, Labels.OffTarget };
        List(CalcArea.TextsColumn, texts);
        List(CalcArea.ScopeKindsColumn, Enum.GetValues(typeof(ScopeKind)).Cast<ScopeKind>().Select(DashboardSheet.ScopeLabel).ToArray());
        List(CalcArea.PeriodKindsColumn, new[] { Labels.Week, Labels.Month, Labels.Quarter });
        List(CalcArea.GrowthBasesColumn, new[] { Labels.YearOnYear, Labels.PreviousPeriod });
        // Each list item's formula is the same in every row (its index comes from ROW()), like a filled-down column.
        var index = $"(ROW()-{CalcArea.FirstListRow - 1})";
        var back = PeriodsBack(latest, periodKind, $"({index}-1)");
        var scopeIndex = CellRef.Absolute(CalcArea.ScopeIndexRow, 2);
        var room = layout.Slots;
        var option = $"CHOOSE({scopeIndex},\"\",{Item(Names.Teams, room.Teams)},{Item(Names.Locations, room.Locations)},{Item(Names.Reps, room.Reps)})";
        var lists = new[] { Array.Empty<string>(), context.Teams, context.Locations, context.Reps };
        var slots = new[] { 0, room.Teams, room.Locations, room.Reps };
        var chosen = lists[values.ScopeIndex - 1];
        for (var i = 0; i < calc.ScopeOptionRows; i++)
        {
            if (i < CalcArea.PeriodSlots)
            {
                var period = values.Latest is not { } last ? Cached.Of("")
                    : WorkbookValues.Date(settings.PeriodsBefore(last, i));
                grid.Formula(CalcArea.FirstListRow + i, CalcArea.PeriodsColumn, $"IF(ISNA({latest}),\"\",{back})", date, period);
            }

            var item = i < slots[values.ScopeIndex - 1] && i < chosen.Count ? chosen[i] : "";
            grid.Formula(CalcArea.FirstListRow + i, CalcArea.ScopeOptionsColumn, option, plain, Cached.Of(item));
        }

        string Item(string list, int slots) => $"IF({index}>{slots},\"\",INDEX({list},MIN({index},{slots}))&\"\")";

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
            WriteKpi(grid, context, k, plain);
        }

        var sheet = new WorksheetWriter(xml, new SheetSetup { ColumnWidths = new[] { 28.0, 14, 14, 14, 14, 14, 14, 14, 14 } });
        grid.WriteTo(sheet);
        sheet.Finish(context.Tail(new SheetTail()));

        void Row(int row, string label, string formula, int style, Cached cached)
        {
            grid.Text(row, 1, label, plain);
            grid.Formula(row, 2, formula, style, cached);
        }

        void List(int column, IReadOnlyList<LocalizedText> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                grid.Text(CalcArea.FirstListRow + i, column, context.Text(items[i]), plain);
            }
        }
    }

    private static Cached Count(int? count) => Cached.OrNotAvailable(count);

    /// <summary>A data-sized range cut to the rows of the selected or the previous period (the block in that column).</summary>
    private static Func<string, string> Block(int column) =>
        name => PeriodBlock.Range(name, CellRef.Absolute(CalcArea.BlockRow(PeriodBlock.Low), column), CellRef.Absolute(CalcArea.BlockRow(PeriodBlock.High), column));

    /// <summary>The start of the period <paramref name="count"/> periods before <paramref name="latest"/>, by the period kind's index (1 week, 2 month, 3 quarter): the formula twin of <see cref="KpiSettings.PeriodsBefore"/>.</summary>
    public static string PeriodsBack(string latest, string kind, string count) =>
        $"IF({kind}=1,{latest}-7*{count},EDATE({latest},-{count}*IF({kind}=2,1,3)))";

    private static void WriteKpi(SheetGrid grid, BuildContext context, int index, int style)
    {
        var layout = context.Layout;
        var calc = layout.Calc;
        var kpi = layout.Kpis[index];
        var id = kpi.Definition.Id;
        var row = calc.KpiRow(index);
        string Cell(int column) => CellRef.Absolute(row, column);

        var values = context.Values;
        var current = values.Current[index];
        var before = values.Before[index];
        grid.Text(row, CalcArea.IdColumn, id, style);
        foreach (var previous in new[] { false, true })
        {
            var sums = (previous ? values.PreviousSums : values.CurrentSums)?[index];
            var period = previous ? Names.PreviousPeriod : Names.SelectedPeriod;
            var block = Block(previous ? CalcArea.PreviousBlockColumn : CalcArea.SelectedBlockColumn);
            var criteria = $"{block(Names.InScope)},1,{block(Names.Data(InputFields.PeriodStart))},{period}"
                + string.Concat(kpi.Inputs.Select(f => $",{block(Names.Data(f))},\"<>\""));
            var count = previous ? CalcArea.PreviousCountColumn : CalcArea.CountColumn;
            grid.Formula(row, count, $"COUNTIFS({criteria})", style, Count(sums?.Count));
            foreach (var field in kpi.Inputs)
            {
                var input = InputFields.NumericIndex(field);
                grid.Formula(row, calc.SumColumn(input, previous), $"SUMIFS({block(Names.Data(field))},{criteria})", style, Cached.OrNotAvailable(sums?.Sums[input]));
            }

            var formula = ExcelRenderer.Render(kpi.Formula, layout.CalcReferences(index, previous));
            var value = previous ? before.Value : current.Value;
            grid.Formula(row, previous ? CalcArea.PreviousColumn : CalcArea.ActualColumn, $"IF({Cell(count)}=0,NA(),{formula})", style, Cached.OrNotAvailable(value));
        }

        var actual = Cell(CalcArea.ActualColumn);
        var target = Cell(CalcArea.TargetColumn);
        var rule = kpi.Target is null ? "NA()" : ExcelRenderer.Render(kpi.Target, layout.CalcReferences(index, previous: false));
        var setting = Names.SettingTarget(id);
        grid.Formula(row, CalcArea.TargetColumn, $"IF({setting}=\"\",{rule},{setting})", style, Cached.OrNotAvailable(current.Target));

        var higher = kpi.Definition.Direction == Direction.HigherIsBetter;
        var tolerance = $"ABS({target})*{Names.CloseBand}";
        var status = higher
            ? $"IF({actual}>={target},1,IF({actual}>={target}-{tolerance},0,-1))"
            : $"IF({actual}<={target},1,IF({actual}<={target}+{tolerance},0,-1))";
        var undefined = $"OR(ISNA({actual}),ISNA({target}))";
        grid.Formula(row, CalcArea.StatusColumn, $"IF({undefined},NA(),{status})", style, Cached.OrNotAvailable((double?)current.Status));
        var attainment = higher ? $"IF({target}<=0,NA(),{actual}/{target})" : $"IF({actual}<=0,NA(),{target}/{actual})";
        grid.Formula(row, CalcArea.AttainmentColumn, $"IF({undefined},NA(),{attainment})", style, Cached.OrNotAvailable(WorkbookValues.Attainment(current)));
        grid.Formula(row, CalcArea.ChangeColumn, $"{actual}-{Cell(CalcArea.PreviousColumn)}", style, Cached.OrNotAvailable(WorkbookValues.Change(current.Value, before.Value)));
    }
}
