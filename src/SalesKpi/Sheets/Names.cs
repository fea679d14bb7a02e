using System.Collections.Generic;
using System.Linq;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// The defined names: the public contract other workbooks and programs find things by, and the
/// internal names formulas use so that growing the data means moving a name, not rewriting formulas.
/// </summary>
internal static class Names
{
    // Internal names, hidden from the Name Manager's casual reader.
    public const string InScope = "Calc_InScope";
    public const string ScopeIndex = "Calc_ScopeIndex";
    public const string UndefinedText = "Calc_NA";
    public const string NoTargetText = "Calc_NoTarget";
    public const string OnTargetText = "Calc_OnTarget";
    public const string CloseText = "Calc_Close";
    public const string OffTargetText = "Calc_OffTarget";
    public const string ScopeKinds = "Calc_ScopeKinds";
    public const string PeriodKinds = "Calc_PeriodKinds";
    public const string GrowthBases = "Calc_GrowthBases";
    public const string Periods = "Calc_Periods";
    public const string ScopeOptions = "Calc_ScopeOptions";
    public const string RowsInScope = "Calc_RowsInScope";
    public const string KpiBlock = "Calc_KpiBlock";
    public const string KpiNames = "Calc_KpiNames";
    public const string SelectedFrom = "Calc_SelectedFrom";
    public const string SelectedTo = "Calc_SelectedTo";
    public const string Tracked = "Calc_Tracked";
    public const string Targets = "Calc_Targets";
    public const string PlaceFormats = "Calc_PlaceFormats";
    public const string PlaceDirections = "Calc_PlaceDirections";
    public const string MaxLifetimePeriods = "Calc_MaxLifetimePeriods";
    public const string PeriodMonths = "Calc_PeriodMonths";

    // Public names.
    public const string DashboardPeriod = "Dashboard_Period";
    public const string DashboardScopeKind = "Dashboard_ScopeKind";
    public const string DashboardScope = "Dashboard_Scope";
    public const string SelectedPeriod = "Selected_Period";
    public const string PreviousPeriod = "Previous_Period";
    public const string Currency = "Setting_Currency";
    public const string PeriodKind = "Setting_PeriodKind";
    public const string GrowthBasis = "Setting_GrowthBasis";
    public const string MaxLifetime = "Setting_MaxLifetimePeriods";
    public const string CloseBand = "Setting_CloseBand";
    public const string Teams = "List_Teams";
    public const string Locations = "List_Locations";
    public const string Reps = "List_Reps";
    public const string LeaderboardKpi = "Leaderboard_Kpi";

    /// <summary>
    /// A setting as a formula on another sheet reads it: by name, so that a column of such formulas
    /// can be one shared formula (a shared formula may not refer to another sheet).
    /// </summary>
    public static string Setting(Formulas.Setting setting) => setting switch
    {
        Formulas.Setting.MaxLifetimePeriods => MaxLifetimePeriods,
        Formulas.Setting.PeriodMonths => PeriodMonths,
        _ => throw new System.ArgumentOutOfRangeException(nameof(setting), setting, null),
    };

    public static string Data(InputField field) => "Data_" + field.Name;

    public static string Kpi(string id) => "Kpi_" + WorkbookLayout.NameOf(id);

    public static string Actual(string id) => "Actual_" + WorkbookLayout.NameOf(id);

    public static string Target(string id) => "Target_" + WorkbookLayout.NameOf(id);

    public static string Status(string id) => "Status_" + WorkbookLayout.NameOf(id);

    public static string Previous(string id) => "Previous_" + WorkbookLayout.NameOf(id);

    public static string SettingTarget(string id) => "Setting_Target_" + WorkbookLayout.NameOf(id);

    public static string SettingTrack(string id) => "Setting_Track_" + WorkbookLayout.NameOf(id);

    /// <summary>The texts formulas show, each a constant of the Calc sheet's texts column by its name.</summary>
    public static readonly (string Name, int Row, LocalizedText Text)[] Texts =
    {
        (UndefinedText, CalcArea.UndefinedTextRow, Labels.Undefined), (NoTargetText, CalcArea.NoTargetTextRow, Labels.NoTarget),
        (OnTargetText, CalcArea.OnTargetTextRow, Labels.OnTarget), (CloseText, CalcArea.CloseTextRow, Labels.Close), (OffTargetText, CalcArea.OffTargetTextRow, Labels.OffTarget),
    };

    /// <summary>
    /// The names of the Calc sheet's cells and columns, with where they are: the defined names point
    /// there, and the formulas' cached values read the Calc sheet's cells there.
    /// </summary>
    public static IEnumerable<(string Name, string Area, bool Hidden)> OnCalc(WorkbookLayout layout)
    {
        var calc = layout.Calc;
        (string, string, bool) Cell(string name, int row, int column, bool hidden = true) => (name, CellRef.Absolute(row, column), hidden);
        (string, string, bool) Column(string name, int column, int first, int last) => (name, CellRef.AbsoluteRange(first, column, last, column), true);
        for (var i = 0; i < layout.Kpis.Count; i++)
        {
            var (id, row) = (layout.Kpis[i].Definition.Id, calc.KpiRow(i));
            yield return Cell(Actual(id), row, CalcArea.ActualColumn, hidden: false);
            yield return Cell(Target(id), row, CalcArea.TargetColumn, hidden: false);
            yield return Cell(Status(id), row, CalcArea.StatusColumn, hidden: false);
            yield return Cell(Previous(id), row, CalcArea.PreviousColumn, hidden: false);
        }

        yield return Cell(SelectedPeriod, CalcArea.SelectedRow, CalcArea.ValueColumn, hidden: false);
        yield return Cell(PreviousPeriod, CalcArea.PreviousRow, CalcArea.ValueColumn, hidden: false);
        yield return Cell(ScopeIndex, CalcArea.ScopeIndexRow, CalcArea.ValueColumn);
        yield return Cell(RowsInScope, CalcArea.RowsInScopeRow, CalcArea.ValueColumn);
        yield return Cell(SelectedFrom, CalcArea.BlockRow(PeriodBlock.Low), CalcArea.SelectedBlockColumn);
        yield return Cell(SelectedTo, CalcArea.BlockRow(PeriodBlock.High), CalcArea.SelectedBlockColumn);
        foreach (var (name, row, _) in Texts)
        {
            yield return Cell(name, row, CalcArea.TextsColumn);
        }

        var first = CalcArea.FirstListRow;
        yield return Column(Targets, CalcArea.TargetColumn, calc.KpiRow(0), calc.LastKpiRow);
        yield return Column(ScopeKinds, CalcArea.ScopeKindsColumn, first, first + 3);
        yield return Column(PeriodKinds, CalcArea.PeriodKindsColumn, first, first + 2);
        yield return Column(GrowthBases, CalcArea.GrowthBasesColumn, first, first + 1);
        yield return Column(Periods, CalcArea.PeriodsColumn, first, first + CalcArea.PeriodSlots - 1);
        yield return Column(ScopeOptions, CalcArea.ScopeOptionsColumn, first, first + calc.ScopeOptionRows - 1);
    }

    public static IReadOnlyList<DefinedName> All(BuildContext context, IReadOnlyList<SheetEntry> sheets)
    {
        var layout = context.Layout;
        var names = new List<DefinedName>();
        void Add(string name, string formula, bool hidden = false) => names.Add(new DefinedName(name, formula, hidden));
        string Column(string sheet, int column, int first, int last) => CellRef.Sheet(sheet) + "!" + CellRef.AbsoluteRange(first, column, last, column);

        foreach (var field in InputField.All)
        {
            Add(Data(field), layout.DataRange(field));
        }

        for (var i = 0; i < layout.Kpis.Count; i++)
        {
            var id = layout.Kpis[i].Definition.Id;
            Add(Kpi(id), layout.KpiRange(layout.KpiColumn(i)));
        }

        foreach (var (name, area, hidden) in OnCalc(layout))
        {
            Add(name, CellRef.Sheet(layout.CalcSheet) + "!" + area, hidden);
        }

        foreach (var setting in SettingCell.Of(layout.Options.Catalog))
        {
            Add(setting.Name, CellRef.Sheet(layout.SheetName(setting.Sheet)) + "!" + CellRef.Absolute(setting.Row, setting.Column));
        }

        foreach (var list in SettingList.All)
        {
            Add(list.Name, Column(layout.SettingsSheet, list.Column, layout.Settings.FirstListRow, layout.Settings.FirstListRow + list.Slots(layout.Slots) - 1));
        }

        Add(InScope, layout.KpiRange(layout.InScopeColumn), hidden: true);
        Add(KpiBlock, layout.KpiBlock, hidden: true);

        // A list validation reaches another sheet only through a name: that is how Excel writes it.
        // The dropdown offers the tracked KPIs, in the dashboard's order.
        var series = layout.Series;
        string List(int field) => layout.SeriesRange(SeriesArea.FirstKpiRow, series.ListColumn(field), series.LastKpiRow, series.ListColumn(field));
        Add(KpiNames, List(SeriesArea.ListNameAtPlace), hidden: true);
        Add(Tracked, List(SeriesArea.ListTracked), hidden: true);
        Add(PlaceFormats, List(SeriesArea.ListFormatAtPlace), hidden: true);
        Add(PlaceDirections, List(SeriesArea.ListDirectionAtPlace), hidden: true);
        Add(MaxLifetimePeriods, layout.SettingReference(Formulas.Setting.MaxLifetimePeriods), hidden: true);
        Add(PeriodMonths, layout.SettingReference(Formulas.Setting.PeriodMonths), hidden: true);
        names.AddRange(Printing.Names(context, sheets));

        // Excel's order: by name, then by the sheet a local name belongs to.
        return names.OrderBy(n => n.Name, System.StringComparer.OrdinalIgnoreCase).ThenBy(n => n.LocalSheetId).ToArray();
    }
}
