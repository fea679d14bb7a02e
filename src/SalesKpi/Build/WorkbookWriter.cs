using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using SalesKpi.Xlsx;

namespace SalesKpi.Build;

/// <summary>Writes the whole KPI workbook, sheet after sheet, into a package.</summary>
internal static class WorkbookWriter
{
    /// <summary>
    /// The data goes first, in one pass (each row is checked, written and summed as it comes); the
    /// sheets that show totals follow once every row is in. Sheet parts keep the workbook's order.
    /// </summary>
    public static void Write(Stream output, WorkbookOptions options, IEnumerable<SalesRecord> records, int maxRows = WorkbookOptions.MaxCapacity)
    {
        var context = new BuildContext(options, maxRows);
        using var package = new XlsxPackage(output, CompressionLevel.Optimal);
        using (var store = new RowStore(context.Kpis.Count))
        {
            package.WriteSheet(2, xml => DataSheet.Write(xml, context, records, store));
            package.WriteSheet(3, xml => KpiSheet.Write(xml, context, store));
        }

        package.WriteSheet(1, xml => DashboardSheet.Write(xml, context));
        package.WriteSheet(4, xml => SettingsSheet.Write(xml, context));
        package.WriteSheet(5, xml => InstructionsSheet.Write(xml, context));
        package.WriteSheet(6, xml => CalcSheet.Write(xml, context));
        var layout = context.Layout;
        var sheets = new[]
        {
            new SheetEntry(layout.DashboardSheet),
            new SheetEntry(layout.DataSheet),
            new SheetEntry(layout.KpiSheet),
            new SheetEntry(layout.SettingsSheet),
            new SheetEntry(layout.InstructionsSheet),
            new SheetEntry(layout.CalcSheet, Hidden: true),
        };
        package.Finish(sheets, Names.All(context), context.Styles, context.Title, context.Options.DocumentDate);
    }
}
