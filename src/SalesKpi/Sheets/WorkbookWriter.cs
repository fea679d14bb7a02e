using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
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
    public static WorkbookLayout Write(Stream output, WorkbookOptions options, IEnumerable<SalesRecord> records, int maxRows = WorkbookOptions.MaxCapacity, ListSlots? room = null, bool rowKpisBesideData = true)
    {
        RankingBlock.CheckRowValuesFit(options);
        var context = new BuildContext(options, maxRows, room, rowKpisBesideData);
        using var package = new XlsxPackage(output, CompressionLevel.Optimal);
        using (var store = DataSheet.Take(context, records))
        {
            package.WriteSheet(context.Layout.Position(SheetRole.Data), xml => DataSheet.Write(xml, context, store));
            if (!context.Layout.RowKpisBesideData)
            {
                package.WriteSheet(context.Layout.Position(SheetRole.Kpis), xml => KpiSheet.Write(xml, context, store));
            }
        }

        // The hidden sheets first: the visible ones cache their formulas evaluated over these cells.
        var layout = context.Layout;
        package.WriteSheet(layout.Position(SheetRole.Calc), xml => CalcSheet.Write(xml, context));
        package.WriteSheet(layout.Position(SheetRole.Series), xml => SeriesSheet.Write(xml, context));
        var drawing = package.WriteCharts(layout.Position(SheetRole.Dashboard), DashboardCharts.For(context));
        package.WriteSheet(layout.Position(SheetRole.Dashboard), xml => DashboardSheet.Write(xml, context, drawing));
        package.WriteSheet(layout.Position(SheetRole.Trend), xml => TrendSheet.Write(xml, context));
        package.WriteSheet(layout.Position(SheetRole.Leaderboard), xml => LeaderboardSheet.Write(xml, context));
        package.WriteSheet(layout.Position(SheetRole.Settings), xml => SettingsSheet.Write(xml, context));
        package.WriteSheet(layout.Position(SheetRole.Instructions), xml => InstructionsSheet.Write(xml, context));
        var sheets = layout.Sheets.Select(role => new SheetEntry(layout.SheetName(role), Hidden: role is SheetRole.Calc or SheetRole.Series)).ToArray();
        package.Finish(sheets, Names.All(context, sheets), context.Styles, context.Title, context.Options.DocumentDate);
        return layout;
    }
}
