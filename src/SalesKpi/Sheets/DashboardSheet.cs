using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>
/// The cuadro de mando: pick a period and a scope; each KPI shows actual, target, attainment,
/// status, previous period and change. Undefined reads "n/a", never 0 and never an error.
/// </summary>
internal static class DashboardSheet
{
    public static void Write(System.Xml.XmlWriter xml, BuildContext context, string drawing)
    {
        var layout = context.Layout;
        var grid = new SheetGrid();
        var label = context.Style(Palette.LabelBold);
        var hint = context.Style(Palette.Hint);
        var input = context.Style(Palette.Input with { Bold = true });
        var inputDate = context.Style(Palette.Input with { Bold = true, NumberFormat = Palette.DateFormat, Align = HAlign.Left });

        var read = context.Cells.Reader();
        void Set(int row, int column, Expression formula, int style) =>
            grid.Formula(row, column, ExcelRenderer.Render(formula), style, Evaluator.Evaluate(formula, read).Cached());

        grid.Text(DashboardArea.TitleRow, DashboardArea.NameColumn, context.Title, context.Style(Palette.Title));
        grid.Height(DashboardArea.TitleRow, 30);
        var latest = Ref(layout.CalcCell(CalcArea.LatestRow, CalcArea.ValueColumn));
        Set(DashboardArea.SubtitleRow, DashboardArea.NameColumn, If(IsNa(latest), Text(context.Text(Labels.NoDataYet)), Text("")), hint);

        grid.Text(DashboardArea.PeriodRow, DashboardArea.NameColumn, context.Text(Labels.Period), label);
        SettingCell.DashboardPeriod.Write(grid, context, inputDate);
        grid.Text(DashboardArea.PeriodRow, DashboardArea.ScopeValueColumn, context.Text(Labels.PeriodHint), hint);
        grid.Text(DashboardArea.ScopeRow, DashboardArea.NameColumn, context.Text(Labels.ScopeKind), label);
        SettingCell.DashboardScopeKind.Write(grid, context, input);
        SettingCell.DashboardScope.Write(grid, context, input);

        grid.Text(DashboardArea.ShowingRow, DashboardArea.NameColumn, context.Text(Labels.Showing), label);
        Set(DashboardArea.ShowingRow, DashboardArea.InputColumn, IfError(Ref(Names.SelectedPeriod), Ref(Names.UndefinedText)), context.Style(Palette.ShownDate));
        Set(DashboardArea.ShowingRow, DashboardArea.ScopeValueColumn,
            IfError(Ref(Names.RowsInScope), 0).Then(Text(" " + context.Text(Labels.RowsInScope))), hint);

        var header = context.Style(Palette.Header);
        var headers = new[]
        {
            (DashboardArea.NameColumn, Labels.Kpi), (DashboardArea.ActualColumn, Labels.Actual), (DashboardArea.UnitColumn, Labels.UnitHeader),
            (DashboardArea.TargetColumn, Labels.Target), (DashboardArea.AttainmentColumn, Labels.Attainment), (DashboardArea.StatusColumn, Labels.Status),
            (DashboardArea.PreviousColumn, Labels.Previous), (DashboardArea.ChangeColumn, Labels.Change), (DashboardArea.WatchColumn, Labels.Watch),
        };
        foreach (var (column, title) in headers)
        {
            grid.Text(DashboardArea.HeaderRow, column, context.Text(title), column == DashboardArea.NameColumn ? context.Style(Palette.HeaderLeft) : header);
        }

        grid.Height(DashboardArea.HeaderRow, 22);
        var formats = new List<ConditionalFormat>();
        for (var place = 0; place < layout.Kpis.Count; place++)
        {
            WriteKpi(context, Set, place);
        }

        Formats(context, formats);
        grid.Text(layout.Dashboard.NoteRow, DashboardArea.NameColumn, context.Text(Labels.WatchLegend), hint);

        var sheet = new WorksheetWriter(xml, new SheetSetup
        {
            ColumnWidths = new[] { 40.0, 14, 10, 14, 12, 20, 14, 12, 8 },
            ShowGridLines = false,
            Selected = true,
            TabColor = Palette.Blue,
            ActiveCell = CellRef.Relative(DashboardArea.PeriodRow, DashboardArea.InputColumn),
            Print = Printing.Of(SheetRole.Dashboard),
        });
        grid.WriteTo(sheet);
        sheet.Finish(context.Tail(new SheetTail
        {
            ConditionalFormats = formats,
            Validations = Validations(context),
            DrawingId = drawing,
        }));
    }

    /// <summary>
    /// One place of the dashboard's list: the tracked KPI there (see <see cref="DashboardList"/>), or
    /// blank below the last tracked one. Every cell looks the KPI up by its number, so switching a KPI
    /// off moves the ones below up; the unit's number format follows by a conditional format.
    /// </summary>
    private static void WriteKpi(BuildContext context, Action<int, int, Expression, int> set, int place)
    {
        var layout = context.Layout;
        var row = layout.Dashboard.KpiRow(place);
        var banded = place % 2 == 1 ? Palette.Band : null;
        var value = context.Style(Palette.Shown with { NumberFormat = Palette.ValueFormats[0], Fill = banded });
        var change = context.Style(Palette.Shown with { NumberFormat = Palette.SignedFormat(Palette.ValueFormats[0]), Fill = banded });
        var percent = context.Style(Palette.Shown with { NumberFormat = "0%", Fill = banded });
        var text = context.Style(Palette.Label with { Fill = banded });
        var unit = context.Style(Palette.Hint with { Fill = banded, Indent = true, Align = HAlign.Left });
        var status = context.Style(Palette.Label with { Fill = banded, Align = HAlign.Center });
        var watch = context.Style(Palette.Label with { Fill = banded, Align = HAlign.Center, Bold = true, FontColor = Palette.BadText });
        var calc = layout.Calc;
        var series = layout.Series;
        var kpiAt = Ref(DashboardList.KpiAt(layout, place));
        Expression Calc(int column) => Index(Ref(CellRef.Sheet(layout.CalcSheet) + "!" + CellRef.AbsoluteRange(calc.KpiRow(0), column, calc.LastKpiRow, column)), kpiAt);
        Expression Series(int column) => Index(Ref(layout.SeriesRange(SeriesArea.FirstKpiRow, column, series.LastKpiRow, column)), kpiAt);
        Expression OrUndefined(Expression formula) => IfError(formula, Ref(Names.UndefinedText));

        // Below the last tracked KPI the place is blank.
        var hidden = new NumberExpr(place + 1) > Ref(DashboardList.TrackedCountCell(layout));
        void Set(int column, Expression formula, int style) => set(row, column, If(hidden, Text(""), formula), style);

        Set(DashboardArea.NameColumn, Series(SeriesArea.NameColumn), text);
        Set(DashboardArea.ActualColumn, OrUndefined(Calc(CalcArea.ActualColumn)), value);
        Set(DashboardArea.UnitColumn, Series(SeriesArea.UnitColumn), unit);
        Set(DashboardArea.TargetColumn, IfError(Calc(CalcArea.TargetColumn), Ref(Names.NoTargetText)), value);
        Set(DashboardArea.AttainmentColumn, OrUndefined(Calc(CalcArea.AttainmentColumn)), percent);
        Set(DashboardArea.StatusColumn, StatusText(Calc(CalcArea.StatusColumn), Calc(CalcArea.ActualColumn)), status);
        Set(DashboardArea.PreviousColumn, OrUndefined(Calc(CalcArea.PreviousColumn)), value);
        Set(DashboardArea.ChangeColumn, OrUndefined(Calc(CalcArea.ChangeColumn)), change);
        Set(DashboardArea.WatchColumn, Ref(DashboardList.WatchAt(layout, place)), watch);
    }

    /// <summary>
    /// The colours and number formats of the KPI list, one rule per case over every place: the unit's
    /// number format follows the KPI at each place, and each rule carries all a cell needs, since
    /// LibreOffice applies only the first rule that holds.
    /// </summary>
    private static void Formats(BuildContext context, List<ConditionalFormat> formats)
    {
        var first = DashboardArea.FirstKpiRow;
        var last = context.Layout.Dashboard.LastKpiRow;
        string Columns(params int[] columns) => string.Join(" ", columns.Select(c => CellRef.RelativeRange(first, c, last, c)));
        void Add(string sqref, Expression rule, DiffStyle style) => formats.Add(new ConditionalFormat(sqref, ExcelRenderer.Render(rule), context.Styles.DiffId(style)));

        // Each rule is written for the first row; its relative references follow the row, as ROW() does.
        var place = Row() - (first - 1);
        Expression Format(int f) => Index(Ref(Names.PlaceFormats), place).Is(f);
        var direction = Index(Ref(Names.PlaceDirections), place);
        var undefined = Ref(CellRef.RowRelative(first, DashboardArea.ActualColumn)).Is(Ref(Names.UndefinedText));

        // Below the last tracked KPI the places are blank, and so are their stripes (the first rule: LibreOffice stops there).
        Add(CellRef.RelativeRange(first, DashboardArea.NameColumn, last, DashboardArea.WatchColumn),
            Ref(CellRef.RowRelative(first, DashboardArea.NameColumn)).Is(Text("")), new DiffStyle(null, "FFFFFF"));

        var status = Columns(DashboardArea.StatusColumn);
        var statusCell = Ref(CellRef.Relative(first, DashboardArea.StatusColumn));
        Add(status, statusCell.Is(Ref(Names.OnTargetText)), new DiffStyle(Palette.GoodText, Palette.GoodFill, true));
        Add(status, statusCell.Is(Ref(Names.CloseText)), new DiffStyle(Palette.CloseText, Palette.CloseFill, true));
        Add(status, statusCell.Is(Ref(Names.OffTargetText)), new DiffStyle(Palette.BadText, Palette.BadFill, true));
        Add(Columns(DashboardArea.UnitColumn, DashboardArea.AttainmentColumn, DashboardArea.StatusColumn, DashboardArea.WatchColumn), undefined, new DiffStyle(Palette.Muted, null));

        var values = Columns(DashboardArea.ActualColumn, DashboardArea.TargetColumn, DashboardArea.PreviousColumn);
        for (var f = 0; f < Palette.ValueFormats.Length; f++)
        {
            Add(values, And(undefined, Format(f)), new DiffStyle(Palette.Muted, null) { NumberFormat = Palette.ValueFormats[f] });
        }

        for (var f = 1; f < Palette.ValueFormats.Length; f++)
        {
            Add(values, Format(f), new DiffStyle(null, null) { NumberFormat = Palette.ValueFormats[f] });
        }

        var change = Columns(DashboardArea.ChangeColumn);
        var changeCell = Ref(CellRef.Relative(first, DashboardArea.ChangeColumn));
        Add(change, undefined, new DiffStyle(Palette.Muted, null));
        for (var f = 0; f < Palette.ValueFormats.Length; f++)
        {
            var signed = Palette.SignedFormat(Palette.ValueFormats[f]);
            Add(change, And(Format(f), IsNumber(changeCell), (changeCell * direction) > 0), new DiffStyle(Palette.GoodText, null) { NumberFormat = signed });
            Add(change, And(Format(f), IsNumber(changeCell), (changeCell * direction) < 0), new DiffStyle(Palette.BadText, null) { NumberFormat = signed });
            if (f > 0)
            {
                Add(change, Format(f), new DiffStyle(null, null) { NumberFormat = signed });
            }
        }
    }

    /// <summary>What a status cell reads: on, close or off target by the status (1, 0, -1); "n/a" without an actual; "—" without a target.</summary>
    public static Expression StatusText(Expression status, Expression actual) =>
        IfError(Choose(status + 2, Ref(Names.OffTargetText), Ref(Names.CloseText), Ref(Names.OnTargetText)),
            If(IsNa(actual), Ref(Names.UndefinedText), Ref(Names.NoTargetText)));

    private static Validation[] Validations(BuildContext context)
    {
        Validation Pick(int row, int column, string list) => new(CellRef.Relative(row, column), ValidationType.List, null, list)
        {
            ErrorTitle = context.Text(Labels.InvalidTitle), Error = context.Text(Labels.PickMessage),
        };

        return new[]
        {
            // The tooltip of the watch column: a prompt shows when the cell is selected, no macro needed.
            new Validation(
                CellRef.RelativeRange(DashboardArea.FirstKpiRow, DashboardArea.WatchColumn, context.Layout.Dashboard.LastKpiRow, DashboardArea.WatchColumn),
                ValidationType.Custom, null, "TRUE")
            {
                PromptTitle = context.Text(Labels.Watch), Prompt = context.Text(Labels.WatchPrompt),
            },
            Pick(DashboardArea.PeriodRow, DashboardArea.InputColumn, Names.Periods),
            Pick(DashboardArea.ScopeRow, DashboardArea.InputColumn, Names.ScopeKinds),
            Pick(DashboardArea.ScopeRow, DashboardArea.ScopeValueColumn, Names.ScopeOptions),
        };
    }
}
