using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Read;
using SalesKpi.Sheets;
using SalesKpi.Xlsx;

namespace SalesKpi.Filling;

/// <summary>
/// A KPI workbook used as a template: which part is which sheet, found through the defined-names
/// contract (so renamed sheets still work), and the options its cells hold, as the reader reads them.
/// </summary>
internal sealed class TemplateWorkbook
{
    private readonly XlsxParts _parts;
    private readonly WorkbookIndex _index;

    private TemplateWorkbook(XlsxParts parts)
    {
        _parts = parts;
        _index = WorkbookIndex.Read(parts);
        SheetPaths = _index.SheetPaths();
        var data = Range(Sheets.Names.Data(InputFields.RepId));
        DataSheet = data.Sheet;
        LastDataRow = data.LastRow;
        var kpiRanges = WorkbookOptionsReader.KpiRanges(_index.Names, SheetPaths);
        KpiSheet = kpiRanges.Count > 0 ? kpiRanges[0].Range.Sheet : throw WorkbookOptionsReader.Missing("Kpi_...");
    }

    /// <summary>Sheet name to part path.</summary>
    public IReadOnlyDictionary<string, string> SheetPaths { get; }

    public string DataSheet { get; }

    /// <summary>The sheet of the per-row KPIs: the data sheet itself, or (in calculators made by earlier versions) a sheet of their own.</summary>
    public string KpiSheet { get; }

    public bool RowKpisBesideData => KpiSheet.Equals(DataSheet, StringComparison.OrdinalIgnoreCase);

    /// <summary>The sheets whose rows a fill writes: the data sheet, and the KPIs sheet where it is another.</summary>
    public IReadOnlyList<string> TableSheets => RowKpisBesideData ? new[] { DataSheet } : new[] { DataSheet, KpiSheet };

    /// <summary>The last row the data table's names reach.</summary>
    public int LastDataRow { get; }

    public static TemplateWorkbook Open(XlsxParts parts) => new(parts);

    /// <summary>Each of the library's sheets in this template, by role, as the template names them.</summary>
    public IReadOnlyDictionary<SheetRole, string> Roles()
    {
        var roles = new Dictionary<SheetRole, string> { [SheetRole.Data] = DataSheet };
        if (!RowKpisBesideData)
        {
            roles[SheetRole.Kpis] = KpiSheet;
        }

        // The sheets of the settings' cells, and the Calc sheet, are known by a name on them.
        foreach (var (role, name) in SettingCell.Singles.Select(s => (s.Sheet, s.Name)).Append((SheetRole.Calc, Sheets.Names.ScopeIndex)))
        {
            if (!roles.ContainsKey(role) && _index.Names.ContainsKey(name))
            {
                roles[role] = Range(name).Sheet;
            }
        }

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
    public (WorkbookOptions Options, ListSlots Slots) Options(KpiCatalog catalog) =>
        WorkbookOptionsReader.Read(_parts, _index, SharedStrings.Read(_parts, _index.SharedStringsPath), catalog);

    public SheetRange Range(string name) => WorkbookOptionsReader.Range(_index.Names, SheetPaths, name);
}
