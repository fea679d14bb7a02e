using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SalesKpi.Build;
using SalesKpi.Catalog;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Read;
using SalesKpi.Xlsx;

namespace SalesKpi.Filling;

/// <summary>
/// A KPI workbook used as a template: which part is which sheet, found through the defined-names
/// contract (so renamed sheets still work), and the options its cells hold: the language, the KPIs,
/// edited settings and targets, the dashboard's selection and the listed teams, locations and reps.
/// </summary>
internal sealed class TemplateWorkbook
{
    private static readonly XNamespace Main = Ns.Main;

    private readonly XlsxParts _parts;
    private readonly List<string> _strings;
    private readonly Dictionary<string, XDocument> _sheets = new(StringComparer.Ordinal);

    private TemplateWorkbook(XlsxParts parts)
    {
        _parts = parts;
        var (sheets, names) = WorkbookDataReader.Workbook(parts);
        SheetPaths = sheets.ToDictionary(s => s.Name, s => s.Path, StringComparer.OrdinalIgnoreCase);
        Names = names;
        _strings = parts.Has("xl/sharedStrings.xml") ? WorkbookDataReader.SharedStrings(parts) : new List<string>();
        DataSheet = SheetOf(Build.Names.Data(InputFields.RepId));
        var data = Range(Build.Names.Data(InputFields.RepId));
        LastDataRow = data.LastRow;
        KpiRanges = names.Keys.Where(n => n.StartsWith("Kpi_", StringComparison.Ordinal))
            .Select(n => (Name: n, Range: Range(n)))
            .OrderBy(k => k.Range.FirstColumn)
            .ToList();
        KpiSheet = KpiRanges.Count > 0 ? KpiRanges[0].Range.Sheet : throw Missing("Kpi_...");
    }

    /// <summary>Sheet name to part path.</summary>
    public IReadOnlyDictionary<string, string> SheetPaths { get; }

    public IReadOnlyDictionary<string, string> Names { get; }

    public string DataSheet { get; }

    public string KpiSheet { get; }

    /// <summary>The last row the data table's names reach.</summary>
    public int LastDataRow { get; }

    public IReadOnlyList<(string Name, SheetRange Range)> KpiRanges { get; }

    public static TemplateWorkbook Open(XlsxParts parts) => new(parts);

    /// <summary>Each of the library's sheets in this template, by role, as the template names them.</summary>
    public IReadOnlyDictionary<SheetRole, string> Roles()
    {
        var roles = new Dictionary<SheetRole, string>
        {
            [SheetRole.Data] = DataSheet,
            [SheetRole.Kpis] = KpiSheet,
        };
        void Role(SheetRole role, string name)
        {
            if (Names.ContainsKey(name))
            {
                roles[role] = SheetOf(name);
            }
        }

        Role(SheetRole.Dashboard, Build.Names.DashboardPeriod);
        Role(SheetRole.Settings, Build.Names.CloseBand);
        Role(SheetRole.Calc, Build.Names.ScopeIndex);
        Role(SheetRole.Leaderboard, Build.Names.LeaderboardKpi);

        // The sheets without a name of their own are known by their title, in either language.
        foreach (var (role, title) in new[] { (SheetRole.Instructions, Labels.InstructionsSheet), (SheetRole.Trend, Labels.TrendSheet), (SheetRole.Series, Labels.SeriesSheet) })
        {
            var sheet = SheetPaths.Keys.FirstOrDefault(s => title.English.Equals(s, StringComparison.OrdinalIgnoreCase) || title.Spanish.Equals(s, StringComparison.OrdinalIgnoreCase));
            if (sheet is not null)
            {
                roles[role] = sheet;
            }
        }

        return roles;
    }

    /// <summary>The options that build the same workbook as this template, holding room for <paramref name="catalog"/>'s KPIs it names.</summary>
    public (WorkbookOptions Options, ListSlots Slots) Options(KpiCatalog catalog)
    {
        var language = Text(Cell(DataSheet, WorkbookLayout.HeaderRow, WorkbookLayout.DataColumn(InputFields.PeriodStart))) == InputFields.PeriodStart.Title.Spanish
            ? Language.Spanish
            : Language.English;
        var ids = KpiRanges.Select(k => KpiId(k.Name, catalog)).ToArray();
        var kpis = catalog.Only(ids);
        var order = kpis.Kpis.Select(k => k.Id).ToArray();
        if (!order.SequenceEqual(ids))
        {
            throw new InvalidDataException($"The template's KPI columns ({string.Join(", ", ids)}) are not in the catalog's order ({string.Join(", ", order)}).");
        }

        var targets = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (Number(Build.Names.SettingTarget(id)) is { } target)
            {
                targets[id] = target;
            }
        }

        var defaults = new KpiSettings();
        var settings = new KpiSettings
        {
            Currency = Text(Value(Build.Names.Currency)) ?? defaults.Currency,
            PeriodKind = Pick(Build.Names.PeriodKind, new[] { (Labels.Week, PeriodKind.Week), (Labels.Month, PeriodKind.Month), (Labels.Quarter, PeriodKind.Quarter) }, defaults.PeriodKind),
            GrowthBasis = Pick(Build.Names.GrowthBasis, new[] { (Labels.YearOnYear, GrowthBasis.YearOnYear), (Labels.PreviousPeriod, GrowthBasis.PreviousPeriod) }, defaults.GrowthBasis),
            MaxLifetimePeriods = Number(Build.Names.MaxLifetime),
            CloseBand = Number(Build.Names.CloseBand) ?? defaults.CloseBand,
            Targets = targets,
        };
        var scope = Pick(Build.Names.DashboardScopeKind, Enum.GetValues(typeof(ScopeKind)).Cast<ScopeKind>().Select(k => (DashboardSheet.ScopeLabel(k), k)).ToArray(), ScopeKind.Everyone);
        var period = Number(Build.Names.DashboardPeriod);
        var options = new WorkbookOptions
        {
            Language = language,
            Catalog = kpis,
            Settings = settings,
            Capacity = LastDataRow - WorkbookLayout.FirstDataRow + 1,
            Selection = new DashboardSelection
            {
                Period = period is { } p ? DateTime.FromOADate(p) : null,
                Scope = scope,
                ScopeValue = scope == ScopeKind.Everyone ? null : Text(Value(Build.Names.DashboardScope)),
            },
            LeaderboardKpi = Names.ContainsKey(Build.Names.LeaderboardKpi) && Text(Value(Build.Names.LeaderboardKpi)) is { } ranked
                ? kpis.Kpis.FirstOrDefault(k => k.Name[language] == ranked)?.Id
                : null,
            Teams = List(Build.Names.Teams, out var teams),
            Locations = List(Build.Names.Locations, out var locations),
            Reps = List(Build.Names.Reps, out var reps),
        };
        return (options, new ListSlots(teams, locations, reps));
    }

    /// <summary>A worksheet part as a tree, read once.</summary>
    public XDocument Sheet(string name)
    {
        var path = SheetPaths[name];
        if (!_sheets.TryGetValue(path, out var document))
        {
            document = _parts.Document(path);
            _sheets[path] = document;
        }

        return document;
    }

    public SheetRange Range(string name) =>
        Names.TryGetValue(name, out var reference)
            ? SheetRange.Parse(reference) is { } range && SheetPaths.ContainsKey(range.Sheet) ? range
                : throw new InvalidDataException($"The template's name {name} refers to {reference}, not to a range on one of its sheets.")
            : throw Missing(name);

    /// <summary>What a cell holds: a number, text, or null where it is blank.</summary>
    public static object? ValueOf(XElement? cell, IReadOnlyList<string> strings)
    {
        if (cell is null)
        {
            return null;
        }

        var type = (string?)cell.Attribute("t");
        var raw = (string?)cell.Element(Main + "v");
        return type switch
        {
            "inlineStr" => string.Concat(cell.Descendants(Main + "t").Where(t => t.Parent?.Name.LocalName != "rPh").Select(t => t.Value)),
            "s" when int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count => strings[i],
            "str" or "e" => raw,
            _ when raw is null => null,
            _ => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : raw,
        };
    }

    public static XElement? FindCell(XDocument sheet, int row, int column)
    {
        var address = CellRef.Relative(row, column);
        var rowElement = sheet.Root?.Element(Main + "sheetData")?.Elements(Main + "row")
            .FirstOrDefault(r => (string?)r.Attribute("r") == row.ToString(CultureInfo.InvariantCulture));
        return rowElement?.Elements(Main + "c").FirstOrDefault(c => (string?)c.Attribute("r") == address);
    }

    private XElement? Cell(string sheet, int row, int column) => FindCell(Sheet(sheet), row, column);

    private object? Value(string name)
    {
        var range = Range(name);
        return ValueOf(Cell(range.Sheet, range.FirstRow, range.FirstColumn), _strings);
    }

    private object? Value(SheetRange range, int row) => ValueOf(Cell(range.Sheet, row, range.FirstColumn), _strings);

    private double? Number(string name) => Names.ContainsKey(name) && Value(name) is double number ? number : null;

    private static string? Text(object? value) => value is string text && text.Length > 0 ? text : null;

    private T Pick<T>(string name, (LocalizedText Label, T Value)[] choices, T fallback)
    {
        var text = Names.ContainsKey(name) ? Text(Value(name)) : null;
        foreach (var (label, value) in choices)
        {
            if (string.Equals(text, label.English, StringComparison.OrdinalIgnoreCase) || string.Equals(text, label.Spanish, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return fallback;
    }

    private string[] List(string name, out int slots)
    {
        var range = Range(name);
        slots = range.LastRow - range.FirstRow + 1;
        var items = new List<string>();
        for (var row = range.FirstRow; row <= range.LastRow; row++)
        {
            if (Value(range, row) is { } value && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text && !items.Contains(text))
            {
                items.Add(text);
            }
        }

        return items.ToArray();
    }

    private string SheetOf(string name) => Range(name).Sheet;

    private static string KpiId(string name, KpiCatalog catalog) =>
        catalog.Kpis.FirstOrDefault(k => Build.Names.Kpi(k.Id) == name)?.Id
        ?? throw new InvalidDataException($"The template has a column named {name} for a KPI the catalog does not have; pass the catalog it was made with.");

    private static InvalidDataException Missing(string name) =>
        new($"This is not a SalesKpi workbook: it has no defined name {name}. Fill a workbook this library made (or one made from it).");
}
