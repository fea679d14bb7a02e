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

if (args.Length >= 4 && args[0] == "--read-case")
{
    return ReadBack.RunOne(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
}

if (args.Length >= 1 && args[0] == "--read")
{
    Console.WriteLine("| rows | file size | baseline, wall | SalesKpi, wall | ratio | baseline, CPU | SalesKpi, CPU | ratio | baseline peak | SalesKpi peak | rows read |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var rows in args.Length > 1 ? args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : [100_000, 1_000_000])
    {
        ReadBack.Run(rows, ChildLine);
    }

    return 0;
}

if (args.Length >= 4 && args[0] == "--fill-case")
{
    return FillTemplate.RunOne(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
}

if (args.Length >= 1 && args[0] == "--fill")
{
    Console.WriteLine("| rows | template size | baseline, wall | fill, wall | ratio | baseline, CPU | fill, CPU | ratio | baseline peak | fill peak | ratio |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var rows in args.Length > 1 ? args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : [100_000])
    {
        FillTemplate.Run(rows, ChildLine);
    }

    return 0;
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
    var parts = ChildLine(["--case", kind, rows.ToString(CultureInfo.InvariantCulture)]).Split(' ');
    double Part(int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
    return new Measure(Part(0), Part(1), Part(2), Part(3));
}

// Runs this program again with the arguments, in its own process, and returns what it printed.
string ChildLine(string[] arguments)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
    if (!self.EndsWith("SalesKpi.Benchmarks", StringComparison.Ordinal))
    {
        start.ArgumentList.Add(typeof(Cases).Assembly.Location);
    }

    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var line = process.StandardOutput.ReadToEnd().Trim();
    process.WaitForExit();
    return process.ExitCode == 0 ? line : throw new InvalidOperationException($"{string.Join(" ", arguments)} failed with exit code {process.ExitCode}.");
}

/// <summary>One child's figures: the first and the second run's seconds, its peak working set and the file's size.</summary>
internal sealed record Measure(double Cold, double Warm, double PeakMb, double FileMb);
