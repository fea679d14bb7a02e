using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Calculation;
using SalesKpi.Catalog;
using SalesKpi.Formulas;

namespace SalesKpi.Sheets;

/// <summary>
/// What every formula of the workbook evaluates to, worked out in C# while the data streams past,
/// so a filled workbook carries its values (phone previews and non-calculating readers show them):
/// the sums over the data that the formulas read. Formulas over those sums are evaluated from their
/// own expression trees (see <see cref="SheetCells"/>, <see cref="Formulas.WorkbookRules"/>). Only sums per period of the dashboard's scope are kept, never the rows. Single use:
/// <see cref="Add"/> every row, then <see cref="Complete"/>.
/// </summary>
internal sealed class WorkbookValues
{
    private readonly WorkbookOptions _options;
    private readonly Dictionary<DateTime, PeriodSums> _periods = new();
    private readonly Dictionary<DateTime, PeriodBlock.Rows> _rows = new();
    private readonly Dictionary<DateTime, KpiResults> _results = new();
    private readonly List<LeaderRow> _leaderRows = new();
    private DateTime? _leaderPeriod;
    private Dictionary<string, LeaderRow>? _selectedByRep;
    private readonly ListCollector _teams;
    private readonly ListCollector _locations;
    private readonly ListCollector _reps;

    public WorkbookValues(WorkbookOptions options)
    {
        _options = options;
        Calculator = new KpiCalculator(options.Catalog, options.Settings);
        _teams = new ListCollector(options.Teams);
        _locations = new ListCollector(options.Locations);
        _reps = new ListCollector(options.Reps);
    }

    public KpiCalculator Calculator { get; }

    /// <summary>Data rows added.</summary>
    public int RowCount { get; private set; }

    public DateTime? Latest { get; private set; }

    public DateTime? Selected { get; private set; }

    public DateTime? Previous { get; private set; }

    /// <summary>Data rows in the scope and the selected period; null (#N/A) when there is no period.</summary>
    public int? RowsInScope => SumsAt(Selected)?.Rows;

    /// <summary>Every KPI for the scope in the selected period.</summary>
    public KpiResults Current => ResultsAt(Selected);

    /// <summary>The Settings lists: those of the options, then new ones the data brings, in order of appearance.</summary>
    public IReadOnlyList<string> Teams => _teams.Items;

    public IReadOnlyList<string> Locations => _locations.Items;

    public IReadOnlyList<string> Reps => _reps.Items;

    /// <summary>Takes in one checked data row; returns whether it is in the dashboard's scope and its KPIs.</summary>
    public (bool InScope, double?[] Values) Add(SalesRecord record, double?[] numbers)
    {
        RowCount++;
        Latest = Latest is { } latest && latest >= record.PeriodStart ? latest : record.PeriodStart;
        _rows.TryGetValue(record.PeriodStart, out var rows);
        _rows[record.PeriodStart] = rows.With(RowCount);
        _teams.Add(record.Team);
        _locations.Add(record.Location);
        _reps.Add(record.RepId);
        var inScope = IsInScope(record, _options.Selection);
        if (inScope)
        {
            if (!_periods.TryGetValue(record.PeriodStart, out var sums))
            {
                sums = new PeriodSums(Calculator.Catalog);
                _periods.Add(record.PeriodStart, sums);
            }

            sums.Add(numbers);
        }

        var values = Calculator.RowValues(numbers);
        KeepForLeaderboard(record, inScope, values);
        return (inScope, values);
    }

    /// <summary>How many periods the trend shows: those the data holds, within the trend's bounds.</summary>
    public int TrendPeriods => Math.Max(Layout.SeriesArea.MinPeriods, Math.Min(_rows.Count, Layout.SeriesArea.MaxPeriods));

    /// <summary>Where a period's rows sit in the data (none for no period, or one without rows).</summary>
    public PeriodBlock.Rows RowsOf(DateTime? period) => period is { } p && _rows.TryGetValue(p, out var rows) ? rows : default;

    /// <summary>The data's period column as written, to <paramref name="capacity"/> rows: what the period blocks' formulas read.</summary>
    public CellValue PeriodColumn(int capacity) => CellValue.Array(PeriodBlock.Column(_rows, capacity));

    /// <summary>The period of a trend column: the latest, stepped back; oldest first.</summary>
    public DateTime? TrendPeriod(int slot, int periods) => Latest is { } latest ? _options.Settings.PeriodsBefore(latest, periods - 1 - slot) : null;

    /// <summary>Every KPI for the scope in a period: #N/A (null) throughout where there is no period. Worked out once per period.</summary>
    public KpiResults ResultsAt(DateTime? period)
    {
        var key = period ?? DateTime.MinValue;
        return _results.TryGetValue(key, out var results) ? results : _results[key] = Results(SumsAt(period));
    }

    /// <summary>A KPI's complete-row count and input sums over the scope in a period; null (#N/A) where there is no period.</summary>
    public KpiSums? KpiSumsAt(DateTime? period, int kpiIndex) => SumsAt(period)?.Kpis[kpiIndex];

    /// <summary>The plain sum of an input over the scope's rows of a period (SUMIFS); null (#N/A) where the period has no rows.</summary>
    public double? TotalAt(DateTime? period, InputField field) =>
        period is { } p && _periods.TryGetValue(p, out var sums) ? sums.Totals[InputFields.NumericIndex(field)] : null;

    /// <summary>The rows of the selected period, kept while the data streamed: what the rankings look up in the data.</summary>
    private IReadOnlyList<LeaderRow> SelectedRows => _leaderPeriod == Selected ? _leaderRows : Array.Empty<LeaderRow>();

    /// <summary>A rep's data row in the selected period (the last where there are several); null where there is none.</summary>
    public LeaderRow? SelectedRowOf(string rep)
    {
        _selectedByRep ??= SelectedRows.GroupBy(row => row.RepId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(rows => rows.Key, rows => rows.Last(), StringComparer.OrdinalIgnoreCase);
        return _selectedByRep.TryGetValue(rep, out var found) ? found : null;
    }

    /// <summary>
    /// A data-sized column (<paramref name="length"/> rows) as the rankings read it: <paramref name="cell"/>
    /// of each row of the selected period, blank elsewhere (no row there is of that period, so a
    /// criterion on the period never matches it, and no ranked slot points at it).
    /// </summary>
    public CellValue SelectedColumn(int length, Func<LeaderRow, CellValue> cell)
    {
        var cells = SelectedRows.ToDictionary(row => row.Index - 1, cell);
        return CellValue.Array(new LazyColumn(length, index => cells.TryGetValue(index, out var value) ? value : CellValue.Blank));
    }

    /// <summary>Rows of the period the dashboard will show: the chosen one, or the latest so far.</summary>
    private void KeepForLeaderboard(SalesRecord record, bool inScope, double?[] values)
    {
        var period = SelectedWith(Latest);
        if (record.PeriodStart != period)
        {
            return;
        }

        if (_leaderPeriod != period)
        {
            _leaderRows.Clear();
            _leaderPeriod = period;
        }

        _leaderRows.Add(new LeaderRow(RowCount, record.RepId, record.RepName ?? "", record.Team ?? "", inScope, values));
    }

    /// <summary>Resolves the dashboard's period and the one before, once every row is in.</summary>
    public void Complete()
    {
        Selected = SelectedWith(Latest);
        Previous = Selected is { } selected ? _options.Settings.PeriodBefore(selected) : null;  // the Calc sheet's PeriodsBack rule
    }

    /// <summary>The dashboard's period by the Calc sheet's rule, with <paramref name="latest"/> the latest period so far.</summary>
    private DateTime? SelectedWith(DateTime? latest)
    {
        var picked = _options.Selection.Period is { } period ? CellValue.Date(period) : CellValue.Of("");
        return WorkbookRules.DateOf(Evaluator.Evaluate(SelectedRule, reference => reference == "picked" ? picked : CellValue.Date(latest)));
    }

    private static readonly Expression SelectedRule = WorkbookRules.SelectedPeriod(Fx.Ref("picked"), Fx.Ref("latest"));

    /// <summary>Whether a row is in the dashboard's scope: the KPIs sheet's rule, evaluated with the row's keys.</summary>
    private static bool IsInScope(SalesRecord record, DashboardSelection selection)
    {
        CellValue Text(string? value) => value is null ? CellValue.Blank : CellValue.Of(value);
        var inScope = Evaluator.Evaluate(InScopeRule, reference => reference switch
        {
            "rep" => Text(record.RepId),
            "team" => Text(record.Team),
            "location" => Text(record.Location),
            "kind" => CellValue.Of((int)selection.Scope + 1),
            _ => Text(selection.ScopeValue),
        });
        return inScope.AsNumber == 1;
    }

    private static readonly Expression InScopeRule =
        WorkbookRules.InScope(Fx.Ref("rep"), Fx.Ref("team"), Fx.Ref("location"), Fx.Ref("kind"), Fx.Ref("scope"));

    /// <summary>The sums of a period; an empty set for a period without rows, null (#N/A) for no period at all.</summary>
    private PeriodSums? SumsAt(DateTime? period) =>
        period is not { } p ? null : _periods.TryGetValue(p, out var sums) ? sums : new PeriodSums(Calculator.Catalog);

    private KpiResults Results(PeriodSums? sums)
    {
        var catalog = Calculator.Catalog;
        var values = new double?[catalog.Compiled.Count];
        for (var k = 0; k < values.Length && sums is not null; k++)
        {
            var kpi = sums.Kpis[k];
            values[k] = GroupScope.FromSums(catalog.Compiled[k].Formula, kpi.Count, f => kpi.Sums[InputFields.NumericIndex(f)]!.Value, Calculator.Settings);
        }

        return Calculator.Complete(values);
    }

    /// <summary>One period's sums over the rows of the scope: per KPI, over the rows that hold all its inputs (SUMIFS).</summary>
    private sealed class PeriodSums
    {
        private readonly int[][] _ordinals;
        private readonly int[][] _columns;

        public PeriodSums(KpiCatalog catalog)
        {
            _ordinals = catalog.Compiled.Select(kpi => kpi.Inputs.Select(f => f.Ordinal).ToArray()).ToArray();
            _columns = catalog.Compiled.Select(kpi => kpi.Inputs.Select(InputFields.NumericIndex).ToArray()).ToArray();
            Kpis = catalog.Compiled.Select(kpi => new KpiSums(0, InputFields.Numeric.Select(f => kpi.Inputs.Contains(f) ? 0 : (double?)null).ToArray())).ToArray();
        }

        public int Rows { get; private set; }

        public KpiSums[] Kpis { get; }

        /// <summary>Each numeric input summed over every row that holds it.</summary>
        public double[] Totals { get; } = new double[InputFields.Numeric.Count];

        public void Add(double?[] numbers)
        {
            Rows++;
            for (var i = 0; i < Totals.Length; i++)
            {
                Totals[i] += numbers[InputFields.Numeric[i].Ordinal] ?? 0;
            }

            for (var k = 0; k < Kpis.Length; k++)
            {
                var ordinals = _ordinals[k];
                if (!Array.TrueForAll(ordinals, o => numbers[o].HasValue))
                {
                    continue;
                }

                var sums = Kpis[k];
                sums.Count++;
                for (var i = 0; i < ordinals.Length; i++)
                {
                    sums.Sums[_columns[k][i]] += numbers[ordinals[i]]!.Value;
                }
            }
        }
    }

    /// <summary>
    /// Distinct values in order of first appearance, without regard to case as the workbook's lists
    /// compare them: "field" in the data is the listed "Field".
    /// </summary>
    private sealed class ListCollector
    {
        private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _items = new();

        public ListCollector(IEnumerable<string> initial)
        {
            foreach (var item in initial)
            {
                Add(item);
            }
        }

        public IReadOnlyList<string> Items => _items;

        public void Add(string? item)
        {
            if (!string.IsNullOrWhiteSpace(item) && _seen.Add(item!))
            {
                _items.Add(item!);
            }
        }
    }
}

/// <summary>One KPI's complete-row count and input sums for a scope and period.</summary>
internal sealed class KpiSums(int count, double?[] sums)
{
    public int Count { get; set; } = count;

    public double?[] Sums { get; } = sums;
}

/// <summary>A data row of the period the leaderboard ranks: its place in the data, who, and its KPIs.</summary>
internal sealed record LeaderRow(int Index, string RepId, string RepName, string Team, bool InScope, double?[] Values);
