using System;
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
    Console.WriteLine("| rows | values only | filled, recalculated | ratio |");
    Console.WriteLine("|---:|---:|---:|---:|");
    foreach (var rows in args.Length > 1 ? args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : [1_000, 10_000])
    {
        OpenTime.Run(rows);
    }

    return 0;
}

var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000, 100_000];
var self = Environment.ProcessPath!;
var app = typeof(Cases).Assembly.Location;
Console.WriteLine("| rows | baseline | SalesKpi | ratio | baseline peak | SalesKpi peak | file size |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
foreach (var rows in sizes)
{
    // Best of three runs of each, interleaved, so a slow moment of the machine hits both alike.
    var baseline = Enumerable.Range(0, 3).Select(_ => Child("baseline", rows)).ToList();
    var kpi = Enumerable.Range(0, 3).Select(_ => Child("saleskpi", rows)).ToList();
    var b = baseline.MinBy(r => r.Seconds)!;
    var k = kpi.MinBy(r => r.Seconds)!;
    Console.WriteLine(FormattableString.Invariant(
        $"| {rows:N0} | {b.Seconds:F2} s | {k.Seconds:F2} s | {k.Seconds / b.Seconds:F2}x | {b.PeakMb:F0} MB | {kpi.Max(r => r.PeakMb):F0} MB | {k.FileMb:F1} MB |"));
}

return 0;

(double Seconds, double PeakMb, double FileMb) Child(string kind, int rows)
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
    return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
}
