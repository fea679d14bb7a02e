using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

namespace SalesKpi.Layout;

/// <summary>
/// Where everything sits. Every address a formula, a validation or a defined name uses comes from
/// here, so moving a column is a change in one place.
/// </summary>
internal sealed class WorkbookLayout
{
    private readonly SheetRole[] _sheets;

    public const int HeaderRow = 1;
    public const int FirstDataRow = 2;

    public WorkbookLayout(WorkbookOptions options, int capacity, ListSlots? slots = null, int trendSlots = SeriesArea.MinPeriods, bool rowKpisBesideData = true)
    {
        RowKpisBesideData = rowKpisBesideData;
        _sheets = Enum.GetValues(typeof(SheetRole)).Cast<SheetRole>().Where(r => r != SheetRole.Kpis || !rowKpisBesideData).ToArray();
        Slots = slots ?? ListSlots.Default;
        Options = options;
        Language = options.Language;
        Capacity = capacity;
        LastDataRow = FirstDataRow + capacity - 1;
        Kpis = options.Catalog.Compiled;
        Dashboard = new DashboardArea(Kpis.Count);
        Settings = new SettingsArea(Kpis.Count);
        Calc = new CalcArea(Kpis.Count, InputFields.Numeric.Count, Slots.Longest);
        Series = new SeriesArea(Kpis.Select(k => k.Inputs.Count).ToArray(), trendSlots, Slots.Reps);
        Leaderboard = new LeaderboardArea(Slots.Reps);
    }

    public WorkbookOptions Options { get; }

    /// <summary>Room in the Settings lists: the defaults, or more where the data brings more.</summary>
    public ListSlots Slots { get; }

    public Language Language { get; }

    public int Capacity { get; }

    public int LastDataRow { get; }

    public IReadOnlyList<CompiledKpi> Kpis { get; }

    public DashboardArea Dashboard { get; }

    public SettingsArea Settings { get; }

    public CalcArea Calc { get; }

    public SeriesArea Series { get; }

    public LeaderboardArea Leaderboard { get; }

    /// <summary>
    /// Whether each row's KPIs sit beside its inputs on the Data sheet, so that each KPI column is one
    /// formula Excel can share down the sheet (it shares formulas only within a sheet). Calculators
    /// made by earlier versions keep them on a KPIs sheet of their own, and a fill keeps that.
    /// </summary>
    public bool RowKpisBesideData { get; }

    /// <summary>The workbook's sheets, in order; a sheet's position (from 1) numbers its part.</summary>
    public IReadOnlyList<SheetRole> Sheets => _sheets;

    public int Position(SheetRole role) =>
        Array.IndexOf(_sheets, role) is var index and >= 0 ? index + 1 : throw new InvalidOperationException($"This workbook has no {role} sheet.");

    public string SheetName(SheetRole role) => role switch
    {
        SheetRole.Dashboard => DashboardSheet,
        SheetRole.Trend => TrendSheet,
        SheetRole.Leaderboard => LeaderboardSheet,
        SheetRole.Data => DataSheet,
        SheetRole.Kpis => KpiSheet,
        SheetRole.Settings => SettingsSheet,
        SheetRole.Instructions => InstructionsSheet,
        SheetRole.Calc => CalcSheet,
        _ => SeriesSheet,
    };

    public string DashboardSheet => Labels.DashboardSheet[Language];

    public string DataSheet => Labels.DataSheet[Language];

    public string KpiSheet => Labels.KpiSheet[Language];

    public string SettingsSheet => Labels.SettingsSheet[Language];

    public string InstructionsSheet => Labels.InstructionsSheet[Language];

    public string CalcSheet => Labels.CalcSheet[Language];

    public string TrendSheet => Labels.TrendSheet[Language];

    public string LeaderboardSheet => Labels.LeaderboardSheet[Language];

    public string SeriesSheet => Labels.SeriesSheet[Language];

    // Data sheet: one column per input field, in catalog order.
    public static int DataColumn(InputField field) => IndexOf(field) + 1;

    // The per-row KPIs: the in-scope flag, then one column per KPI; after the inputs on the Data
    // sheet, or after the row's keys on a KPIs sheet of their own.
    public static readonly InputField[] KpiSheetKeys =
        new[] { "PeriodStart", "RepId", "RepName", "Team", "Location" }.Select(InputFields.Get).ToArray();

    public string RowKpiSheet => RowKpisBesideData ? DataSheet : KpiSheet;

    public int InScopeColumn => (RowKpisBesideData ? InputField.All.Count : KpiSheetKeys.Length) + 1;

    public int KpiColumn(int kpiIndex) => InScopeColumn + 1 + kpiIndex;

    /// <summary>An input of a row as that row's KPI formulas refer to it.</summary>
    public string RowInput(InputField field, int row) => RowKpisBesideData ? CellRef.RowRelative(row, DataColumn(field)) : DataCell(field, row);

    /// <summary>A key of a row (rep, team, location) as that row's formulas refer to it: on their own sheet, its copy among the keys.</summary>
    public string RowKey(InputField key, int row) =>
        RowKpisBesideData ? CellRef.RowRelative(row, DataColumn(key)) : CellRef.RowRelative(row, Array.IndexOf(KpiSheetKeys, key) + 1);

    public static string NameOf(string kpiId) => kpiId.Replace('-', '_');

    /// <summary>The data cell of a field in a given row, as another sheet refers to it.</summary>
    public string DataCell(InputField field, int row) => CellRef.Sheet(DataSheet) + "!" + CellRef.RowRelative(row, DataColumn(field));

    public string DataRange(InputField field) =>
        CellRef.Sheet(DataSheet) + "!" + CellRef.AbsoluteRange(FirstDataRow, DataColumn(field), LastDataRow, DataColumn(field));

    public string KpiRange(int column) =>
        CellRef.Sheet(RowKpiSheet) + "!" + CellRef.AbsoluteRange(FirstDataRow, column, LastDataRow, column);

    public string CalcCell(int row, int column) => CellRef.Sheet(CalcSheet) + "!" + CellRef.Absolute(row, column);

    public string SettingsCell(int row, int column) => CellRef.Sheet(SettingsSheet) + "!" + CellRef.Absolute(row, column);

    public string DashboardCell(int row, int column) => CellRef.Sheet(DashboardSheet) + "!" + CellRef.Absolute(row, column);

    public string SeriesCell(int row, int column) => CellRef.Sheet(SeriesSheet) + "!" + CellRef.Absolute(row, column);

    public string SeriesRange(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        CellRef.Sheet(SeriesSheet) + "!" + CellRef.AbsoluteRange(firstRow, firstColumn, lastRow, lastColumn);

    /// <summary>Every KPI column of the per-row sheet, as one block (the leaderboard picks a column of it).</summary>
    public string KpiBlock => CellRef.Sheet(RowKpiSheet) + "!" + CellRef.AbsoluteRange(FirstDataRow, KpiColumn(0), LastDataRow, KpiColumn(Kpis.Count - 1));

    /// <summary>The Excel references for a KPI formula on the Calc sheet's row of that KPI.</summary>
    public ExcelReferences CalcReferences(int kpiIndex, bool previous) => new(
        field => CellRef.Absolute(Calc.KpiRow(kpiIndex), Calc.SumColumn(InputFields.NumericIndex(field), previous)),
        SettingReference,
        id => CellRef.Absolute(Calc.KpiRow(Options.Catalog.IndexOf(id)), previous ? CalcArea.PreviousColumn : CalcArea.ActualColumn));

    public string SettingReference(Setting setting) => setting switch
    {
        Setting.MaxLifetimePeriods => CalcCell(CalcArea.MaxLifetimeRow, CalcArea.ValueColumn),
        Setting.PeriodMonths => CalcCell(CalcArea.PeriodMonthsRow, CalcArea.ValueColumn),
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, null),
    };

    private static int IndexOf(InputField field)
    {
        for (var i = 0; i < InputField.All.Count; i++)
        {
            if (ReferenceEquals(InputField.All[i], field))
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown field {field}.", nameof(field));
    }
}

/// <summary>Rows of room in the Settings lists of teams, locations and reps.</summary>
internal sealed record ListSlots(int Teams, int Locations, int Reps)
{
    /// <summary>The room a calculator starts with; data that brings more makes more.</summary>
    public static readonly ListSlots Default = new(50, 100, 500);

    public int Longest => System.Math.Max(Teams, System.Math.Max(Locations, Reps));

    /// <summary>This much room, or more where the lists hold more.</summary>
    public ListSlots Fitting(int teams, int locations, int reps) =>
        new(System.Math.Max(Teams, teams), System.Math.Max(Locations, locations), System.Math.Max(Reps, reps));
}

/// <summary>The dashboard: selection at the top, one row per KPI below.</summary>
internal sealed class DashboardArea(int kpiCount)
{
    public const int TitleRow = 1;
    public const int SubtitleRow = 2;
    public const int PeriodRow = 4;
    public const int ScopeRow = 5;
    public const int ShowingRow = 6;
    public const int HeaderRow = 8;
    public const int FirstKpiRow = 9;

    public const int NameColumn = 1;
    public const int ActualColumn = 2;
    public const int UnitColumn = 3;
    public const int TargetColumn = 4;
    public const int AttainmentColumn = 5;
    public const int StatusColumn = 6;
    public const int PreviousColumn = 7;
    public const int ChangeColumn = 8;
    public const int WatchColumn = 9;
    public const int LastColumn = 9;

    /// <summary>Input cells: the period (blank = latest), the scope kind and the scope.</summary>
    public const int InputColumn = 2;
    public const int ScopeValueColumn = 3;

    public int KpiRow(int kpiIndex) => FirstKpiRow + kpiIndex;

    public int LastKpiRow => FirstKpiRow + kpiCount - 1;

    public int NoteRow => LastKpiRow + 2;
}

/// <summary>The settings sheet: general settings, then one target per KPI, then the lists.</summary>
internal sealed class SettingsArea(int kpiCount)
{
    public const int TitleRow = 1;
    public const int GeneralTitleRow = 3;

    /// <summary>Labels: of each general setting, each KPI, each section.</summary>
    public const int LabelColumn = 1;
    public const int CurrencyRow = 4;
    public const int PeriodKindRow = 5;
    public const int GrowthBasisRow = 6;
    public const int MaxLifetimeRow = 7;
    public const int CloseBandRow = 8;
    public const int ValueColumn = 2;

    public const int TargetsTitleRow = 10;
    public const int TargetsHeaderRow = 11;
    public const int FirstTargetRow = 12;

    /// <summary>Beside each KPI's name: its direction and unit, as hints.</summary>
    public const int DirectionColumn = 2;
    public const int UnitColumn = 3;
    public const int TargetColumn = 4;
    public const int RuleColumn = 5;

    /// <summary>Beside each target: the track switch, the person's 6 A check, and above them the warning when too many are tracked.</summary>
    public const int TrackColumn = 6;
    public const int CheckColumn = 7;
    public const int TrackWarningRow = TargetsTitleRow;

    public int TargetRow(int kpiIndex) => FirstTargetRow + kpiIndex;

    public int ListsTitleRow => FirstTargetRow + kpiCount + 1;

    public int ListsHeaderRow => ListsTitleRow + 1;

    public int FirstListRow => ListsTitleRow + 2;

    public const int TeamsColumn = 1;
    public const int LocationsColumn = 2;
    public const int RepsColumn = 3;
}

/// <summary>
/// The hidden calculation sheet: the selection worked out, label lists for dropdowns, and per KPI
/// the sums of its inputs over the selected scope (current and previous period) and its results.
/// </summary>
internal sealed class CalcArea(int kpiCount, int inputCount, int scopeOptions)
{
    // Column B, rows 2 on: the selection and settings as numbers, labelled in column A.
    public const int LabelColumn = 1;
    public const int ValueColumn = 2;
    public const int LatestRow = 2;
    public const int SelectedRow = 3;
    public const int PreviousRow = 4;
    public const int ScopeIndexRow = 5;
    public const int PeriodKindIndexRow = 6;
    public const int PeriodMonthsRow = 7;
    public const int MaxLifetimeRow = 8;
    public const int RowsInScopeRow = 9;

    // Rows 11 on: where the selected (column B) and the previous period's (column C) rows sit in the data.
    public const int FirstBlockRow = 11;
    public const int SelectedBlockColumn = 2;
    public const int PreviousBlockColumn = 3;

    public static int BlockRow(int part) => FirstBlockRow + part;

    // Column D on, rows 2 on: texts formulas show, and the lists dropdowns offer.
    public const int TextsColumn = 4;        // n/a, no target, on, close, off
    public const int ScopeKindsColumn = 5;   // Everyone, Team, Location, Rep
    public const int PeriodKindsColumn = 6;  // Week, Month, Quarter
    public const int GrowthBasesColumn = 7;  // Year-on-year, Previous period
    public const int PeriodsColumn = 8;      // the latest periods, newest first
    public const int ScopeOptionsColumn = 9; // the teams, locations or reps of the chosen scope kind
    public const int PeriodSlots = 36;
    public const int FirstListRow = 2;

    public const int UndefinedTextRow = 2;
    public const int NoTargetTextRow = 3;
    public const int OnTargetTextRow = 4;
    public const int CloseTextRow = 5;
    public const int OffTargetTextRow = 6;

    /// <summary>Rows of the scope options list: as many as the longest Settings list.</summary>
    public int ScopeOptionRows => scopeOptions;

    // One row per KPI below the lists.
    public int KpiHeaderRow => FirstListRow + scopeOptions + 2;

    public const int IdColumn = 1;
    public const int CountColumn = 2;
    public const int ActualColumn = 3;
    public const int TargetColumn = 4;
    public const int StatusColumn = 5;
    public const int AttainmentColumn = 6;
    public const int PreviousCountColumn = 7;
    public const int PreviousColumn = 8;
    public const int ChangeColumn = 9;
    public const int FirstSumColumn = 10;

    public int KpiRow(int kpiIndex) => KpiHeaderRow + 1 + kpiIndex;

    public int LastKpiRow => KpiHeaderRow + kpiCount;

    public int SumColumn(int inputIndex, bool previous) => FirstSumColumn + inputIndex + (previous ? inputCount : 0);

    public int LastColumn => FirstSumColumn + (2 * inputCount) - 1;
}

/// <summary>
/// The hidden sheet charts and sparklines read: each KPI per period for the dashboard's scope (#N/A
/// where undefined, so charts leave a gap), revenue and quota per period, the funnel of the selected
/// period, and the rankings behind the leaderboard and the attainment chart.
/// </summary>
internal sealed class SeriesArea(IReadOnlyList<int> kpiInputs, int periods, int reps)
{
    private readonly int kpiCount = kpiInputs.Count;

    /// <summary>The fewest and most periods the trend shows: as many as the data holds, within these.</summary>
    public const int MinPeriods = 12;
    public const int MaxPeriods = 36;

    public const int PeriodRow = 2;
    public const int FirstKpiRow = 3;
    public const int NameColumn = 1;       // the KPI's name: the leaderboard's dropdown list
    public const int DirectionColumn = 2;  // 1 where higher is better, -1 where lower is
    public const int UnitColumn = 3;       // the unit label people read
    public const int ScaleColumn = 4;      // 100 for percentages (shown as 95.0 %), else 1
    public const int FirstPeriodColumn = 5;

    public int Periods => periods;

    public int KpiRow(int kpiIndex) => FirstKpiRow + kpiIndex;

    public int LastKpiRow => FirstKpiRow + kpiCount - 1;

    public int PeriodColumn(int slot) => FirstPeriodColumn + slot;

    public int LastPeriodColumn => PeriodColumn(periods - 1);

    /// <summary>Rows of revenue and quota per period: new, existing, quota.</summary>
    public int SumRow(int index) => LastKpiRow + 2 + index;

    /// <summary>Rows of the funnel for the selected period: leads created, converted, deals won.</summary>
    public int FunnelRow(int index) => LastKpiRow + 6 + index;

    public const int FunnelValueColumn = FirstPeriodColumn;

    /// <summary>
    /// Per KPI and period, the sums the trend divides: a row counting the rows that hold all its inputs,
    /// then a row per input summing it over those rows. Each sum is worked out once, not once per use.
    /// </summary>
    public int CountRow(int kpiIndex) => FunnelRow(3) + 1 + kpiInputs.Take(kpiIndex).Sum(n => n + 1);

    public int InputRow(int kpiIndex, int input) => CountRow(kpiIndex) + 1 + input;

    /// <summary>Below the sums, per period: where its rows sit in the data (see <c>PeriodBlock</c>).</summary>
    public int BlockRow(int part) => CountRow(kpiCount) + 1 + part;

    /// <summary>Below the blocks: a KPI's row as a chart draws it, #N/A throughout while the KPI is not tracked.</summary>
    public int ChartRow(int line) => BlockRow(Sheets.PeriodBlock.Parts) + line;

    // Rankings: one block of columns per ranking (0: the leaderboard, 1: quota attainment), rows 2 on.
    public const int RankFirstRow = 2;
    public const int RankRep = 0;
    public const int RankIndex = 1;
    public const int RankValue = 2;
    public const int RankSigned = 3;
    public const int RankRank = 4;
    public const int RankPosition = 5;
    public const int SlotAtPlace = 6;    // the slot that takes the place of this row's number
    public const int RankKpi = 7;        // header row: which KPI this ranking uses, and its direction
    public const int RankDirection = 8;
    public const int RepAtPlace = 9;     // the rep in this row's place, and their value: what a chart of the ranking reads
    public const int ValueAtPlace = 10;
    private const int RankWidth = 12;

    public int Reps => reps;

    public int RankColumn(int block, int field) => LastPeriodColumn + 2 + (block * RankWidth) + field;

    public int RankLastRow => RankFirstRow + reps - 1;

    // The dashboard's list and its warnings, right of the rankings. Per KPI (on its row): whether it is
    // tracked, its place (tracked ones first, in catalog order), its warnings. Per place (the same rows
    // counted from the first): the KPI there, its name while tracked, its number format and direction.
    public const int ListTracked = 0;
    public const int ListPlace = 1;
    public const int ListKpiAtPlace = 2;
    public const int ListNameAtPlace = 3;
    public const int ListFormatAtPlace = 4;
    public const int ListDirectionAtPlace = 5;
    public const int ListFormatOfKpi = 6;
    public const int ListOffTwice = 7;     // the early warnings per KPI (1 or TRUE where it fires), and their symbols
    public const int ListWorsening = 8;
    public const int ListWatch = 9;
    public const int ListWatchAtPlace = 10;
    public const int ListWidth = 12;

    /// <summary>The row that holds how many KPIs are tracked (in the tracked column).</summary>
    public const int TrackedCountRow = PeriodRow;

    public int ListColumn(int field) => RankColumn(2, 0) + field;

    /// <summary>The row of a place (0 is the first) in the per-place columns.</summary>
    public int PlaceRow(int place) => FirstKpiRow + place;

    // Reps to watch, right of the dashboard's list, on the rankings' rows (one per listed rep): per KPI
    // how far the rep misses it (0 where on target, close, undefined or not tracked), then how many they
    // miss, the largest miss, the worst KPI's name, a sort key and the rep's place; per place the slot there.
    public const int WatchCount = 0;
    public const int WatchLargest = 1;
    public const int WatchWorstName = 2;
    public const int WatchKey = 3;
    public const int WatchPlace = 4;
    public const int WatchSlotAtPlace = 5;
    public const int WatchFirstMiss = 6;

    public int WatchColumn(int field) => ListColumn(ListWidth) + field;

    public int MissColumn(int kpiIndex) => WatchColumn(WatchFirstMiss) + kpiIndex;

    public int LastMissColumn => MissColumn(kpiCount - 1);

    public const int HeaderRow = 1;
}

/// <summary>The leaderboard sheet: the KPI to rank by at the top, one row per place below.</summary>
internal sealed class LeaderboardArea(int reps)
{
    public const int KpiRow = 4;
    public const int ShowingRow = 5;
    public const int HeaderRow = 7;
    public const int FirstRow = 8;
    public const int LabelColumn = 1;      // "Rank by", "Showing"
    public const int InputColumn = 2;      // the KPI picked; the period shown
    public const int ScopeColumn = 3;      // the scope shown

    public const int RankColumn = 1;
    public const int RepColumn = 2;
    public const int NameColumn = 3;
    public const int TeamColumn = 4;
    public const int ValueColumn = 5;
    public const int StatusColumn = 6;

    public int Row(int place) => FirstRow + place;

    public int LastRow => FirstRow + reps - 1;

    /// <summary>Reps to watch, beside the ranking: the reps who miss the most tracked KPIs.</summary>
    public const int WatchTitleRow = ShowingRow + 1;
    public const int WatchRepColumn = 8;
    public const int WatchNameColumn = 9;
    public const int WatchCountColumn = 10;
    public const int WatchWorstColumn = 11;
    public const int LastColumn = WatchWorstColumn;

    /// <summary>How many reps to watch the list shows.</summary>
    public const int WatchPlaces = 5;
}

/// <summary>The trend sheet: one row per KPI, one column per period, a sparkline at the end.</summary>
internal static class TrendArea
{
    public const int HeaderRow = 4;
    public const int FirstKpiRow = 5;
    public const int NameColumn = 1;
    public const int UnitColumn = 2;
    public const int FirstPeriodColumn = 3;

    public static int KpiRow(int kpiIndex) => FirstKpiRow + kpiIndex;

    public static int PeriodColumn(int slot) => FirstPeriodColumn + slot;

    public static int SparklineColumn(int periods) => FirstPeriodColumn + periods;
}
