using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesKpi.Layout;

namespace SalesKpi.Tests.Support;

/// <summary>
/// Holds a workbook an engine computed against the C# reference calculator: each check returns one
/// line per disagreement, so a failure says which cell, what the engine showed and what was expected.
/// </summary>
public static class Oracle
{
    /// <summary>Every per-row KPI of the KPI sheet, and blank below the data.</summary>
    public static List<string> RowKpiMismatches(Dataset set, string computedPath, string engine)
    {
        var calculator = new KpiCalculator(set.Options.Catalog, set.Options.Settings);
        // The workbook shows the rows in period order, in the order they came within a period.
        var records = set.Records.WithComparisonRevenueFromData(set.Options.Settings).OrderBy(r => r.PeriodStart).ToList();
        var expected = calculator.ComputeEach(records);
        using var workbook = new XlsxReader(computedPath);
        var columns = set.Options.Catalog.Kpis.Select(k => workbook.NamedColumn("Kpi_" + k.Id.Replace('-', '_'))).ToList();
        var undefined = Localization.Labels.Undefined[set.Options.Language];
        var mismatches = new List<string>();
        for (var row = 0; row < set.Records.Count; row++)
        {
            for (var k = 0; k < expected[row].Count; k++)
            {
                var (sheet, column) = columns[k];
                var address = column + (WorkbookLayout.FirstDataRow + row).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var cell = workbook.Cell(sheet, address);
                var want = expected[row][k].Value;
                if (!Agrees(cell, want, undefinedAs: undefined))
                {
                    mismatches.Add($"{address} {expected[row][k].Kpi.Id} (rep {records[row].RepId}): {engine} {cell}, reference {Show(want)}");
                }
            }
        }

        var below = columns[0].Column + (WorkbookLayout.FirstDataRow + set.Records.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (workbook.Cell(columns[0].Sheet, below).Text is { Length: > 0 } text)
        {
            mismatches.Add($"{below}, below the data, shows {text}");
        }

        return mismatches;
    }

    /// <summary>Actual, target, status and previous of every KPI for the dataset's dashboard selection.</summary>
    public static List<string> DashboardMismatches(Dataset set, string computedPath, string engine)
    {
        var selection = set.Options.Selection;
        var period = selection.Period ?? set.Records.Max(r => r.PeriodStart);
        var calculator = new KpiCalculator(set.Options.Catalog, set.Options.Settings);
        var records = set.Records.WithComparisonRevenueFromData(set.Options.Settings).ToList();
        var current = calculator.Compute(Datasets.InScope(records, selection, period));
        var previous = calculator.Compute(Datasets.InScope(records, selection, set.Options.Settings.PeriodBefore(period)));
        using var workbook = new XlsxReader(computedPath);
        var mismatches = new List<string>();
        if (workbook.Named("Selected_Period").Number != period.ToOADate())
        {
            mismatches.Add($"Selected_Period: {engine} {workbook.Named("Selected_Period")}, reference {period:yyyy-MM-dd}");
        }

        foreach (var result in current)
        {
            var name = WorkbookLayout.NameOf(result.Kpi.Id);
            void Check(string what, double? want)
            {
                var cell = workbook.Named(what + "_" + name);
                if (!Agrees(cell, want, undefinedAs: null))
                {
                    mismatches.Add($"{what} {result.Kpi.Id}: {engine} {cell}, reference {Show(want)}");
                }
            }

            Check("Actual", result.Value);
            Check("Target", result.Target);
            Check("Status", (double?)result.Status);
            Check("Previous", previous[result.Kpi.Id].Value);
        }

        return mismatches;
    }

    /// <summary>Each formula cell's cached value in the written file against what the engine computed; how many formula cells there are, and how many carry no value.</summary>
    public static (List<string> Mismatches, int Formulas, int Uncached) CachedMismatches(string writtenPath, string computedPath, string engine)
    {
        var uncached = 0;
        using var written = new XlsxReader(writtenPath);
        using var computed = new XlsxReader(computedPath);
        var mismatches = new List<string>();
        var formulas = 0;
        foreach (var sheet in written.SheetNames)
        {
            foreach (var (address, cell) in written.Cells(sheet).Where(c => c.Content.Formula is not null))
            {
                formulas++;
                if (cell.IsEmpty)
                {
                    uncached++;
                    continue;
                }

                var engineValue = computed.Cell(sheet, address);
                if (!SameValue(cell, engineValue))
                {
                    mismatches.Add($"{sheet}!{address} ={cell.Formula}: cached {cell}, {engine} {engineValue}");
                }
            }
        }

        return (mismatches, formulas, uncached);
    }

    /// <summary>Within 1e-9 relative; undefined is #N/A (or the "n/a" text people read) on the engine's side.</summary>
    public static bool Agrees(CellContent cell, double? expected, string? undefinedAs)
    {
        if (expected is not { } want)
        {
            return undefinedAs is null ? cell.Error == "#N/A" : cell.Text == undefinedAs;
        }

        if (cell.Number is not { } got)
        {
            return false;
        }

        return Math.Abs(got - want) <= (1e-9 * Math.Max(Math.Abs(want), Math.Abs(got))) + 1e-12;
    }

    /// <summary>The same number within 1e-9 relative, the same text, or the same error.</summary>
    private static bool SameValue(CellContent cached, CellContent engine)
    {
        if (cached.Number is { } number)
        {
            return Agrees(engine, number, undefinedAs: null);
        }

        if (cached.Error is not null)
        {
            return engine.Error == cached.Error;
        }

        // An engine may drop an empty string result; "" and no value both read as empty text.
        return (engine.Text ?? "") == (cached.Text ?? "") && engine.Number is null && engine.Error is null;
    }

    private static string Show(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "undefined";
}
