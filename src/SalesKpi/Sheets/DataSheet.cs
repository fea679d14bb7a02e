using System.Collections.Generic;
using System.Linq;
using SalesKpi.Calculation;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>The data table: one row per rep and period, every input cell unlocked and validated.</summary>
internal static class DataSheet
{
    /// <summary>
    /// Takes the records, each checked as it comes, summed for the dashboard and kept with its KPIs;
    /// fixes the layout once the rows are counted. The rows go to the sheet in period order (in the
    /// order they came within a period): each period's sums then read one block of rows, which keeps
    /// every click on the dashboard quick. Rows that came in another order are summed again in that order.
    /// </summary>
    /// <returns>The rows in the order the sheet shows them. The caller disposes it.</returns>
    public static RowStore Take(BuildContext context, IEnumerable<SalesRecord> records)
    {
        var store = Summed(context, RecordValidator.CheckedStream(records, context.MaxRows).WithComparisonRevenueFromData(context.Options.Settings));
        try
        {
            if (!store.InPeriodOrder)
            {
                using var arrived = store;
                context.RestartValues();
                store = Summed(context, arrived.ReadByPeriod().Select(row => row.Record));
            }

            context.Complete();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The rows summed for the dashboard as they come, each kept with its KPIs.</summary>
    private static RowStore Summed(BuildContext context, IEnumerable<SalesRecord> records)
    {
        var store = new RowStore(context.Kpis.Count);
        try
        {
            foreach (var record in records)
            {
                var (inScope, values) = context.Values.Add(record, InputFields.Numbers(record));
                store.Add(record, inScope, values);
            }

            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The data table from the store: inputs, then (in this layout) each row's KPIs beside them.</summary>
    public static void Write(System.Xml.XmlWriter xml, BuildContext context, RowStore store)
    {
        var layout = context.Layout;
        var fields = InputField.All;
        var besides = layout.RowKpisBesideData;
        var sheet = new WorksheetWriter(xml, new SheetSetup
        {
            ColumnWidths = fields.Select(Width).Concat(besides ? RowKpis.Widths(context.Kpis.Count) : Enumerable.Empty<double>()).ToArray(),
            HiddenColumns = besides ? new[] { layout.InScopeColumn } : System.Array.Empty<int>(),
            FrozenRows = WorkbookLayout.HeaderRow,
            FrozenColumns = WorkbookLayout.DataColumn(InputFields.RepId),
            TabColor = "2E75B6",
            Print = Printing.Of(SheetRole.Data),
        });
        var kpis = besides ? new RowKpis(context, sheet) : null;

        var header = context.Style(Palette.Header);
        sheet.StartRow(WorkbookLayout.HeaderRow, 45);
        foreach (var field in fields)
        {
            sheet.Text(WorkbookLayout.DataColumn(field), context.Text(field.Title), header);
        }

        kpis?.Header(context.Style(Palette.ComputedHeader));
        var styles = fields.Select(f => context.Style(Palette.Input with
        {
            NumberFormat = Palette.InputFormat(f),
            Align = f.Type == FieldType.Date ? HAlign.Center : HAlign.General,
        })).ToArray();
        foreach (var (row, stored) in store.Table(layout.LastDataRow))
        {
            sheet.StartRow(row);
            var numbers = stored is null ? null : InputFields.Numbers(stored.Record);
            for (var f = 0; f < fields.Count; f++)
            {
                WriteValue(sheet, fields[f], stored?.Record, numbers?[f], styles[f]);
            }

            kpis?.Cells(stored, row);
        }

        sheet.Finish(context.Tail(new SheetTail
        {
            Validations = Validations(context).ToArray(),
            ConditionalFormats = kpis is null ? System.Array.Empty<ConditionalFormat>() : new[] { kpis.Muted() },
        }));
    }

    /// <summary>The one place a data cell gets its value, typed by its field: text stays text.</summary>
    private static void WriteValue(WorksheetWriter sheet, InputField field, SalesRecord? record, double? number, int style)
    {
        var column = WorkbookLayout.DataColumn(field);
        switch (field.Type)
        {
            case FieldType.Date when record is not null:
                sheet.Number(column, field.ReadDate!(record).ToOADate(), style);
                break;
            case FieldType.Text when record is not null && field.ReadText!(record) is { } text:
                sheet.Text(column, text, style);
                break;
            case FieldType.Integer or FieldType.Decimal when number is { } value:
                sheet.Number(column, value, style);
                break;
            default:
                sheet.Blank(column, style);
                break;
        }
    }

    private static double Width(InputField field) => field.Type switch
    {
        FieldType.Date => 12,
        FieldType.Text => field.Name == "RepName" ? 22 : 14,
        _ => field.Unit == Unit.Currency ? 15 : 12,
    };

    private static IEnumerable<Validation> Validations(BuildContext context)
    {
        var layout = context.Layout;
        foreach (var field in InputField.All)
        {
            var column = WorkbookLayout.DataColumn(field);
            var sqref = CellRef.RelativeRange(WorkbookLayout.FirstDataRow, column, layout.LastDataRow, column);
            var first = CellRef.Relative(WorkbookLayout.FirstDataRow, column);
            var (type, op, formula1, formula2, message) = Rule(field, context, first);
            yield return new Validation(sqref, type, op, formula1, formula2)
            {
                PromptTitle = Clip(context.Text(field.Title), 32),
                Prompt = Clip(context.Text(field.Description) + " " + context.Text(message), 255),
                ErrorTitle = context.Text(Labels.InvalidTitle),
                Error = context.Text(message),
            };
        }
    }

    private static (ValidationType, string?, string, string?, LocalizedText) Rule(InputField field, BuildContext context, string firstCell)
    {
        var first = Ref(firstCell);
        var firstDate = Ns.Number(FieldDomain.FirstDate.ToOADate());
        var lastDate = Ns.Number(FieldDomain.LastDate.ToOADate());
        switch (field.Type)
        {
            case FieldType.Date when field == InputFields.PeriodEnd:
                var start = Ref(CellRef.Relative(WorkbookLayout.FirstDataRow, WorkbookLayout.DataColumn(InputFields.PeriodStart)));
                return (ValidationType.Custom, null, Render(And(IsNumber(first), first >= start, first <= FieldDomain.LastDate.ToOADate())), null, Labels.EndDateMessage);
            case FieldType.Date:
                return (ValidationType.Date, "between", firstDate, lastDate, Labels.DateMessage);
            case FieldType.Text when field != InputFields.RepId && SettingList.Of(field) is { } list:
                // Teams and locations: a dropdown where the list has entries; otherwise any text until
                // someone lists them in Settings. Reps come with their rows, so their list checks nothing.
                return list.Items(context).Count > 0
                    ? (ValidationType.List, null, list.Name, null, Labels.ListMessage)
                    : (ValidationType.Custom, null, Render(Or(CountA(Ref(list.Name)).Is(0), CountIf(Ref(list.Name), first) > 0)), null, Labels.ListMessage);
            case FieldType.Text:
                return (ValidationType.TextLength, "between", "1", Ns.Int(field.MaxLength!.Value), Labels.TextMessage);
            case FieldType.Integer:
                return (ValidationType.Whole, "between", Limit(field.Minimum), Limit(field.Maximum), Labels.WholeNumber);
            default:
                return (ValidationType.Decimal, "between", Limit(field.Minimum), Limit(field.Maximum), field.AllowsNegative ? Labels.AnyNumber : Labels.NonNegative);
        }
    }

    private static string Render(Expression formula) => ExcelRenderer.Render(formula);

    private static string Limit(decimal? bound) => bound!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Clip(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
