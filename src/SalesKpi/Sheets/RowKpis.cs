using System.Collections.Generic;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>
/// The columns that show each data row's KPIs: the (hidden) in-scope flag, then one column per KPI,
/// each one formula filled down from the first row, or values where the options ask for them.
/// Locked: nothing here is typed.
/// </summary>
internal sealed class RowKpis
{
    private readonly BuildContext _context;
    private readonly WorksheetWriter _sheet;
    private readonly WorkbookLayout _layout;
    private readonly int _plain;
    private readonly int[] _valueStyles;
    private readonly string _undefinedText;
    private readonly FilledFormula?[] _filled;

    public RowKpis(BuildContext context, WorksheetWriter sheet)
    {
        _context = context;
        _sheet = sheet;
        _layout = context.Layout;
        _plain = context.Style(Palette.Label);
        _valueStyles = context.Kpis.Select(k => context.Style(Palette.Shown with { NumberFormat = Palette.ValueFormat(k.Definition.Unit) })).ToArray();
        _undefinedText = context.Text(Labels.Undefined);
        _filled = new FilledFormula?[_layout.KpiColumn(context.Kpis.Count - 1) + 1];
    }

    /// <summary>The widths of the in-scope column and the KPI columns.</summary>
    public static IEnumerable<double> Widths(int kpis) => new[] { 6.0 }.Concat(Enumerable.Repeat(14.0, kpis));

    public void Header(int style)
    {
        _sheet.Text(_layout.InScopeColumn, "InScope", style);
        for (var i = 0; i < _context.Kpis.Count; i++)
        {
            _sheet.Text(_layout.KpiColumn(i), _context.Text(_context.Kpis[i].Definition.Name), style);
        }
    }

    /// <summary>The current row's cells, its cached values from <paramref name="stored"/> (none past the data).</summary>
    public void Cells(StoredRow? stored, int row)
    {
        Filled(_layout.InScopeColumn, () => InScope(_layout, row), _plain, Cached.Of(stored is { InScope: true } ? 1 : 0));
        for (var i = 0; i < _context.Kpis.Count; i++)
        {
            var column = _layout.KpiColumn(i);
            if (!_context.Options.RowKpisAsValues)
            {
                var cached = stored is null ? Cached.Of("") : stored.Values[i] is { } v ? Cached.Of(v) : Cached.Of(_undefinedText);
                Filled(column, () => RowFormula(_context.Kpis[i], _layout, row), _valueStyles[i], cached);
            }
            else if (stored?.Values[i] is { } number)
            {
                _sheet.Number(column, number, _valueStyles[i]);
            }
            else if (stored is not null)
            {
                _sheet.Text(column, _undefinedText, _valueStyles[i]);
            }
        }
    }

    /// <summary>A cell of a column that is one formula filled down, written as its first row gives it.</summary>
    public void Filled(int column, System.Func<string> formula, int style, Cached cached)
    {
        _filled[column] ??= new FilledFormula(formula(), WorkbookLayout.FirstDataRow, _layout.LastDataRow, column);
        _sheet.Filled(column, _filled[column]!, column - 1, style, cached);
    }

    /// <summary>The KPI cells read as muted where they say "n/a".</summary>
    public ConditionalFormat Muted()
    {
        var first = _layout.KpiColumn(0);
        var block = CellRef.RelativeRange(WorkbookLayout.FirstDataRow, first, _layout.LastDataRow, _layout.KpiColumn(_context.Kpis.Count - 1));
        var muted = _context.Styles.DiffId(new DiffStyle(Palette.Muted, null));
        return new ConditionalFormat(block, ExcelRenderer.Render(IsText(Ref(CellRef.Relative(WorkbookLayout.FirstDataRow, first)))), muted);
    }

    /// <summary>
    /// One row's KPI: blank where the row has no rep, "n/a" where an input is blank or a denominator is 0.
    /// </summary>
    public static string RowFormula(CompiledKpi kpi, WorkbookLayout layout, int row) =>
        ExcelRenderer.Render(
            If(Ref(layout.RowKey(InputFields.RepId, row)).Is(Text("")), Text(""), IfError(Guarded(kpi), Ref(Names.UndefinedText))),
            References(field => layout.RowInput(field, row)));

    /// <summary>A KPI of one data row over its <see cref="InputExpr"/>s: #N/A where an input is blank.</summary>
    public static Expression Guarded(CompiledKpi kpi) =>
        If(Count(kpi.Inputs.Select(field => (Expression)new InputExpr(field)).ToArray()) < kpi.Inputs.Count, NA(), kpi.Formula);

    /// <summary>
    /// Where a row's KPI finds its inputs (<paramref name="cell"/>) and settings (by name, so the column
    /// stays one shared formula); inside IFERROR, so a zero denominator needs no check of its own.
    /// </summary>
    public static ExcelReferences References(System.Func<InputField, string> cell) => new(
        cell,
        Names.Setting,
        id => throw new System.InvalidOperationException($"A KPI formula cannot refer to KPI '{id}'."))
    {
        EveryErrorIsUndefined = true,
    };

    /// <summary>1 where the row belongs to the dashboard's scope (any period), else 0.</summary>
    public static string InScope(WorkbookLayout layout, int row)
    {
        Expression Key(InputField field) => Ref(layout.RowKey(field, row));
        return ExcelRenderer.Render(WorkbookRules.InScope(
            Key(InputFields.RepId), Key(InputFields.Team), Key(InputFields.Location), Ref(Names.ScopeIndex), Ref(Names.DashboardScope)));
    }
}
