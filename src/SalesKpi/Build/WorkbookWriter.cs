using System.IO;
using System.IO.Compression;
using SalesKpi.Xlsx;

namespace SalesKpi.Build;

/// <summary>Writes the whole KPI workbook, sheet after sheet, into a package.</summary>
internal static class WorkbookWriter
{
    public static void Write(Stream output, BuildContext context)
    {
        var layout = context.Layout;
        using var package = new XlsxPackage(output, CompressionLevel.Optimal);
        package.WriteSheet(xml => DashboardSheet.Write(xml, context));
        package.WriteSheet(xml => DataSheet.Write(xml, context));
        package.WriteSheet(xml => KpiSheet.Write(xml, context));
        package.WriteSheet(xml => SettingsSheet.Write(xml, context));
        package.WriteSheet(xml => InstructionsSheet.Write(xml, context));
        package.WriteSheet(xml => CalcSheet.Write(xml, context));
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
