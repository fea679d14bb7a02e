using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Formulas;

namespace SalesKpi;

/// <summary>The workbook settings the KPIs depend on. Immutable; validated where it is used.</summary>
public sealed record KpiSettings
{
    /// <summary>The currency of every money figure, as an ISO 4217 code.</summary>
    /// <value>Default: "EUR".</value>
    public string Currency { get; init; } = "EUR";

    /// <summary>How long one period of the data is.</summary>
    /// <value>Default: <see cref="PeriodKind.Month"/>.</value>
    public PeriodKind PeriodKind { get; init; } = PeriodKind.Month;

    /// <summary>What revenue growth compares with.</summary>
    /// <value>Default: <see cref="GrowthBasis.YearOnYear"/>.</value>
    public GrowthBasis GrowthBasis { get; init; } = GrowthBasis.YearOnYear;

    /// <summary>The cap on a customer's expected lifetime in periods, which keeps CLV finite when nobody churns.</summary>
    /// <value>Default: <see langword="null"/>, meaning five years (60 months, 20 quarters or 260 weeks).</value>
    public double? MaxLifetimePeriods { get; init; }

    /// <summary>
    /// How far short of its target, as a share of the target, a KPI is still "close" rather than "off target".
    /// </summary>
    /// <value>Default: 0.1 (within 10 % of the target).</value>
    public double CloseBand { get; init; } = 0.1;

    /// <summary>Targets by KPI id, replacing the catalog's default target rules.</summary>
    /// <value>Default: none; every KPI uses its default target rule, or has no target.</value>
    public IReadOnlyDictionary<string, double> Targets { get; init; } = new Dictionary<string, double>();

    /// <summary>Months in one period.</summary>
    internal double PeriodMonths => MonthsPerPeriod[PeriodKindIndex - 1];

    /// <summary>The period kind as the workbook counts it: 1 week, 2 month, 3 quarter.</summary>
    internal int PeriodKindIndex => IndexOf(PeriodKind);

    internal static int IndexOf(PeriodKind kind) => (int)kind + 1;

    /// <summary>The start of the period before the one starting at <paramref name="start"/>.</summary>
    internal DateTime PeriodBefore(DateTime start) => PeriodsBefore(start, 1);

    /// <summary>The start of the period <paramref name="count"/> periods before, in one step (as EDATE does).</summary>
    internal DateTime PeriodsBefore(DateTime start, int count) =>
        DateTime.FromOADate(WorkbookRules.Value(WorkbookRules.PeriodsBack(start.ToOADate(), PeriodKindIndex, count)).Number);

    /// <summary>The start of the period revenue growth compares with, per <see cref="GrowthBasis"/>.</summary>
    internal DateTime ComparisonPeriod(DateTime start) => GrowthBasis == GrowthBasis.PreviousPeriod
        ? PeriodBefore(start)
        : PeriodKind == PeriodKind.Week ? start.AddDays(-364) : start.AddYears(-1);

    /// <summary><see cref="MaxLifetimePeriods"/> with its default applied.</summary>
    internal double EffectiveMaxLifetimePeriods => MaxLifetimePeriods ?? DefaultMaxLifetime[PeriodKindIndex - 1];

    // The workbook's rules for each period kind, worked out once: KPIs read them for every row.
    private static readonly double[] MonthsPerPeriod = ForEachPeriodKind(kind => WorkbookRules.PeriodMonths(kind));
    private static readonly double[] DefaultMaxLifetime = ForEachPeriodKind(kind => WorkbookRules.MaxLifetime(Fx.Text(""), kind));

    private static double[] ForEachPeriodKind(Func<Expression, Expression> rule) =>
        Enum.GetValues(typeof(PeriodKind)).Cast<PeriodKind>()
            .Select(kind => WorkbookRules.Value(rule(IndexOf(kind))).Number).ToArray();

    /// <summary>Checks every setting against the catalog; the error names the setting.</summary>
    internal void Validate(KpiCatalog catalog)
    {
        if (string.IsNullOrWhiteSpace(Currency) || Currency.Length > 10)
        {
            throw new ArgumentException($"KpiSettings.Currency must be a currency code such as \"EUR\", not \"{Currency}\".", nameof(Currency));
        }

        if (!Enum.IsDefined(typeof(PeriodKind), PeriodKind))
        {
            throw new ArgumentException($"KpiSettings.PeriodKind {PeriodKind} is not defined.", nameof(PeriodKind));
        }

        if (!Enum.IsDefined(typeof(GrowthBasis), GrowthBasis))
        {
            throw new ArgumentException($"KpiSettings.GrowthBasis {GrowthBasis} is not defined.", nameof(GrowthBasis));
        }

        if (MaxLifetimePeriods is { } max && (double.IsNaN(max) || double.IsInfinity(max) || max <= 0))
        {
            throw new ArgumentException(
                $"KpiSettings.MaxLifetimePeriods must be a finite number above 0, not {Format(max)}.", nameof(MaxLifetimePeriods));
        }

        if (double.IsNaN(CloseBand) || CloseBand < 0 || CloseBand > 1)
        {
            throw new ArgumentException($"KpiSettings.CloseBand must be between 0 and 1, not {Format(CloseBand)}.", nameof(CloseBand));
        }

        if (Targets is null)
        {
            throw new ArgumentException("KpiSettings.Targets must not be null.", nameof(Targets));
        }

        foreach (var target in Targets.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (!catalog.Contains(target.Key))
            {
                throw new ArgumentException($"KpiSettings.Targets names KPI '{target.Key}', which is not in the catalog.", nameof(Targets));
            }

            if (double.IsNaN(target.Value) || double.IsInfinity(target.Value))
            {
                throw new ArgumentException(
                    $"KpiSettings.Targets['{target.Key}'] must be a finite number, not {Format(target.Value)}.", nameof(Targets));
            }
        }
    }

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
