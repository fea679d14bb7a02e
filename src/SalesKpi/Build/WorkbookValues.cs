using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Xlsx;

namespace SalesKpi.Build;

/// <summary>
/// What every formula of the workbook evaluates to, worked out in C# with the reference calculator,
/// so a filled workbook carries its values (phone previews and non-calculating readers show them).
/// Each member mirrors one formula of the builders and follows its spreadsheet semantics, #N/A included.
/// </summary>
internal sealed class WorkbookValues
{
    public WorkbookValues(WorkbookOptions options, IReadOnlyList<SalesRecord> data, IReadOnlyList<InputField> numericInputs)
    {
        var settings = options.Settings;
        var selection = options.Selection;
        Calculator = new KpiCalculator(options.Catalog, settings);
        ScopeIndex = (int)selection.Scope + 1;
        PeriodKindIndex = (int)settings.PeriodKind + 1;
        Latest = data.Count == 0 ? null : data.Max(r => r.PeriodStart);
        Selected = selection.Period ?? Latest;
        Previous = Selected is { } selected
            ? settings.PeriodKind == PeriodKind.Week ? selected.AddDays(-7) : selected.AddMonths(settings.PeriodKind == PeriodKind.Month ? -1 : -3)
            : null;

        InScope = data.Select(r => IsInScope(r, selection)).ToArray();
        PerRow = Calculator.ComputeEach(data);
        var current = RowsAt(data, Selected);
        var previous = RowsAt(data, Previous);
        RowsInScope = Selected is null ? null : current.Count;
        Current = Calculator.Compute(current);
        Before = Calculator.Compute(previous);
        CurrentSums = Selected is null ? null : Sums(current, numericInputs, options.Catalog);
        PreviousSums = Previous is null ? null : Sums(previous, numericInputs, options.Catalog);

        List<SalesRecord> RowsAt(IReadOnlyList<SalesRecord> rows, DateTime? period) =>
            period is null ? new List<SalesRecord>() : rows.Where((r, i) => InScope[i] && r.PeriodStart == period).ToList();
    }

    public KpiCalculator Calculator { get; }

    public int ScopeIndex { get; }

    public int PeriodKindIndex { get; }

    public DateTime? Latest { get; }

    public DateTime? Selected { get; }

    public DateTime? Previous { get; }

    /// <summary>Per data row: whether it belongs to the dashboard's scope (any period).</summary>
    public bool[] InScope { get; }

    public IReadOnlyList<KpiResults> PerRow { get; }

    /// <summary>Data rows in the scope and the selected period; null (#N/A) when there is no period.</summary>
    public int? RowsInScope { get; }

    public KpiResults Current { get; }

    public KpiResults Before { get; }

    /// <summary>Per KPI: the count of complete rows and the sum of each input it reads; null (#N/A) when there is no period.</summary>
    public KpiSums[]? CurrentSums { get; }

    public KpiSums[]? PreviousSums { get; }

    public static Cached Date(DateTime? date) => date is { } d ? Cached.Of(d.ToOADate()) : Cached.NotAvailable;

    /// <summary>Attainment: actual over target (target over actual where lower is better); #N/A where it has no meaning.</summary>
    public static double? Attainment(KpiResult result)
    {
        if (result.Value is not { } actual || result.Target is not { } target)
        {
            return null;
        }

        return result.Kpi.Direction == Direction.HigherIsBetter
            ? target <= 0 ? null : actual / target
            : actual <= 0 ? null : target / actual;
    }

    public static double? Change(double? actual, double? previous) => actual is { } a && previous is { } p ? a - p : null;

    // Spreadsheets compare text without regard to case, and a blank cell equals "".
    private static bool IsInScope(SalesRecord record, DashboardSelection selection)
    {
        bool Same(string? value) => string.Equals(value ?? "", selection.ScopeValue ?? "", StringComparison.OrdinalIgnoreCase);
        return selection.Scope switch
        {
            ScopeKind.Team => Same(record.Team),
            ScopeKind.Location => Same(record.Location),
            ScopeKind.Rep => Same(record.RepId),
            _ => true,
        };
    }

    private static KpiSums[] Sums(IReadOnlyList<SalesRecord> rows, IReadOnlyList<InputField> inputs, KpiCatalog catalog) =>
        catalog.Compiled.Select(kpi =>
        {
            var complete = rows.Where(r => kpi.Inputs.All(f => f.ReadNumber!(r).HasValue)).ToList();
            var sums = new double?[inputs.Count];
            foreach (var field in kpi.Inputs)
            {
                var sum = 0.0;
                foreach (var row in complete)
                {
                    sum += (double)field.ReadNumber!(row)!.Value;
                }

                sums[IndexOf(inputs, field)] = sum;
            }

            return new KpiSums(complete.Count, sums);
        }).ToArray();

    private static int IndexOf(IReadOnlyList<InputField> inputs, InputField field)
    {
        for (var i = 0; i < inputs.Count; i++)
        {
            if (ReferenceEquals(inputs[i], field))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>One KPI's complete-row count and input sums for a scope and period.</summary>
internal sealed record KpiSums(int Count, double?[] Sums);
