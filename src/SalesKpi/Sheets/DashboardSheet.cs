using System.Collections.Generic;
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
        var dashboard = layout.Dashboard;
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
        var selection = context.Options.Selection;
        if (selection.Period is { } period)
        {
            grid.Number(DashboardArea.PeriodRow, DashboardArea.InputColumn, period.ToOADate(), inputDate);
        }
        else
        {
            grid.Blank(DashboardArea.PeriodRow, DashboardArea.InputColumn, inputDate);
        }

        grid.Text(DashboardArea.PeriodRow, DashboardArea.ScopeValueColumn, context.Text(Labels.PeriodHint), hint);
        grid.Text(DashboardArea.ScopeRow, 1, context.Text(Labels.ScopeKind), label);
        grid.Text(DashboardArea.ScopeRow, DashboardArea.InputColumn, context.Text(ScopeLabel(selection.Scope)), input);
        if (selection.ScopeValue is { } scope && selection.Scope != ScopeKind.Everyone)
        {
            grid.Text(DashboardArea.ScopeRow, DashboardArea.ScopeValueColumn, scope, input);
        }
        else
        {
            grid.Blank(DashboardArea.ScopeRow, DashboardArea.ScopeValueColumn, input);
        }
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
        var headers = new[] { Labels.Kpi, Labels.Actual, Labels.UnitHeader, Labels.Target, Labels.Attainment, Labels.Status, Labels.Previous, Labels.Change };
        for (var c = 0; c < headers.Length; c++)
        {
            grid.Text(DashboardArea.HeaderRow, c + 1, context.Text(headers[c]), c == 0 ? context.Style(Palette.HeaderLeft) : header);
        }

        grid.Height(DashboardArea.HeaderRow, 22);
        var formats = new List<ConditionalFormat>();
        for (var k = 0; k < layout.Kpis.Count; k++)
        {
            WriteKpi(grid, context, k, formats);
        }

        var sheet = new WorksheetWriter(xml, new SheetSetup
        {
            ColumnWidths = new[] { 40.0, 14, 10, 14, 12, 20, 14, 12 },
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

    private static void WriteKpi(SheetGrid grid, BuildContext context, int index, List<ConditionalFormat> formats)
    {
        var kpi = context.Kpis[index].Definition;
        var row = context.Layout.Dashboard.KpiRow(index);
        var id = kpi.Id;
        var banded = index % 2 == 1 ? Palette.Band : null;
        var value = context.Style(Palette.Shown with { NumberFormat = Palette.ValueFormat(kpi.Unit), Fill = banded });
        var change = context.Style(Palette.Shown with { NumberFormat = Palette.ChangeFormat(kpi.Unit), Fill = banded });
        var percent = context.Style(Palette.Shown with { NumberFormat = "0%", Fill = banded });
        var text = context.Style(Palette.Label with { Fill = banded });
        var unit = context.Style(Palette.Hint with { Fill = banded, Indent = true, Align = HAlign.Left });
        var status = context.Style(Palette.Label with { Fill = banded, Align = HAlign.Center });
        var calc = context.Layout.Calc;
        string Calc(int column) => context.Layout.CalcCell(calc.KpiRow(index), column);

        var current = context.Values.Current[index];
        var previous = context.Values.Before[index].Value;
        var undefined = context.Text(Labels.Undefined);
        var noTarget = context.Text(Labels.NoTarget);
        Cached Shown(double? number, string otherwise) => number is { } n ? Cached.Of(n) : Cached.Of(otherwise);
        var statusText = StatusText(context, current.Status, current.Value);

        grid.Text(row, DashboardArea.NameColumn, context.Text(kpi.Name), text);
        grid.Formula(row, DashboardArea.ActualColumn, $"IFERROR({Names.Actual(id)},{Names.UndefinedText})", value, Shown(current.Value, undefined));
        grid.Formula(row, DashboardArea.UnitColumn, UnitLabel.Formula(kpi.Unit, context), unit, Cached.Of(UnitLabel.Text(kpi.Unit, context)));
        grid.Formula(row, DashboardArea.TargetColumn, $"IFERROR({Names.Target(id)},{Names.NoTargetText})", value, Shown(current.Target, noTarget));
        grid.Formula(row, DashboardArea.AttainmentColumn, $"IFERROR({Calc(CalcArea.AttainmentColumn)},{Names.UndefinedText})", percent,
            Shown(WorkbookValues.Attainment(current), undefined));
        grid.Formula(row, DashboardArea.StatusColumn,
            $"IFERROR(CHOOSE({Names.Status(id)}+2,{Names.OffTargetText},{Names.CloseText},{Names.OnTargetText}),IF(ISNA({Names.Actual(id)}),{Names.UndefinedText},{Names.NoTargetText}))",
            status, Cached.Of(statusText));
        grid.Formula(row, DashboardArea.PreviousColumn, $"IFERROR({Names.Previous(id)},{Names.UndefinedText})", value, Shown(previous, undefined));
        grid.Formula(row, DashboardArea.ChangeColumn, $"IFERROR({Calc(CalcArea.ChangeColumn)},{Names.UndefinedText})", change,
            Shown(WorkbookValues.Change(current.Value, previous), undefined));

        var statusCell = CellRef.Relative(row, DashboardArea.StatusColumn);
        formats.Add(new ConditionalFormat(statusCell, $"{Names.Status(id)}=1", context.Styles.DiffId(new DiffStyle(Palette.GoodText, Palette.GoodFill, true))));
        formats.Add(new ConditionalFormat(statusCell, $"{Names.Status(id)}=0", context.Styles.DiffId(new DiffStyle(Palette.CloseText, Palette.CloseFill, true))));
        formats.Add(new ConditionalFormat(statusCell, $"{Names.Status(id)}=-1", context.Styles.DiffId(new DiffStyle(Palette.BadText, Palette.BadFill, true))));
        var changeCell = CellRef.Relative(row, DashboardArea.ChangeColumn);
        var (good, bad) = kpi.Direction == Direction.HigherIsBetter ? (">", "<") : ("<", ">");
        formats.Add(new ConditionalFormat(changeCell, $"AND(ISNUMBER({changeCell}),{changeCell}{good}0)", context.Styles.DiffId(new DiffStyle(Palette.GoodText, null))));
        formats.Add(new ConditionalFormat(changeCell, $"AND(ISNUMBER({changeCell}),{changeCell}{bad}0)", context.Styles.DiffId(new DiffStyle(Palette.BadText, null))));
        var muted = context.Styles.DiffId(new DiffStyle(Palette.Muted, null));
        var block = CellRef.RelativeRange(row, DashboardArea.ActualColumn, row, DashboardArea.LastColumn);
        formats.Add(new ConditionalFormat(block, $"{CellRef.Relative(row, DashboardArea.ActualColumn)}={Names.UndefinedText}", muted));
    }

    /// <summary>What a status cell reads: on, close or off target; "n/a" without a value; "—" without a target.</summary>
    public static string StatusText(BuildContext context, KpiStatus? status, double? value) => status switch
    {
        KpiStatus.OnTarget => context.Text(Labels.OnTarget),
        KpiStatus.Close => context.Text(Labels.Close),
        KpiStatus.OffTarget => context.Text(Labels.OffTarget),
        _ => context.Text(value is null ? Labels.Undefined : Labels.NoTarget),
    };

    public static LocalizedText ScopeLabel(ScopeKind kind) => kind switch
    {
        ScopeKind.Team => Labels.Team,
        ScopeKind.Location => Labels.Location,
        ScopeKind.Rep => Labels.Rep,
        _ => Labels.Everyone,
    };

    private static Validation[] Validations(BuildContext context) => new[]
    {
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
