using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Calculation;
using SalesKpi.Formulas;

namespace SalesKpi;

/// <summary>
/// The reference calculator: every KPI of a catalog for one record or any group of records, by the
/// catalog's rules (ratio of sums, undefined on a zero denominator, blank is no data). The workbook's
/// formulas are tested against it. Immutable and safe to share across threads.
/// </summary>
public sealed class KpiCalculator
{
    /// <summary>A calculator for a catalog and settings.</summary>
    /// <param name="catalog">The KPIs. Default: <see cref="KpiCatalog.Default"/>.</param>
    /// <param name="settings">The settings. Default: <c>new KpiSettings()</c>.</param>
    /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
    public KpiCalculator(KpiCatalog? catalog = null, KpiSettings? settings = null)
    {
        Catalog = catalog ?? KpiCatalog.Default;
        Settings = settings ?? new KpiSettings();
        Settings.Validate(Catalog);
    }

    /// <summary>The KPIs computed.</summary>
    public KpiCatalog Catalog { get; }

    /// <summary>The settings used.</summary>
    public KpiSettings Settings { get; }

    /// <summary>Every KPI for one record.</summary>
    /// <exception cref="SalesDataException">The record holds an invalid value.</exception>
    public KpiResults Compute(SalesRecord record) => Compute(new[] { record });

    /// <summary>
    /// Every KPI for a group of records (several reps, several periods, or both), as one scope:
    /// each input is summed over the group and the KPI's formula applied to the sums.
    /// </summary>
    /// <exception cref="SalesDataException">A record holds an invalid value, or a rep has two records for one period.</exception>
    public KpiResults Compute(IEnumerable<SalesRecord> records) =>
        ComputeChecked(RecordValidator.Checked(records, distinctPeriods: true));

    /// <summary>Every KPI for each record on its own, in the order given.</summary>
    /// <exception cref="SalesDataException">A record holds an invalid value.</exception>
    public IReadOnlyList<KpiResults> ComputeEach(IEnumerable<SalesRecord> records) =>
        RecordValidator.Checked(records, distinctPeriods: false).Select(r => ComputeChecked(new[] { r })).ToArray();

    private KpiResults ComputeChecked(IReadOnlyList<SalesRecord> rows) =>
        Complete(Catalog.Compiled
            .Select(kpi => GroupScope.Evaluate(kpi.Formula, kpi.Inputs, kpi.IsPerSinglePeriod, rows, Settings, NoKpiReferences))
            .ToArray());

    /// <summary>Each KPI of one checked record (its numbers read once), without targets: what a per-row KPI cell shows.</summary>
    internal double?[] RowValues(double?[] numbers)
    {
        var scope = new GroupScope.RowScope(numbers, Settings);
        var values = new double?[Catalog.Compiled.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var kpi = Catalog.Compiled[i];
            values[i] = scope.HasAll(kpi.Inputs) ? Evaluator.Evaluate(kpi.Formula, scope) : null;
        }

        return values;
    }

    /// <summary>Results from KPI values already worked out (one per catalog KPI): adds each target and status.</summary>
    internal KpiResults Complete(IReadOnlyList<double?> values)
    {
        var byId = new Dictionary<string, double?>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            byId[Catalog.Compiled[i].Definition.Id] = values[i];
        }

        var results = Catalog.Compiled.Select((kpi, i) =>
        {
            var id = kpi.Definition.Id;
            double? target = Settings.Targets.TryGetValue(id, out var set) ? set
                : kpi.Target is null ? null
                : GroupScope.Evaluate(kpi.Target, Array.Empty<InputField>(), false, Array.Empty<SalesRecord>(), Settings, other => byId[other]);
            return new KpiResult(kpi.Definition, values[i], target, StatusOf(kpi.Definition.Direction, values[i], target));
        });
        return new KpiResults(results.ToArray());
    }

    /// <summary>On target, close (within the close band of the target) or off target; null without a value or a target.</summary>
    internal KpiStatus? StatusOf(Direction direction, double? value, double? target)
    {
        var status = Evaluator.Evaluate(StatusRules[direction == Direction.HigherIsBetter ? 0 : 1], reference => reference switch
        {
            Actual => CellValue.Of(value),
            Target => CellValue.Of(target),
            _ => CellValue.Of(Settings.CloseBand),
        });
        return status.AsNumber is { } s ? (KpiStatus)(int)s : null;
    }

    // The workbook's status rule, for higher and for lower is better, over three named values.
    private const string Actual = "actual";
    private const string Target = "target";
    private static readonly Expression[] StatusRules = new[] { 1, -1 }
        .Select(direction => WorkbookRules.Status(Fx.Ref(Actual), Fx.Ref(Target), Fx.Ref("close band"), direction))
        .ToArray();

    private static double? NoKpiReferences(string id) =>
        throw new InvalidOperationException($"A KPI formula cannot refer to KPI '{id}'.");
}
