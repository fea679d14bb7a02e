using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesKpi.Sheets;
using SalesKpi.Catalog;
using SalesKpi.Layout;
using SalesKpi.Xlsx;

namespace SalesKpi.Read;

/// <summary>
/// The options a KPI workbook's own cells hold: the language, the KPIs, edited settings and targets,
/// the dashboard's selection and the listed teams, locations and reps. The cells are found through the
/// defined names (so renamed sheets still work), and each sheet that holds one is streamed once, only
/// as far down as the last cell wanted.
/// </summary>
internal sealed class WorkbookOptionsReader
{
    private readonly XlsxParts _parts;
    private readonly SharedStrings _strings;
    private readonly IReadOnlyDictionary<string, string> _names;
    private readonly Dictionary<string, string> _sheetPaths;
    private readonly Dictionary<(string Sheet, int Row, int Column), CellText> _cells = new();

    private WorkbookOptionsReader(XlsxParts parts, WorkbookIndex index, SharedStrings strings)
    {
        _parts = parts;
        _strings = strings;
        _names = index.Names;
        _sheetPaths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, path) in index.Sheets)
        {
            _sheetPaths[name] = path;
        }
    }

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
    public static (WorkbookOptions Options, ListSlots Slots) Read(XlsxParts parts, WorkbookIndex index, SharedStrings strings, KpiCatalog catalog) =>
        new WorkbookOptionsReader(parts, index, strings).Options(catalog);

    /// <summary>The range a defined name refers to, on one of the workbook's sheets.</summary>
    public static SheetRange Range(IReadOnlyDictionary<string, string> names, ICollection<string> sheets, string name) =>
        names.TryGetValue(name, out var reference)
            ? SheetRange.Parse(reference) is { } range && sheets.Contains(range.Sheet) ? range
                : throw new InvalidDataException($"The workbook's name {name} refers to {reference}, not to a range on one of its sheets.")
            : throw Missing(name);

    /// <summary>The refusal of a workbook without one of this library's defined names.</summary>
    public static InvalidDataException Missing(string name) =>
        new($"This is not a SalesKpi workbook: it has no defined name {name}. Fill a workbook this library made (or one made from it).");

    /// <summary>The KPI columns' names, left to right.</summary>
    public static List<(string Name, SheetRange Range)> KpiRanges(IReadOnlyDictionary<string, string> names, ICollection<string> sheets) =>
        names.Keys.Where(n => n.StartsWith("Kpi_", StringComparison.Ordinal))
            .Select(n => (Name: n, Range: Range(names, sheets, n)))
            .OrderBy(k => k.Range.FirstColumn)
            .ToList();

    private (WorkbookOptions Options, ListSlots Slots) Options(KpiCatalog catalog)
    {
        var data = Range(Names.Data(InputFields.RepId));
        var kpiRanges = KpiRanges(_names, _sheetPaths.Keys);
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
        var header = (data.Sheet, WorkbookLayout.HeaderRow, WorkbookLayout.DataColumn(InputFields.PeriodStart));
        var settings = SettingCell.Of(kpis).Where(s => _names.ContainsKey(s.Name)).ToList();
        var lists = SettingList.All.ToDictionary(l => l, l => Range(l.Name));
        var wanted = new List<(string Sheet, int Row, int Column)> { header };
        wanted.AddRange(settings.Select(s => Range(s.Name)).Select(r => (r.Sheet, r.FirstRow, r.FirstColumn)));
        wanted.AddRange(lists.Values.SelectMany(r => Rows(r).Select(row => (r.Sheet, row, r.FirstColumn))));
        Load(wanted);

        var options = new WorkbookOptions
        {
            Language = At(header).Text == InputFields.PeriodStart.Title.Spanish ? Language.Spanish : Language.English,
            Catalog = kpis,
            Capacity = data.LastRow - WorkbookLayout.FirstDataRow + 1,
        };
        options = settings.Aggregate(options, (read, setting) => setting.Read(read, Value(setting.Name)));
        options = lists.Aggregate(options, (read, list) => list.Key.Read(read, Rows(list.Value).Select(row => At((list.Value.Sheet, row, list.Value.FirstColumn)))));
        return (options, SettingList.Room(list => Rows(lists[list]).Count()));
    }

    private SheetRange Range(string name) => Range(_names, _sheetPaths.Keys, name);

    /// <summary>Streams each sheet that holds a wanted cell once, as far as its last wanted row.</summary>
    private void Load(List<(string Sheet, int Row, int Column)> wanted)
    {
        foreach (var sheet in wanted.GroupBy(w => w.Sheet, StringComparer.OrdinalIgnoreCase))
        {
            var cells = new HashSet<(int, int)>(sheet.Select(w => (w.Row, w.Column)));
            foreach (var cell in WorksheetCells.Read(_parts, _sheetPaths[sheet.Key], _strings, sheet.Max(w => w.Row)))
            {
                if (cells.Contains((cell.Row, cell.Column)))
                {
                    _cells[(sheet.Key.ToUpperInvariant(), cell.Row, cell.Column)] = cell.Value;
                }
            }
        }
    }

    private CellText At((string Sheet, int Row, int Column) cell) =>
        _cells.TryGetValue((cell.Sheet.ToUpperInvariant(), cell.Row, cell.Column), out var value) ? value : CellText.Empty;

    private CellText Value(string name)
    {
        var range = Range(name);
        return At((range.Sheet, range.FirstRow, range.FirstColumn));
    }

    private static IEnumerable<int> Rows(SheetRange range) => Enumerable.Range(range.FirstRow, range.LastRow - range.FirstRow + 1);

    private static string KpiId(string name, KpiCatalog catalog) =>
        catalog.Kpis.FirstOrDefault(k => Names.Kpi(k.Id) == name)?.Id
        ?? throw new InvalidDataException($"The workbook has a column named {name} for a KPI the catalog does not have; pass the catalog it was made with.");
}
