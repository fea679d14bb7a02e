using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// What every sheet builder shares: options, styles in use, values and labels; and, once the data
/// has streamed through, the layout. Single use, for one workbook.
/// </summary>
internal sealed class BuildContext
{
    private readonly ListSlots _room;
    private readonly Dictionary<int, RankingBlock> _rankings = new();
    private WorkbookLayout? _layout;
    private WorkbookCells? _cells;
    private SheetCells? _repsToWatch;

    private readonly bool _rowKpisBesideData;

    public BuildContext(WorkbookOptions options, int maxRows = WorkbookOptions.MaxCapacity, ListSlots? room = null, bool rowKpisBesideData = true)
    {
        _rowKpisBesideData = rowKpisBesideData;
        _room = room ?? ListSlots.Default;
        Options = options;
        MaxRows = maxRows;
        PasswordHash = Protection.Hash(options.Password);
        Values = new WorkbookValues(options);
    }

    public WorkbookOptions Options { get; }

    /// <summary>The most data rows a sheet takes: the format's limit, lowered only by tests.</summary>
    public int MaxRows { get; }

    /// <summary>What every formula evaluates to: the cached values the workbook carries.</summary>
    public WorkbookValues Values { get; private set; }

    /// <summary>Where everything sits; known once the data rows are counted.</summary>
    public WorkbookLayout Layout => _layout ?? throw new InvalidOperationException("The layout is known once the data has been written.");

    public StyleSheet Styles { get; } = new();

    public Language Language => Options.Language;

    public string Title => Options.Title ?? Labels.DefaultTitle[Language];

    public string? PasswordHash { get; }

    public IReadOnlyList<string> Teams => Values.Teams;

    public IReadOnlyList<string> Locations => Values.Locations;

    public IReadOnlyList<string> Reps => Values.Reps;

    public IReadOnlyList<CompiledKpi> Kpis => Options.Catalog.Compiled;

    /// <summary>The KPI the leaderboard ranks by when the workbook opens: the option's, else <see cref="DefaultRankingKpi"/>.</summary>
    public int LeaderboardKpi => Options.LeaderboardKpi is { } id
        ? Options.Catalog.IndexOf(id)
        : DefaultRankingKpi;

    /// <summary>The KPI a ranking uses by default: the by-rep chart's (<see cref="ChartKpis"/>), else the catalog's first.</summary>
    public int DefaultRankingKpi => System.Math.Max(0, ChartKpis.RankedByRep(Options.Catalog));

    /// <summary>Whether the KPI at this catalog index starts tracked: every one unless the options name the tracked ones.</summary>
    public bool IsTracked(int kpiIndex) => Options.TrackedKpis is not { } tracked || tracked.Contains(Kpis[kpiIndex].Definition.Id);

    /// <summary>The values of the hidden sheets' cells, as the sheets written after them read them.</summary>
    public WorkbookCells Cells => _cells ??= new WorkbookCells(this);

    /// <summary>The cells of the reps to watch on the Series sheet (misses per slot and KPI, counts, places): worked out once, read by the leaderboard and the Series sheet.</summary>
    public SheetCells RepsToWatch => _repsToWatch ??= Sheets.RepsToWatch.Cells(this);

    /// <summary>A ranking of the listed reps for the selected period (<see cref="SeriesSheet.LeaderboardRanking"/> or <see cref="SeriesSheet.AttainmentRanking"/>): worked out once, read by every sheet that shows it.</summary>
    public RankingBlock Ranking(int block)
    {
        if (!_rankings.TryGetValue(block, out var ranking))
        {
            ranking = new RankingBlock(this, block);
            _rankings.Add(block, ranking);
        }

        return ranking;
    }

    /// <summary>Forgets every row summed so far, to sum them again in another order.</summary>
    public void RestartValues() => Values = new WorkbookValues(Options);

    /// <summary>Fixes the layout and works out the dashboard's values, once every data row is in.</summary>
    public void Complete()
    {
        Values.Complete();
        _layout = new WorkbookLayout(Options, Math.Max(Options.Capacity, Values.RowCount), _room.Fitting(Teams.Count, Locations.Count, Reps.Count), Values.TrendPeriods, _rowKpisBesideData);
    }

    public string Text(LocalizedText text) => text[Language];

    /// <summary>A sheet's title in row 1 and the line that says what it shows in row 2.</summary>
    public void Heading(SheetGrid grid, LocalizedText title, LocalizedText hint)
    {
        grid.Text(1, 1, Text(title), Style(Palette.Title));
        grid.Height(1, 30);
        grid.Text(2, 1, Text(hint), Style(Palette.Hint));
    }

    public int Style(CellStyle style) => Styles.Id(style);

    public SheetTail Tail(SheetTail tail) => tail with { PasswordHash = PasswordHash };
}
