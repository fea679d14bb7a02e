using System.Collections.Generic;
using System.Linq;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

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
        var dashboardArea = layout.Dashboard;
        var grid = new SheetGrid();
        var label = context.Style(Palette.LabelBold);
        var hint = context.Style(Palette.Hint);
        var input = context.Style(Palette.Input with { Bold = true });
        var inputDate = context.Style(Palette.Input with { Bold = true, NumberFormat = Palette.DateFormat, Align = HAlign.Left });

        grid.Text(DashboardArea.TitleRow, 1, context.Title, context.Style(Palette.Title));
        grid.Height(DashboardArea.TitleRow, 30);
        grid.Formula(DashboardArea.SubtitleRow, 1,
            $"IF(COUNT({Names.Data(Catalog.InputFields.PeriodStart)})=0,{FormulaText.Quote(context.Text(Labels.NoDataYet))},\"\")", hint,
            Cached.Of(context.Values.RowCount == 0 ? context.Text(Labels.NoDataYet) : ""));

        grid.Text(DashboardArea.PeriodRow, 1, context.Text(Labels.Period), label);
        SettingCell.DashboardPeriod.Write(grid, context, inputDate);
        grid.Text(DashboardArea.PeriodRow, DashboardArea.ScopeValueColumn, context.Text(Labels.PeriodHint), hint);
        grid.Text(DashboardArea.ScopeRow, 1, context.Text(Labels.ScopeKind), label);
        SettingCell.DashboardScopeKind.Write(grid, context, input);
        SettingCell.DashboardScope.Write(grid, context, input);
        grid.Text(DashboardArea.ShowingRow, 1, context.Text(Labels.Showing), label);
        var values = context.Values;
        var undefined = context.Text(Labels.Undefined);
        grid.Formula(DashboardArea.ShowingRow, DashboardArea.InputColumn,
            $"IFERROR({Names.SelectedPeriod},{Names.UndefinedText})", context.Style(Palette.ShownDate),
            values.Selected is { } shown ? Cached.Of(shown.ToOADate()) : Cached.Of(undefined));
        grid.Formula(DashboardArea.ShowingRow, DashboardArea.ScopeValueColumn,
            $"IFERROR({Names.RowsInScope},0)&{FormulaText.Quote(" " + context.Text(Labels.RowsInScope))}", hint,
            Cached.Of((values.RowsInScope ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + context.Text(Labels.RowsInScope)));

        var header = context.Style(Palette.Header);
        var headers = new[] { Labels.Kpi, Labels.Actual, Labels.UnitHeader, Labels.Target, Labels.Attainment, Labels.Status, Labels.Previous, Labels.Change, Labels.Watch };
        for (var c = 0; c < headers.Length; c++)
        {
            grid.Text(DashboardArea.HeaderRow, c + 1, context.Text(headers[c]), c == 0 ? context.Style(Palette.HeaderLeft) : header);
        }

        grid.Height(DashboardArea.HeaderRow, 22);
        var formats = new List<ConditionalFormat>();
        for (var place = 0; place < layout.Kpis.Count; place++)
        {
            WriteKpi(grid, context, place);
        }

        Formats(context, formats);
        grid.Text(dashboardArea.NoteRow, DashboardArea.NameColumn, context.Text(Labels.WatchLegend), hint);

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
    private static void WriteKpi(SheetGrid grid, BuildContext context, int place)
    {
        var layout = context.Layout;
        var order = DashboardList.Order(context);
        var shown = place < DashboardList.TrackedCount(context);
        var index = order[place];
        var kpi = context.Kpis[index].Definition;
        var row = layout.Dashboard.KpiRow(place);
        var banded = place % 2 == 1 ? Palette.Band : null;
        var value = context.Style(Palette.Shown with { NumberFormat = Palette.ValueFormats[0], Fill = banded });
        var change = context.Style(Palette.Shown with { NumberFormat = Palette.SignedFormat(Palette.ValueFormats[0]), Fill = banded });
        var percent = context.Style(Palette.Shown with { NumberFormat = "0%", Fill = banded });
        var text = context.Style(Palette.Label with { Fill = banded });
        var unit = context.Style(Palette.Hint with { Fill = banded, Indent = true, Align = HAlign.Left });
        var status = context.Style(Palette.Label with { Fill = banded, Align = HAlign.Center });
        var calc = layout.Calc;
        var series = layout.Series;
        var kpiAt = DashboardList.KpiAt(layout, place);
        string Calc(int column) => $"INDEX({CellRef.Sheet(layout.CalcSheet)}!{CellRef.AbsoluteRange(calc.KpiRow(0), column, calc.LastKpiRow, column)},{kpiAt})";
        string Series(int column) => $"INDEX({layout.SeriesRange(SeriesArea.FirstKpiRow, column, series.LastKpiRow, column)},{kpiAt})";
        var number = (place + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string Shown(string formula) => $"IF({number}>{DashboardList.TrackedCountCell(layout)},\"\",{formula})";

        var current = context.Values.Current[index];
        var previous = context.Values.Before[index].Value;
        var undefined = context.Text(Labels.Undefined);
        var noTarget = context.Text(Labels.NoTarget);
        Cached Value(double? n, string otherwise) => !shown ? Cached.Of("") : n is { } v ? Cached.Of(v) : Cached.Of(otherwise);
        Cached Text(string t) => Cached.Of(shown ? t : "");

        grid.Formula(row, DashboardArea.NameColumn, Shown(Series(SeriesArea.NameColumn)), text, Text(context.Text(kpi.Name)));
        grid.Formula(row, DashboardArea.ActualColumn, Shown($"IFERROR({Calc(CalcArea.ActualColumn)},{Names.UndefinedText})"), value, Value(current.Value, undefined));
        grid.Formula(row, DashboardArea.UnitColumn, Shown(Series(SeriesArea.UnitColumn)), unit, Text(UnitLabel.Text(kpi.Unit, context)));
        grid.Formula(row, DashboardArea.TargetColumn, Shown($"IFERROR({Calc(CalcArea.TargetColumn)},{Names.NoTargetText})"), value, Value(current.Target, noTarget));
        grid.Formula(row, DashboardArea.AttainmentColumn, Shown($"IFERROR({Calc(CalcArea.AttainmentColumn)},{Names.UndefinedText})"), percent,
            Value(WorkbookValues.Attainment(current), undefined));
        grid.Formula(row, DashboardArea.StatusColumn,
            Shown($"IFERROR(CHOOSE({Calc(CalcArea.StatusColumn)}+2,{Names.OffTargetText},{Names.CloseText},{Names.OnTargetText}),IF(ISNA({Calc(CalcArea.ActualColumn)}),{Names.UndefinedText},{Names.NoTargetText}))"),
            status, Text(StatusText(context, current.Status, current.Value)));
        grid.Formula(row, DashboardArea.PreviousColumn, Shown($"IFERROR({Calc(CalcArea.PreviousColumn)},{Names.UndefinedText})"), value, Value(previous, undefined));
        grid.Formula(row, DashboardArea.ChangeColumn, Shown($"IFERROR({Calc(CalcArea.ChangeColumn)},{Names.UndefinedText})"), change,
            Value(WorkbookValues.Change(current.Value, previous), undefined));

        var watch = context.Style(Palette.Label with { Fill = banded, Align = HAlign.Center, Bold = true, FontColor = Palette.BadText });
        grid.Formula(row, DashboardArea.WatchColumn, Shown(DashboardList.WatchAt(layout, place)), watch, Text(DashboardList.WatchSymbols(context, index)));
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
        int Style(DiffStyle style) => context.Styles.DiffId(style);
        void Add(string sqref, string formula, DiffStyle style) => formats.Add(new ConditionalFormat(sqref, formula, Style(style)));
        var offset = (first - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string Format(int f) => $"INDEX({Names.PlaceFormats},ROW()-{offset})={f.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var direction = $"INDEX({Names.PlaceDirections},ROW()-{offset})";
        var undefined = $"${CellRef.Column(DashboardArea.ActualColumn)}{first.ToString(System.Globalization.CultureInfo.InvariantCulture)}={Names.UndefinedText}";

        // Below the last tracked KPI the places are blank, and so are their stripes (the first rule: LibreOffice stops there).
        var name = $"${CellRef.Column(DashboardArea.NameColumn)}{first.ToString(System.Globalization.CultureInfo.InvariantCulture)}=\"\"";
        Add(CellRef.RelativeRange(first, DashboardArea.NameColumn, last, DashboardArea.WatchColumn), name, new DiffStyle(null, "FFFFFF"));

        var status = Columns(DashboardArea.StatusColumn);
        var statusCell = CellRef.Relative(first, DashboardArea.StatusColumn);
        Add(status, $"{statusCell}={Names.OnTargetText}", new DiffStyle(Palette.GoodText, Palette.GoodFill, true));
        Add(status, $"{statusCell}={Names.CloseText}", new DiffStyle(Palette.CloseText, Palette.CloseFill, true));
        Add(status, $"{statusCell}={Names.OffTargetText}", new DiffStyle(Palette.BadText, Palette.BadFill, true));
        Add(Columns(DashboardArea.UnitColumn, DashboardArea.AttainmentColumn, DashboardArea.StatusColumn, DashboardArea.WatchColumn), undefined, new DiffStyle(Palette.Muted, null));

        var values = Columns(DashboardArea.ActualColumn, DashboardArea.TargetColumn, DashboardArea.PreviousColumn);
        for (var f = 0; f < Palette.ValueFormats.Length; f++)
        {
            Add(values, $"AND({undefined},{Format(f)})", new DiffStyle(Palette.Muted, null) { NumberFormat = Palette.ValueFormats[f] });
        }

        for (var f = 1; f < Palette.ValueFormats.Length; f++)
        {
            Add(values, Format(f), new DiffStyle(null, null) { NumberFormat = Palette.ValueFormats[f] });
        }

        var change = Columns(DashboardArea.ChangeColumn);
        var changeCell = CellRef.Relative(first, DashboardArea.ChangeColumn);
        Add(change, undefined, new DiffStyle(Palette.Muted, null));
        for (var f = 0; f < Palette.ValueFormats.Length; f++)
        {
            var signed = Palette.SignedFormat(Palette.ValueFormats[f]);
            Add(change, $"AND({Format(f)},ISNUMBER({changeCell}),{changeCell}*{direction}>0)", new DiffStyle(Palette.GoodText, null) { NumberFormat = signed });
            Add(change, $"AND({Format(f)},ISNUMBER({changeCell}),{changeCell}*{direction}<0)", new DiffStyle(Palette.BadText, null) { NumberFormat = signed });
            if (f > 0)
            {
                Add(change, Format(f), new DiffStyle(null, null) { NumberFormat = signed });
            }
        }
    }

    /// <summary>What a status cell reads: on, close or off target; "n/a" without a value; "—" without a target.</summary>
    public static string StatusText(BuildContext context, KpiStatus? status, double? value) => status switch
    {
        KpiStatus.OnTarget => context.Text(Labels.OnTarget),
        KpiStatus.Close => context.Text(Labels.Close),
        KpiStatus.OffTarget => context.Text(Labels.OffTarget),
        _ => context.Text(value is null ? Labels.Undefined : Labels.NoTarget),
    };

    private static Validation[] Validations(BuildContext context) => new[]
    {
        // The tooltip of the watch column: a prompt shows when the cell is selected, no macro needed.
        new Validation(
            CellRef.RelativeRange(DashboardArea.FirstKpiRow, DashboardArea.WatchColumn, context.Layout.Dashboard.LastKpiRow, DashboardArea.WatchColumn),
            ValidationType.Custom, null, "TRUE")
        {
            PromptTitle = context.Text(Labels.Watch), Prompt = context.Text(Labels.WatchPrompt),
        },
        new Validation(CellRef.Relative(DashboardArea.PeriodRow, DashboardArea.InputColumn), ValidationType.List, null, Names.Periods)
        {
            ErrorTitle = context.Text(Labels.InvalidTitle), Error = context.Text(Labels.PickMessage),
        },
        new Validation(CellRef.Relative(DashboardArea.ScopeRow, DashboardArea.InputColumn), ValidationType.List, null, Names.ScopeKinds)
        {
            ErrorTitle = context.Text(Labels.InvalidTitle), Error = context.Text(Labels.PickMessage),
        },
        new Validation(CellRef.Relative(DashboardArea.ScopeRow, DashboardArea.ScopeValueColumn), ValidationType.List, null, Names.ScopeOptions)
        {
            ErrorTitle = context.Text(Labels.InvalidTitle), Error = context.Text(Labels.PickMessage),
        },
    };
}
