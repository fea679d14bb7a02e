using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>
/// The KPIs sheet of calculators made by earlier versions: each data row's keys, then its KPI
/// columns, every cell referring to the Data sheet. A fill of such a calculator keeps it; new
/// workbooks show the KPIs beside the inputs instead (see <see cref="WorkbookLayout.RowKpisBesideData"/>).
/// </summary>
internal static class KpiSheet
{
    public static void Write(System.Xml.XmlWriter xml, BuildContext context, RowStore store)
    {
        var layout = context.Layout;
        var keys = WorkbookLayout.KpiSheetKeys;
        var sheet = new WorksheetWriter(xml, new SheetSetup
        {
            ColumnWidths = new[] { 12.0, 12, 20, 12, 12 }.Concat(RowKpis.Widths(context.Kpis.Count)).ToArray(),
            HiddenColumns = new[] { layout.InScopeColumn },
            FrozenRows = WorkbookLayout.HeaderRow,
            FrozenColumns = System.Array.IndexOf(keys, InputFields.RepName) + 1,
            TabColor = "548235",
            Print = Printing.Of(SheetRole.Kpis),
        });
        var kpis = new RowKpis(context, sheet);

        var header = context.Style(Palette.Header);
        sheet.StartRow(WorkbookLayout.HeaderRow, 45);
        for (var k = 0; k < keys.Length; k++)
        {
            sheet.Text(k + 1, context.Text(keys[k].Title), header);
        }

        kpis.Header(header);
        var keyStyles = keys.Select(f => context.Style(f.Type == FieldType.Date ? Palette.KeyDate : Palette.Key)).ToArray();
        foreach (var (row, stored) in store.Table(layout.LastDataRow))
        {
            sheet.StartRow(row);
            for (var k = 0; k < keys.Length; k++)
            {
                var field = keys[k];
                var cached = stored is null ? Cached.Of("")
                    : field.ReadDate is { } date ? Cached.Of(date(stored.Record).ToOADate())
                    : Cached.Of(field.ReadText!(stored.Record) ?? "");
                kpis.Filled(k + 1, () => KeyFormula(layout, field, row), keyStyles[k], cached);
            }

            kpis.Cells(stored, row);
        }

        sheet.Finish(context.Tail(new SheetTail { ConditionalFormats = new[] { kpis.Muted() } }));
    }

    /// <summary>A key of the data row (period, rep, name, team, location), blank where the row has no rep; text stays text.</summary>
    public static string KeyFormula(WorkbookLayout layout, InputField field, int row)
    {
        var value = Ref(layout.DataCell(field, row));
        return ExcelRenderer.Render(If(Ref(layout.DataCell(InputFields.RepId, row)).Is(Text("")), Text(""), field.Type == FieldType.Text ? value.Then(Text("")) : value));
    }
}
