using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using SalesKpi.Benchmarks;

// A documented harness (see README.md beside this file): each case runs in a fresh child process so
// its peak memory is its own, and every figure is reported as a ratio to the baseline of the same run.
if (args.Length >= 3 && args[0] == "--case")
{
    return Cases.RunOne(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? args[3] : null);
}

if (args.Length >= 1 && args[0] == "--open-time")
{
    Console.WriteLine("| rows | values only, to CSV | filled, to CSV | ratio | values only, to .xlsx | filled, to .xlsx | ratio |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var rows in args.Length > 1 ? args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : [1_000, 10_000])
    {
        OpenTime.Run(rows);
    }

    return 0;
}

if (args.Length >= 1 && args[0] == "--interactive")
{
    return Interactive.Run(args.Length > 1 ? args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000]);
}

var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000, 100_000];
var self = Environment.ProcessPath!;
var app = typeof(Cases).Assembly.Location;
Console.WriteLine("| rows | baseline, first call | SalesKpi, first call | ratio | baseline, later calls | SalesKpi, later calls | ratio | baseline peak | SalesKpi peak | file size |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var rows in sizes)
{
    // Best of three runs of each, interleaved, so a slow moment of the machine hits both alike.
    var baseline = new List<Measure>();
    var kpi = new List<Measure>();
    for (var i = 0; i < 3; i++)
    {
        baseline.Add(Child("baseline", rows));
        kpi.Add(Child("saleskpi", rows));
    }

    var (bc, kc) = (baseline.Min(r => r.Cold), kpi.Min(r => r.Cold));
    var (bw, kw) = (baseline.Min(r => r.Warm), kpi.Min(r => r.Warm));
    Console.WriteLine(FormattableString.Invariant(
        $"| {rows:N0} | {bc:F2} s | {kc:F2} s | {kc / bc:F2}x | {bw:F2} s | {kw:F2} s | {kw / bw:F2}x | {baseline.Max(r => r.PeakMb):F0} MB | {kpi.Max(r => r.PeakMb):F0} MB | {kpi[0].FileMb:F1} MB |"));
}

return 0;

Measure Child(string kind, int rows)
{
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
    if (!self.EndsWith("SalesKpi.Benchmarks", StringComparison.Ordinal))
    {
        start.ArgumentList.Add(app);
    }

    foreach (var argument in new[] { "--case", kind, rows.ToString(CultureInfo.InvariantCulture) })
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var line = process.StandardOutput.ReadToEnd().Trim();
    process.WaitForExit();
    var parts = line.Split(' ');
    double Part(int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
    return new Measure(Part(0), Part(1), Part(2), Part(3));
}

/// <summary>One child's figures: the first and the second run's seconds, its peak working set and the file's size.</summary>
internal sealed record Measure(double Cold, double Warm, double PeakMb, double FileMb);
