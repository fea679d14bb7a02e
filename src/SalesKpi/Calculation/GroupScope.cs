using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Formulas;

namespace SalesKpi.Calculation;

/// <summary>
/// The inputs of a group of rows as one KPI sees them: summed over the rows that hold every input
/// the KPI reads (ratio of sums; blank rows drag nothing down), with snapshots taken per rep from
/// the first or last period and added across reps.
/// </summary>
internal sealed class GroupScope : IEvaluationScope
{
    private readonly IReadOnlyList<SalesRecord> _rows;
    private readonly KpiSettings _settings;
    private readonly Func<string, double?> _kpis;

    private GroupScope(IReadOnlyList<SalesRecord> rows, KpiSettings settings, Func<string, double?> kpis)
    {
        _rows = rows;
        _settings = settings;
        _kpis = kpis;
    }

    /// <summary>The value of a formula over the rows that hold all of <paramref name="inputs"/>; null where undefined.</summary>
    public static double? Evaluate(
        Expression formula,
        IReadOnlyList<InputField> inputs,
        bool perSinglePeriod,
        IReadOnlyList<SalesRecord> rows,
        KpiSettings settings,
        Func<string, double?> kpis)
    {
        var complete = rows.Where(r => inputs.All(f => f.ReadNumber!(r).HasValue)).ToList();
        if (inputs.Count > 0 && complete.Count == 0)
        {
            return null;
        }

        if (perSinglePeriod && complete.Select(r => r.PeriodStart).Distinct().Skip(1).Any())
        {
            return null;
        }

        return Evaluator.Evaluate(formula, new GroupScope(complete, settings, kpis));
    }

    /// <summary>
    /// The value of a KPI from sums already taken over the rows of one period that hold all its inputs,
    /// as a spreadsheet computes it from SUMIFS: null where no row had them all.
    /// </summary>
    public static double? FromSums(Expression formula, int rows, Func<InputField, double> sum, KpiSettings settings) =>
        rows == 0 ? null : Evaluator.Evaluate(formula, new SumScope(sum, settings));

    public double? Input(InputField field) => field.Kind switch
    {
        InputKind.SnapshotAtStart => SumPerRep(field, rows => rows.OrderBy(r => r.PeriodStart).First()),
        InputKind.SnapshotAtEnd => SumPerRep(field, rows => rows.OrderBy(r => r.PeriodEnd).Last()),
        _ => Sum(field, _rows),
    };

    public double Setting(Setting setting) => SettingOf(_settings, setting);

    public double? Kpi(string id) => _kpis(id);

    private static double Sum(InputField field, IEnumerable<SalesRecord> rows)
    {
        var sum = 0.0;
        foreach (var row in rows)
        {
            sum += (double)field.ReadNumber!(row)!.Value;
        }

        return sum;
    }

    private static double SettingOf(KpiSettings settings, Setting setting) => setting switch
    {
        Formulas.Setting.MaxLifetimePeriods => settings.EffectiveMaxLifetimePeriods,
        Formulas.Setting.PeriodMonths => settings.PeriodMonths,
        _ => throw new InvalidOperationException($"Unknown setting {setting}."),
    };

    private double SumPerRep(InputField field, Func<IEnumerable<SalesRecord>, SalesRecord> pick) =>
        Sum(field, _rows.GroupBy(r => r.RepId, StringComparer.Ordinal).Select(pick));

    /// <summary>One record as its own group: each input is the record's value (the fast path for per-row KPIs).</summary>
    internal sealed class RowScope(double?[] numbers, KpiSettings settings) : IEvaluationScope
    {
        public bool HasAll(IReadOnlyList<InputField> inputs)
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                if (!numbers[inputs[i].Ordinal].HasValue)
                {
                    return false;
                }
            }

            return true;
        }

        public double? Input(InputField field) => numbers[field.Ordinal];

        public double Setting(Setting setting) => SettingOf(settings, setting);

        public double? Kpi(string id) => throw new InvalidOperationException($"A KPI formula cannot refer to KPI '{id}'.");
    }

    private sealed class SumScope(Func<InputField, double> sum, KpiSettings settings) : IEvaluationScope
    {
        public double? Input(InputField field) => sum(field);

        public double Setting(Setting setting) => SettingOf(settings, setting);

        public double? Kpi(string id) => throw new InvalidOperationException($"A KPI formula cannot refer to KPI '{id}'.");
    }
}
