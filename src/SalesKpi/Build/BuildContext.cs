using System.Collections.Generic;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

namespace SalesKpi.Build;

/// <summary>What every sheet builder shares: the layout, the styles in use, the data and the labels.</summary>
internal sealed class BuildContext
{
    public BuildContext(WorkbookOptions options, IReadOnlyList<SalesRecord> data)
    {
        Options = options;
        Data = data;
        Layout = new WorkbookLayout(options, System.Math.Max(options.Capacity, data.Count));
        Teams = Merge(options.Teams, data.Select(r => r.Team));
        Locations = Merge(options.Locations, data.Select(r => r.Location));
        Reps = Merge(options.Reps, data.Select(r => r.RepId));
        PasswordHash = Protection.Hash(options.Password);
        Values = new WorkbookValues(options, data, Layout.NumericInputs);
    }

    /// <summary>What every formula evaluates to: the cached values the workbook carries.</summary>
    public WorkbookValues Values { get; }

    public WorkbookOptions Options { get; }

    public IReadOnlyList<SalesRecord> Data { get; }

    public WorkbookLayout Layout { get; }

    public StyleSheet Styles { get; } = new();

    public Language Language => Options.Language;

    public string Title => Options.Title ?? Labels.DefaultTitle[Language];

    public string? PasswordHash { get; }

    /// <summary>The lists the Settings sheet offers: those of the options, then any new ones the data brings, in order of appearance.</summary>
    public IReadOnlyList<string> Teams { get; }

    public IReadOnlyList<string> Locations { get; }

    public IReadOnlyList<string> Reps { get; }

    public IReadOnlyList<CompiledKpi> Kpis => Layout.Kpis;

    public string Text(LocalizedText text) => text[Language];

    public int Style(CellStyle style) => Styles.Id(style);

    public SheetTail Tail(SheetTail tail) => tail with { PasswordHash = PasswordHash };

    private static string[] Merge(IEnumerable<string> given, IEnumerable<string?> found) =>
        given.Concat(found.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!))
            .Distinct(System.StringComparer.Ordinal).ToArray();
}
