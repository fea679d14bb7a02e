using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using SalesKpi.Layout;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>Writes the whole KPI workbook, sheet after sheet, into a package.</summary>
internal static class WorkbookWriter
{
    /// <summary>
    /// The data goes first, in one pass (each row is checked, written and summed as it comes); the
    /// sheets that show totals follow once every row is in. Sheet parts keep the workbook's order.
    /// </summary>
    /// <returns>Where everything ended up.</returns>
    public static WorkbookLayout Write(Stream output, WorkbookOptions options, IEnumerable<SalesRecord> records, int maxRows = WorkbookOptions.MaxCapacity, ListSlots? room = null)
    {
        SeriesSheet.CheckRowValuesFit(options);
        var context = new BuildContext(options, maxRows, room);
        using var package = new XlsxPackage(output, CompressionLevel.Optimal);
        using (var store = new RowStore(context.Kpis.Count))
        {
            package.WriteSheet((int)SheetRole.Data, xml => DataSheet.Write(xml, context, records, store));
            package.WriteSheet((int)SheetRole.Kpis, xml => KpiSheet.Write(xml, context, store));
        }

        var drawing = package.WriteCharts((int)SheetRole.Dashboard, DashboardCharts.For(context));
        package.WriteSheet((int)SheetRole.Dashboard, xml => DashboardSheet.Write(xml, context, drawing));
        package.WriteSheet((int)SheetRole.Trend, xml => TrendSheet.Write(xml, context));
        package.WriteSheet((int)SheetRole.Leaderboard, xml => LeaderboardSheet.Write(xml, context));
        package.WriteSheet((int)SheetRole.Settings, xml => SettingsSheet.Write(xml, context));
        package.WriteSheet((int)SheetRole.Instructions, xml => InstructionsSheet.Write(xml, context));
        package.WriteSheet((int)SheetRole.Calc, xml => CalcSheet.Write(xml, context));
        package.WriteSheet((int)SheetRole.Series, xml => SeriesSheet.Write(xml, context));
        var layout = context.Layout;
        var sheets = new[]
        {
            new SheetEntry(layout.DashboardSheet),
            new SheetEntry(layout.TrendSheet),
            new SheetEntry(layout.LeaderboardSheet),
            new SheetEntry(layout.DataSheet),
            new SheetEntry(layout.KpiSheet),
            new SheetEntry(layout.SettingsSheet),
            new SheetEntry(layout.InstructionsSheet),
            new SheetEntry(layout.CalcSheet, Hidden: true),
            new SheetEntry(layout.SeriesSheet, Hidden: true),
        };
        package.Finish(sheets, Names.All(context, sheets), context.Styles, context.Title, context.Options.DocumentDate);
        return layout;
    }
}
