using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace SalesKpi.Benchmarks;

/// <summary>
/// Filling an already filled workbook as a template, as the console offers: the template is written
/// once (capacity equal to the rows), then a fresh process fills it with as many rows, and another
/// writes the same rows into a new workbook as the baseline, so each peak working set is its own.
/// </summary>
public static class FillTemplate
{
    public static void Run(int rows, Func<string[], string> child)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"saleskpi-bench-fill-{rows}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var template = Path.Combine(folder, "template.xlsx");
            var count = rows.ToString(CultureInfo.InvariantCulture);
            child(["--fill-case", "template", count, template]);
            var baseline = child(["--fill-case", "write", count, template]).Split(' ');
            var fill = child(["--fill-case", "fill", count, template]).Split(' ');
            double Part(string[] parts, int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
            Console.WriteLine(FormattableString.Invariant(
                $"| {rows:N0} | {new FileInfo(template).Length / 1e6:F1} MB | {Part(baseline, 0):F2} s | {Part(fill, 0):F2} s | {Part(fill, 0) / Part(baseline, 0):F2}x | {Part(baseline, 2):F2} s | {Part(fill, 2):F2} s | {Part(fill, 2) / Part(baseline, 2):F2}x | {Part(baseline, 1):F0} MB | {Part(fill, 1):F0} MB | {Part(fill, 1) / Part(baseline, 1):F2}x |"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One case in this process; prints "wall-seconds peak-MB cpu-seconds".</summary>
    public static int RunOne(string kind, int rows, string template)
    {
        var output = Path.Combine(Path.GetDirectoryName(template)!, kind + ".xlsx");
        var watch = Stopwatch.StartNew();
        switch (kind)
        {
            case "template":
                KpiWorkbook.Write(template, new WorkbookOptions { Capacity = rows }, Cases.Data(rows));
                break;
            case "write":
                // The baseline: the same rows written into a new workbook of the same capacity.
                KpiWorkbook.Write(output, new WorkbookOptions { Capacity = rows }, Cases.Data(rows));
                break;
            case "fill":
                KpiWorkbook.Fill(template, output, null, Cases.Data(rows));
                break;
            default:
                throw new ArgumentException($"Unknown case {kind}.");
        }

        using var self = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant($"{watch.Elapsed.TotalSeconds:F3} {self.PeakWorkingSet64 / 1e6:F1} {self.TotalProcessorTime.TotalSeconds:F3}"));
        return 0;
    }
}
