using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesKpi;

/// <summary>What a generated KPI workbook holds and how it reads. Immutable; checked once by <see cref="KpiWorkbook"/>.</summary>
public sealed record WorkbookOptions
{
    /// <summary>The largest number of data rows a worksheet can hold below its header.</summary>
    public const int MaxCapacity = 1_048_575;

    /// <summary>The language of every label, sheet name and message. Formulas are the same in every language.</summary>
    /// <value>Default: <see cref="Language.English"/>.</value>
    public Language Language { get; init; } = Language.English;

    /// <summary>The KPIs the workbook computes and shows.</summary>
    /// <value>Default: <see cref="KpiCatalog.Default"/>, all 21.</value>
    public KpiCatalog Catalog { get; init; } = KpiCatalog.Default;

    /// <summary>Currency, period kind, growth basis, lifetime cap, close band and targets, all editable in the workbook.</summary>
    /// <value>Default: <c>new KpiSettings()</c>.</value>
    public KpiSettings Settings { get; init; } = new();

    /// <summary>How many data rows the Data sheet has room for (formulas, validation and unlocked cells).</summary>
    /// <value>Default: 1,000. Data given to the writer grows it as needed.</value>
    public int Capacity { get; init; } = 1_000;

    /// <summary>The title at the top of the dashboard and in the document properties.</summary>
    /// <value>Default: <see langword="null"/>, "Sales KPIs" in the workbook's language.</value>
    public string? Title { get; init; }

    /// <summary>A password for sheet protection. Protection is always on; this only makes it harder to switch off.</summary>
    /// <value>Default: <see langword="null"/>, protection without a password.</value>
    public string? Password { get; init; }

    /// <summary>The document's creation date; the clock is never read, so the same options give the same bytes.</summary>
    /// <value>Default: <see langword="null"/>, no date in the document.</value>
    public DateTime? DocumentDate { get; init; }

    /// <summary>What the dashboard shows when the workbook opens.</summary>
    /// <value>Default: the latest period, everyone.</value>
    public DashboardSelection Selection { get; init; } = new();

    /// <summary>The teams offered in the Data sheet's Team column and the dashboard's scope list.</summary>
    /// <value>Default: Inbound, Outbound and Field. An empty list lets any team be typed.</value>
    public IReadOnlyList<string> Teams { get; init; } = new[] { "Inbound", "Outbound", "Field" };

    /// <summary>The locations offered in the Data sheet's Location column and the dashboard's scope list.</summary>
    /// <value>Default: none, so any location can be typed.</value>
    public IReadOnlyList<string> Locations { get; init; } = Array.Empty<string>();

    /// <summary>The rep ids offered in the dashboard's scope list.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<string> Reps { get; init; } = Array.Empty<string>();

    /// <summary>The id of the KPI the leaderboard ranks reps by when the workbook opens; people pick another from its dropdown.</summary>
    /// <value>Default: quota attainment, or the catalog's first KPI where it has no quota attainment.</value>
    public string? LeaderboardKpi { get; init; }

    /// <summary>
    /// The ids of the KPIs the workbook starts tracking: the dashboard lists them, the leaderboard offers
    /// them, and reps to watch count them. People switch KPIs on and off on the Settings sheet; a fill
    /// keeps what they chose. Track few: the Settings sheet warns above eight.
    /// </summary>
    /// <value>Default: <see langword="null"/>, every KPI of the catalog is tracked.</value>
    public IReadOnlyList<string>? TrackedKpis { get; init; }

    /// <summary>
    /// Whether the KPIs sheet holds each row's KPIs as values instead of formulas. A spreadsheet opens
    /// and recalculates a large workbook much sooner without them (see the README's notes on opening
    /// time), but a row's KPIs no longer follow when a person changes its numbers. The dashboard, the
    /// trend and the leaderboard stay live formulas either way. Filling a template keeps what the
    /// template has.
    /// </summary>
    /// <value>Default: <see langword="false"/>, live formulas, so every KPI follows a change.</value>
    public bool RowKpisAsValues { get; init; }

    /// <summary>Told how many rows are written as they stream through; see <see cref="WorkbookProgress"/> for when. It does not change what is written.</summary>
    /// <value>Default: <see langword="null"/>, nobody is told.</value>
    public IProgress<WorkbookProgress>? Progress { get; init; }

    /// <summary>Checks every option; the error names the option and the problem.</summary>
    internal void Validate()
    {
        if (!Enum.IsDefined(typeof(Language), Language))
        {
            throw new ArgumentException($"WorkbookOptions.Language {Language} is not defined.", nameof(Language));
        }

        if (Catalog is null)
        {
            throw new ArgumentException("WorkbookOptions.Catalog must not be null.", nameof(Catalog));
        }

        if (Settings is null)
        {
            throw new ArgumentException("WorkbookOptions.Settings must not be null.", nameof(Settings));
        }

        Settings.Validate(Catalog);
        if (Capacity < 1 || Capacity > MaxCapacity)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"WorkbookOptions.Capacity must be between 1 and {MaxCapacity:N0} rows, not {Capacity}."),
                nameof(Capacity));
        }

        if (Title is { Length: > 200 })
        {
            throw new ArgumentException("WorkbookOptions.Title must be at most 200 characters.", nameof(Title));
        }

        if (Password is { Length: 0 or > 255 })
        {
            throw new ArgumentException("WorkbookOptions.Password must be 1 to 255 characters, or null for no password.", nameof(Password));
        }

        if (Selection is null)
        {
            throw new ArgumentException("WorkbookOptions.Selection must not be null.", nameof(Selection));
        }

        Selection.Validate();
        if (LeaderboardKpi is not null && !Catalog.Contains(LeaderboardKpi))
        {
            throw new ArgumentException($"WorkbookOptions.LeaderboardKpi '{LeaderboardKpi}' is not a KPI of the catalog.", nameof(LeaderboardKpi));
        }

        foreach (var id in TrackedKpis ?? Array.Empty<string>())
        {
            if (!Catalog.Contains(id))
            {
                throw new ArgumentException($"WorkbookOptions.TrackedKpis names '{id ?? "null"}', which is not a KPI of the catalog.", nameof(TrackedKpis));
            }
        }

        CheckList(Teams, nameof(Teams));
        CheckList(Locations, nameof(Locations));
        CheckList(Reps, nameof(Reps));
    }

    private static void CheckList(IReadOnlyList<string> list, string name)
    {
        if (list is null)
        {
            throw new ArgumentException($"WorkbookOptions.{name} must not be null.", name);
        }

        if (list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"WorkbookOptions.{name} has an empty entry.", name);
        }

        // The workbook's lists and formulas compare without regard to case, so two such entries would be one.
        if (list.GroupBy(e => e, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Distinct(StringComparer.Ordinal).Count() > 1) is { } twice)
        {
            throw new ArgumentException(
                $"WorkbookOptions.{name} lists '{string.Join("' and '", twice.Distinct(StringComparer.Ordinal))}', which differ only in letter case; a workbook takes them as one.", name);
        }
    }
}
