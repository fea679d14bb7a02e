using System;
using System.Collections.Generic;
using System.Globalization;
using SalesKpi.Catalog;
using SalesKpi.Layout;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// How each sheet prints, in one place: the page setup a sheet carries, and its print area and the rows
/// repeated on every page, which the workbook names. The sheets people print for a meeting go one page
/// wide on landscape paper; the tables repeat their header rows; the instructions and the settings
/// (targets, track switches and 6 A checks side by side) fit the page width; hidden sheets print nothing.
/// </summary>
internal static class Printing
{
    public const string AreaName = "_xlnm.Print_Area";
    public const string TitlesName = "_xlnm.Print_Titles";

    public static PrintSetup? Of(SheetRole role) => role switch
    {
        SheetRole.Dashboard => new() { Landscape = true, PagesTall = 1, TitleRows = DashboardArea.SubtitleRow, Centered = true },
        SheetRole.Trend => new() { Landscape = true, TitleRows = TrendArea.HeaderRow, Centered = true },
        SheetRole.Leaderboard => new() { Landscape = true, TitleRows = LeaderboardArea.HeaderRow, Centered = true },
        // The inputs and their KPIs are too wide for one page: three across, each row's rep on every page.
        SheetRole.Data => new() { Landscape = true, PagesWide = 3, TitleRows = WorkbookLayout.HeaderRow, TitleColumns = WorkbookLayout.DataColumn(InputFields.RepName) },
        SheetRole.Kpis => new() { Landscape = true, TitleRows = WorkbookLayout.HeaderRow },
        SheetRole.Instructions or SheetRole.Settings => new(),
        _ => null,
    };

    /// <summary>The print areas and titles, each scoped to its sheet (by its position) as Excel keeps them.</summary>
    public static IEnumerable<DefinedName> Names(BuildContext context, IReadOnlyList<SheetEntry> sheets)
    {
        var layout = context.Layout;
        foreach (var role in layout.Sheets)
        {
            var position = layout.Position(role) - 1;
            var sheet = CellRef.Sheet(sheets[position].Name) + "!";
            if (Area(role, layout, context.Reps.Count, context.Values.RowCount) is { } area)
            {
                yield return new DefinedName(AreaName, sheet + CellRef.AbsoluteRange(1, 1, area.LastRow, area.LastColumn)) { LocalSheetId = position };
            }

            if (Of(role) is { TitleRows: > 0 } print)
            {
                // As Excel writes both: the columns, then the rows.
                var columns = print.TitleColumns > 0 ? sheet + "$A:$" + CellRef.Column(print.TitleColumns) + "," : "";
                var last = print.TitleRows.ToString(CultureInfo.InvariantCulture);
                yield return new DefinedName(TitlesName, columns + sheet + "$1:$" + last) { LocalSheetId = position };
            }
        }
    }

    /// <summary>
    /// What a sheet people print shows: its cells and its charts. The leaderboard prints a place per
    /// listed rep (a page of places when none is listed yet), not the hundreds of empty places kept
    /// for reps to come. The data prints its rows, not the empty ones kept for rows to come.
    /// </summary>
    private static (int LastRow, int LastColumn)? Area(SheetRole role, WorkbookLayout layout, int listedReps, int rows) => role switch
    {
        SheetRole.Data => (WorkbookLayout.FirstDataRow + Math.Max(rows, 1) - 1, layout.RowKpisBesideData ? layout.KpiColumn(layout.Kpis.Count - 1) : InputField.All.Count),
        SheetRole.Dashboard => (Math.Max(layout.Dashboard.LastKpiRow, DashboardCharts.LastRow), Math.Max(DashboardArea.LastColumn, DashboardCharts.LastColumn)),
        SheetRole.Trend => (TrendArea.KpiRow(layout.Kpis.Count - 1), TrendArea.SparklineColumn(layout.Series.Periods)),
        SheetRole.Leaderboard => (Math.Min(layout.Leaderboard.LastRow, layout.Leaderboard.Row(Math.Max(listedReps, PlacesOnAPage) - 1)), LeaderboardArea.LastColumn),
        _ => null,
    };

    /// <summary>
    /// The first row of a print area that ends where the fresh build's does when a calculator is filled:
    /// the leaderboard's places and the data's rows; null for a sheet whose area stays as it is.
    /// </summary>
    public static int? FollowsFreshBuild(SheetRole role) => role switch
    {
        SheetRole.Leaderboard => LeaderboardArea.FirstRow,
        SheetRole.Data => WorkbookLayout.FirstDataRow,
        _ => null,
    };

    /// <summary>The places that fill the leaderboard's first landscape page.</summary>
    private const int PlacesOnAPage = 20;

    /// <summary>The last row of a print area's range (27 in <c>'Sheet'!$A$1:$F$27</c>), or null for another shape.</summary>
    public static int? LastRow(string area) =>
        area.IndexOf(":", StringComparison.Ordinal) >= 0 && int.TryParse(area.Substring(DigitsStart(area)), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : null;

    /// <summary>The range with its last row moved.</summary>
    public static string WithLastRow(string area, int lastRow) => area.Substring(0, DigitsStart(area)) + lastRow.ToString(CultureInfo.InvariantCulture);

    private static int DigitsStart(string text)
    {
        var start = text.Length;
        while (start > 0 && char.IsDigit(text[start - 1]))
        {
            start--;
        }

        return start;
    }
}
