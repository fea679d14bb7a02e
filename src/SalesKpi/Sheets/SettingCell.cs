using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Calculation;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Layout;
using SalesKpi.Localization;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// A setting a workbook's cell holds, so that a person edits it there: its defined name, its cell, what
/// the cell holds for given options, and how the options read it back. <see cref="Of"/> is the one
/// table of them: the sheets write each setting through it, the defined names point at its cells, the
/// formulas' cached values read its values, and reading a workbook's options reads its cells.
/// </summary>
/// <param name="Name">The defined name other workbooks and the readers find the cell by.</param>
/// <param name="Sheet">The sheet of the cell.</param>
/// <param name="Row">The cell's row.</param>
/// <param name="Column">The cell's column.</param>
/// <param name="Value">What the cell holds in a workbook built with the context's options.</param>
/// <param name="Apply">The options with the setting as a cell holds it; a blank or unreadable cell keeps the default.</param>
internal sealed record SettingCell(string Name, SheetRole Sheet, int Row, int Column, Func<BuildContext, CellValue> Value, Func<WorkbookOptions, CellValue, WorkbookOptions> Apply)
{
    public static SettingCell Currency { get; } = General(Names.Currency, SettingsArea.CurrencyRow,
        c => CellValue.Of(c.Options.Settings.Currency),
        (o, cell) => TextOf(cell) is { } code ? o with { Settings = o.Settings with { Currency = code } } : o);

    public static SettingCell PeriodKind { get; } = General(Names.PeriodKind, SettingsArea.PeriodKindRow,
        c => Choice(c, SettingChoices.PeriodKinds, c.Options.Settings.PeriodKind),
        (o, cell) => o with { Settings = o.Settings with { PeriodKind = SettingChoices.PeriodKinds.Parse(TextOf(cell), o.Settings.PeriodKind) } });

    public static SettingCell GrowthBasis { get; } = General(Names.GrowthBasis, SettingsArea.GrowthBasisRow,
        c => Choice(c, SettingChoices.GrowthBases, c.Options.Settings.GrowthBasis),
        (o, cell) => o with { Settings = o.Settings with { GrowthBasis = SettingChoices.GrowthBases.Parse(TextOf(cell), o.Settings.GrowthBasis) } });

    /// <summary>The lifetime cap: blank means the default of five years, which the Calc sheet works out.</summary>
    public static SettingCell MaxLifetime { get; } = General(Names.MaxLifetime, SettingsArea.MaxLifetimeRow,
        c => NumberOrBlank(c.Options.Settings.MaxLifetimePeriods),
        (o, cell) => o with { Settings = o.Settings with { MaxLifetimePeriods = NumberOf(cell) } });

    public static SettingCell CloseBand { get; } = General(Names.CloseBand, SettingsArea.CloseBandRow,
        c => CellValue.Of(c.Options.Settings.CloseBand),
        (o, cell) => NumberOf(cell) is { } band ? o with { Settings = o.Settings with { CloseBand = band } } : o);

    /// <summary>The dashboard's period: a date, or blank for the latest.</summary>
    public static SettingCell DashboardPeriod { get; } = new(Names.DashboardPeriod, SheetRole.Dashboard, DashboardArea.PeriodRow, DashboardArea.InputColumn,
        c => c.Options.Selection.Period is { } period ? CellValue.Date(period) : CellValue.Blank,

        // A date serial from 1900 to 9999; anything else is no period.
        (o, cell) => o with { Selection = o.Selection with { Period = NumberOf(cell) is >= 1 and < 2_958_466 and var serial ? DateTime.FromOADate(Math.Floor(serial)) : null } });

    public static SettingCell DashboardScopeKind { get; } = new(Names.DashboardScopeKind, SheetRole.Dashboard, DashboardArea.ScopeRow, DashboardArea.InputColumn,
        c => Choice(c, SettingChoices.ScopeKinds, c.Options.Selection.Scope),
        (o, cell) => o with { Selection = o.Selection with { Scope = SettingChoices.ScopeKinds.Parse(TextOf(cell), ScopeKind.Everyone) } });

    /// <summary>The team, location or rep the dashboard shows; read after the scope kind, as it means nothing for everyone.</summary>
    public static SettingCell DashboardScope { get; } = new(Names.DashboardScope, SheetRole.Dashboard, DashboardArea.ScopeRow, DashboardArea.ScopeValueColumn,
        c => c.Options.Selection is { Scope: not ScopeKind.Everyone, ScopeValue: { } scope } ? CellValue.Of(scope) : CellValue.Blank,
        (o, cell) => o with { Selection = o.Selection with { ScopeValue = o.Selection.Scope == ScopeKind.Everyone ? null : TextOf(cell) } });

    /// <summary>The KPI the leaderboard ranks by, by its name in the workbook's language.</summary>
    public static SettingCell LeaderboardKpi { get; } = new(Names.LeaderboardKpi, SheetRole.Leaderboard, LeaderboardArea.KpiRow, LeaderboardArea.InputColumn,
        c => CellValue.Of(c.Text(c.Kpis[c.LeaderboardKpi].Definition.Name)),
        (o, cell) => o with { LeaderboardKpi = TextOf(cell) is { } name ? o.Catalog.Kpis.FirstOrDefault(k => k.Name[o.Language] == name)?.Id : null });

    /// <summary>The settings that are one cell each, whatever the catalog.</summary>
    public static IReadOnlyList<SettingCell> Singles { get; } =
        new[] { Currency, PeriodKind, GrowthBasis, MaxLifetime, CloseBand, DashboardPeriod, DashboardScopeKind, DashboardScope, LeaderboardKpi };

    /// <summary>A KPI's target: the one given, or its default rule where that is a plain number; blank uses the rule beside it.</summary>
    public static SettingCell Target(KpiCatalog catalog, int kpiIndex)
    {
        var kpi = catalog.Compiled[kpiIndex];
        var id = kpi.Definition.Id;
        return new(Names.SettingTarget(id), SheetRole.Settings, new SettingsArea(catalog.Compiled.Count).TargetRow(kpiIndex), SettingsArea.TargetColumn,
            c => NumberOrBlank(TargetValue(kpi, c.Options.Settings)),
            (o, cell) => NumberOf(cell) is { } target ? o with { Settings = o.Settings with { Targets = With(o.Settings.Targets, id, target) } } : o);
    }

    /// <summary>A KPI's track switch (see <see cref="Tracking"/>).</summary>
    public static SettingCell Track(KpiCatalog catalog, int kpiIndex)
    {
        var id = catalog.Compiled[kpiIndex].Definition.Id;
        return new(Names.SettingTrack(id), SheetRole.Settings, new SettingsArea(catalog.Compiled.Count).TargetRow(kpiIndex), SettingsArea.TrackColumn,
            c => CellValue.Of(Tracking.Text(c.IsTracked(kpiIndex), c.Language)),
            (o, cell) => Tracking.IsTracked(cell, o.Language) ? o : o with { TrackedKpis = (o.TrackedKpis ?? o.Catalog.Kpis.Select(k => k.Id).ToArray()).Where(t => t != id).ToArray() });
    }

    /// <summary>Every setting of a workbook of this catalog, in the order they read back (a scope after its kind).</summary>
    public static IEnumerable<SettingCell> Of(KpiCatalog catalog) =>
        Singles.Concat(Enumerable.Range(0, catalog.Compiled.Count).SelectMany(k => new[] { Target(catalog, k), Track(catalog, k) }));

    /// <summary>Every setting's value by its name, and every <see cref="SettingList"/>'s, as formulas that read them see them.</summary>
    public static Dictionary<string, CellValue> Values(BuildContext context)
    {
        var values = Of(context.Options.Catalog).ToDictionary(s => s.Name, s => s.Value(context), StringComparer.Ordinal);
        foreach (var list in SettingList.All)
        {
            values[list.Name] = list.Value(context);
        }

        return values;
    }

    /// <summary>The options with this setting as a workbook's cell holds it, through the one cell decoder's result.</summary>
    public WorkbookOptions Read(WorkbookOptions options, CellText cell) => Apply(options, cell switch
    {
        { Number: { } number } => CellValue.Of(number),
        { Text: { } text } => CellValue.Of(text),
        { Error: { } error } => CellValue.Error(error),
        _ => CellValue.Blank,
    });

    /// <summary>The one place a setting's cell gets its value: a number, text (text stays text), or blank.</summary>
    public void Write(SheetGrid grid, BuildContext context, int style) => SheetCells.Write(grid, Row, Column, Value(context), style);

    /// <summary>The target the Settings sheet starts with: the one given, or the default rule where it is a plain number.</summary>
    private static double? TargetValue(CompiledKpi kpi, KpiSettings settings)
    {
        if (settings.Targets.TryGetValue(kpi.Definition.Id, out var given))
        {
            return given;
        }

        var constant = kpi.Target is not null
            && !ExpressionWalker.Nodes(kpi.Target).Any(n => n is KpiRefExpr or SettingExpr);
        return constant
            ? GroupScope.Evaluate(kpi.Target!, Array.Empty<InputField>(), false, Array.Empty<SalesRecord>(), settings, _ => null)
            : null;
    }

    private static SettingCell General(string name, int row, Func<BuildContext, CellValue> value, Func<WorkbookOptions, CellValue, WorkbookOptions> read) =>
        new(name, SheetRole.Settings, row, SettingsArea.ValueColumn, value, read);

    private static CellValue Choice<T>(BuildContext context, Choices<T> choices, T value)
        where T : struct, Enum => CellValue.Of(context.Text(choices.Label(value)));

    private static Dictionary<string, double> With(IReadOnlyDictionary<string, double> targets, string id, double target)
    {
        var copy = targets.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        copy[id] = target;
        return copy;
    }

    private static CellValue NumberOrBlank(double? number) => number is { } n ? CellValue.Of(n) : CellValue.Blank;

    private static double? NumberOf(CellValue cell) => cell.Kind == ValueKind.Number ? cell.Number : null;

    private static string? TextOf(CellValue cell) => cell.Kind == ValueKind.Text && cell.Text.Length > 0 ? cell.Text : null;
}
