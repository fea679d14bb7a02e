using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>Every KPI for every data row, as formulas derived from the catalog. Locked: nothing here is typed.</summary>
internal static class KpiSheet
{
    public static void Write(System.Xml.XmlWriter xml, BuildContext context, RowStore store)
    {
        var layout = context.Layout;
        var kpis = context.Kpis;
        var widths = new[] { 12.0, 12, 20, 12, 12, 6 }.Concat(kpis.Select(_ => 14.0)).ToArray();
        var sheet = new WorksheetWriter(xml, new SheetSetup
        {
            ColumnWidths = widths,
            HiddenColumns = new[] { WorkbookLayout.InScopeColumn },
            FrozenRows = WorkbookLayout.HeaderRow,
            FrozenColumns = KeyColumn(InputFields.RepName),
            TabColor = "548235",
            Print = Printing.Of(SheetRole.Kpis),
        });

        var header = context.Style(Palette.Header);
        sheet.StartRow(WorkbookLayout.HeaderRow, 45);
        for (var k = 0; k < WorkbookLayout.KpiSheetKeys.Length; k++)
        {
            sheet.Text(k + 1, context.Text(WorkbookLayout.KpiSheetKeys[k].Title), header);
        }

        sheet.Text(WorkbookLayout.InScopeColumn, "InScope", header);
        for (var i = 0; i < kpis.Count; i++)
        {
            sheet.Text(WorkbookLayout.KpiColumn(i), context.Text(kpis[i].Definition.Name), header);
        }

        var keyStyles = WorkbookLayout.KpiSheetKeys.Select(f => context.Style(f.Type == FieldType.Date ? Palette.KeyDate : Palette.Key)).ToArray();
        var valueStyles = kpis.Select(k => context.Style(Palette.Shown with { NumberFormat = Palette.ValueFormat(k.Definition.Unit) })).ToArray();
        var plain = context.Style(Palette.Label);
        var undefinedText = context.Text(Localization.Labels.Undefined);
        var undefined = Cached.Of(undefinedText);
        var asValues = context.Options.RowKpisAsValues;
        var empty = Cached.Of("");
        var filled = new FilledFormula?[WorkbookLayout.KpiColumn(kpis.Count - 1) + 1];
        var row = WorkbookLayout.FirstDataRow;
        foreach (var stored in store.Read())
        {
            WriteRow(stored, row++);
        }

        for (; row <= layout.LastDataRow; row++)
        {
            WriteRow(null, row);
        }

        // Each column is one formula filled down from the first row.
        void WriteRow(StoredRow? stored, int row)
        {
            sheet.StartRow(row);
            void Shared(int column, System.Func<string> formula, int style, Cached cached)
            {
                filled[column] ??= new FilledFormula(formula(), WorkbookLayout.FirstDataRow, layout.LastDataRow, column);
                sheet.Filled(column, filled[column]!, column - 1, style, cached);
            }

            for (var k = 0; k < WorkbookLayout.KpiSheetKeys.Length; k++)
            {
                var cached = stored is null ? empty : k == 0 ? Cached.Of(stored.Period) : Cached.Of(stored.Keys[k - 1]);
                Shared(k + 1, () => KeyFormula(layout, k, row), keyStyles[k], cached);
            }

            Shared(WorkbookLayout.InScopeColumn, () => InScope(row), plain, Cached.Of(stored is { InScope: true } ? 1 : 0));
            for (var i = 0; i < kpis.Count; i++)
            {
                var cached = stored is null ? empty : stored.Values[i] is { } v ? Cached.Of(v) : undefined;
                if (!asValues)
                {
                    Shared(WorkbookLayout.KpiColumn(i), () => RowFormula(kpis[i], layout, row), valueStyles[i], cached);
                }
                else if (stored is not null)
                {
                    Value(WorkbookLayout.KpiColumn(i), stored.Values[i], valueStyles[i]);
                }
            }
        }

        // A row's KPI as a value: the number, or "n/a" where it is undefined.
        void Value(int column, double? value, int style)
        {
            if (value is { } number)
            {
                sheet.Number(column, number, style);
            }
            else
            {
                sheet.Text(column, undefinedText, style);
            }
        }

        var muted = context.Styles.DiffId(new DiffStyle(Palette.Muted, null));
        var kpiBlock = CellRef.RelativeRange(WorkbookLayout.FirstDataRow, WorkbookLayout.KpiColumn(0), layout.LastDataRow, WorkbookLayout.KpiColumn(kpis.Count - 1));
        sheet.Finish(context.Tail(new SheetTail
        {
            ConditionalFormats = new[] { new ConditionalFormat(kpiBlock, "ISTEXT(" + CellRef.Relative(WorkbookLayout.FirstDataRow, WorkbookLayout.KpiColumn(0)) + ")", muted) },
        }));
    }

    /// <summary>
    /// One row's KPI: blank where the row has no rep, "n/a" where an input is blank or a denominator is 0.
    /// </summary>
    public static string RowFormula(CompiledKpi kpi, WorkbookLayout layout, int row)
    {
        var repId = CellRef.RowRelative(row, 2);
        return $"IF({repId}=\"\",\"\",IFERROR({Guarded(kpi, layout, field => layout.DataCell(field, row))},{Names.UndefinedText}))";
    }

    /// <summary>A KPI of one data row, its inputs in the cells <paramref name="cell"/> names: #N/A where an input is blank.</summary>
    public static string Guarded(CompiledKpi kpi, WorkbookLayout layout, System.Func<InputField, string> cell)
    {
        var references = new ExcelReferences(
            cell,
            layout.SettingReference,
            id => throw new System.InvalidOperationException($"A KPI formula cannot refer to KPI '{id}'."))
        {
            EveryErrorIsUndefined = true,
        };
        var expression = ExcelRenderer.Render(kpi.Formula, references);
        var inputs = string.Join(",", kpi.Inputs.Select(cell));
        return $"IF(COUNT({inputs})<{kpi.Inputs.Count},NA(),{expression})";
    }

    /// <summary>A key of the data row (period, rep, name, team, location), blank where the row has no rep.</summary>
    public static string KeyFormula(WorkbookLayout layout, int key, int row)
    {
        var field = WorkbookLayout.KpiSheetKeys[key];
        var value = layout.DataCell(field, row) + (field.Type == FieldType.Text ? "&\"\"" : "");
        return $"IF({layout.DataCell(InputFields.RepId, row)}=\"\",\"\",{value})";
    }

    /// <summary>1 where the row belongs to the dashboard's scope (any period), else 0.</summary>
    public static string InScope(int row)
    {
        Expression Key(InputField field) => Fx.Ref(CellRef.RowRelative(row, KeyColumn(field)));
        return ExcelRenderer.Render(WorkbookRules.InScope(
            Key(InputFields.RepId), Key(InputFields.Team), Key(InputFields.Location), Fx.Ref(Names.ScopeIndex), Fx.Ref(Names.DashboardScope)));
    }

    /// <summary>The column of a row key on this sheet.</summary>
    private static int KeyColumn(InputField field) => System.Array.IndexOf(WorkbookLayout.KpiSheetKeys, field) + 1;
}
