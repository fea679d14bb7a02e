using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesKpi.Sheets;
using SalesKpi.Catalog;
using SalesKpi.Layout;
using SalesKpi.Xlsx;
using CellAt = (string Sheet, int Row, int Column);

namespace SalesKpi.Read;

/// <summary>
/// The options a KPI workbook's own cells hold: the language, the KPIs, edited settings and targets,
/// the dashboard's selection and the listed teams, locations and reps. The cells are found through the
/// defined names (so renamed sheets still work), and each sheet that holds one is streamed once, only
/// as far down as the last cell wanted.
/// </summary>
internal static class WorkbookOptionsReader
{
    /// <summary>The options the workbook's cells hold; null, and why, for a workbook whose options cannot be read.</summary>
    /// <exception cref="SalesDataException">A part the options live in is damaged.</exception>
    public static WorkbookOptions? TryRead(XlsxParts parts, WorkbookIndex index, SharedStrings strings, KpiCatalog catalog, out DataProblem? problem)
    {
        try
        {
            problem = null;
            return Read(parts, index, strings, catalog).Options;
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            problem = new DataProblem("(workbook)", "(options)", null, e.Message + " Its options read as the defaults.");
            return null;
        }
    }

    /// <summary>The options that build the same workbook as this one, holding room for <paramref name="catalog"/>'s KPIs it names, and the room its lists have.</summary>
    /// <exception cref="InvalidDataException">The workbook lacks one of this library's names, or names KPIs the catalog does not have.</exception>
    /// <exception cref="SalesDataException">A part the options live in is damaged.</exception>
    public static (WorkbookOptions Options, ListSlots Slots) Read(XlsxParts parts, WorkbookIndex index, SharedStrings strings, KpiCatalog catalog)
    {
        var names = index.Names;
        var sheets = index.SheetPaths();
        SheetRange Named(string name) => Range(names, sheets, name);
        var data = Named(Names.Data(InputFields.RepId));
        var kpiRanges = KpiRanges(names, sheets);
        if (kpiRanges.Count == 0)
        {
            throw Missing("Kpi_...");
        }

        var ids = kpiRanges.Select(k => KpiId(k.Name, catalog)).ToArray();
        var kpis = catalog.Only(ids);
        var order = kpis.Kpis.Select(k => k.Id).ToArray();
        if (!order.SequenceEqual(ids))
        {
            throw new InvalidDataException($"The workbook's KPI columns ({string.Join(", ", ids)}) are not in the catalog's order ({string.Join(", ", order)}).");
        }

        // Every cell wanted, so that each sheet is streamed once. A workbook made before a setting had
        // its cell (the track switches, say) lacks its name: that setting keeps its default.
        var header = (data.Sheet.ToUpperInvariant(), WorkbookLayout.HeaderRow, WorkbookLayout.DataColumn(InputFields.PeriodStart));
        var settings = SettingCell.Of(kpis).Where(s => names.ContainsKey(s.Name)).Select(s => (Setting: s, Cell: Cells(Named(s.Name)).First())).ToList();
        var lists = SettingList.All.ToDictionary(l => l, l => Named(l.Name));
        var cells = Load(parts, sheets, strings, settings.Select(s => s.Cell).Prepend(header).Concat(lists.Values.SelectMany(Cells)));
        CellText At(CellAt cell) => cells.TryGetValue(cell, out var value) ? value : CellText.Empty;

        var options = new WorkbookOptions
        {
            Language = At(header).Text == InputFields.PeriodStart.Title.Spanish ? Language.Spanish : Language.English,
            Catalog = kpis,
            Capacity = data.LastRow - WorkbookLayout.FirstDataRow + 1,
        };
        options = settings.Aggregate(options, (read, setting) => setting.Setting.Read(read, At(setting.Cell)));
        options = lists.Aggregate(options, (read, list) => list.Key.Read(read, Cells(list.Value).Select(At)));
        return (options, SettingList.Room(list => Cells(lists[list]).Count()));
    }

    /// <summary>The range a defined name refers to, on one of the workbook's sheets (<paramref name="sheets"/>: <see cref="WorkbookIndex.SheetPaths"/>, which compares names as Excel does, without regard to case).</summary>
    public static SheetRange Range(IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> sheets, string name) =>
        names.TryGetValue(name, out var reference)
            ? SheetRange.Parse(reference) is { } range && sheets.ContainsKey(range.Sheet) ? range
                : throw new InvalidDataException($"The workbook's name {name} refers to {reference}, not to a range on one of its sheets.")
            : throw Missing(name);

    /// <summary>The refusal of a workbook without one of this library's defined names.</summary>
    public static InvalidDataException Missing(string name) =>
        new($"This is not a SalesKpi workbook: it has no defined name {name}. Fill a workbook this library made (or one made from it).");

    /// <summary>The KPI columns' names, left to right.</summary>
    public static List<(string Name, SheetRange Range)> KpiRanges(IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> sheets) =>
        names.Keys.Where(n => n.StartsWith("Kpi_", StringComparison.Ordinal))
            .Select(n => (Name: n, Range: Range(names, sheets, n)))
            .OrderBy(k => k.Range.FirstColumn)
            .ToList();

    /// <summary>Streams each sheet that holds a wanted cell once, as far as its last wanted row; the wanted cells it holds.</summary>
    private static Dictionary<CellAt, CellText> Load(XlsxParts parts, Dictionary<string, string> sheets, SharedStrings strings, IEnumerable<CellAt> wanted)
    {
        var found = new Dictionary<CellAt, CellText>();
        foreach (var sheet in wanted.GroupBy(w => w.Sheet))
        {
            var cells = new HashSet<CellAt>(sheet);
            foreach (var cell in WorksheetCells.Read(parts, sheets[sheet.Key], strings, sheet.Max(w => w.Row)))
            {
                if (cells.Contains((sheet.Key, cell.Row, cell.Column)))
                {
                    found[(sheet.Key, cell.Row, cell.Column)] = cell.Value;
                }
            }
        }

        return found;
    }

    /// <summary>The cells of a range's first column, top to bottom; sheet names in upper case, as Excel compares them without regard to case.</summary>
    private static IEnumerable<CellAt> Cells(SheetRange range) =>
        Enumerable.Range(range.FirstRow, range.LastRow - range.FirstRow + 1).Select(row => (range.Sheet.ToUpperInvariant(), row, range.FirstColumn));

    private static string KpiId(string name, KpiCatalog catalog) =>
        catalog.Kpis.FirstOrDefault(k => Names.Kpi(k.Id) == name)?.Id
        ?? throw new InvalidDataException($"The workbook has a column named {name} for a KPI the catalog does not have; pass the catalog it was made with.");
}
