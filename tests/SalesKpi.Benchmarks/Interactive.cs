using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SalesKpi.Benchmarks;

/// <summary>
/// The waits a person has in LibreOffice: opening a filled workbook, and each click on the dashboard
/// or the leaderboard, against opening the same data as plain values in the same LibreOffice process.
/// A Python script drives one LibreOffice through its UNO bridge (see README.md beside this file).
/// </summary>
public static class Interactive
{
    /// <summary>No single action may hold the run longer than this; a slower one is reported as over it.</summary>
    private const int CapSeconds = 300;

    /// <summary>The size at which Gnumeric's recalculation is timed as well.</summary>
    private const int GnumericRows = 10_000;

    private static readonly (string Key, string Title)[] Actions =
    {
        ("open", "open"),
        ("open_always", "open, always recalculate"),
        ("scope", "scope to a team"),
        ("period", "earlier period"),
        ("leaderboard", "leaderboard KPI"),
        ("hard", "hard recalculation"),
    };

    public static int Run(IReadOnlyList<int> sizes)
    {
        var python = UnoPython();
        if (python is null)
        {
            Console.Error.WriteLine("No Python that can 'import uno' was found. Install LibreOffice's Python bridge (on Debian or Ubuntu: apt-get install python3-uno).");
            return 1;
        }

        var folder = Path.Combine(Path.GetTempPath(), "saleskpi-interactive-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new List<Workbooks>();
            foreach (var rows in sizes)
            {
                foreach (var shuffled in new[] { false, true })
                {
                    var records = shuffled ? Shuffled(Cases.Data(rows)) : Cases.Data(rows).ToList();
                    var stem = FormattableString.Invariant($"{rows}-{(shuffled ? "shuffled" : "ordered")}");
                    var values = Path.Combine(folder, stem + "-values.xlsx");
                    var filled = Path.Combine(folder, stem + "-filled.xlsx");
                    Cases.Baseline(values, records, records.Count, formulas: false);
                    KpiWorkbook.Write(filled, new WorkbookOptions(), records);
                    files.Add(new Workbooks(rows, shuffled ? "shuffled" : "period order", values, filled));
                }
            }

            // The driver's input, in the snake case its Python reads.
            var manifest = Path.Combine(folder, "manifest.json");
            File.WriteAllText(manifest, JsonSerializer.Serialize(
                new Manifest(CapSeconds, new Uri(Path.Combine(folder, "profile")).AbsoluteUri, files),
                new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));

            Console.WriteLine($"LibreOffice through UNO, one process, best of 3; each cell: seconds, and the ratio to opening the values-only workbook. Over {CapSeconds} s: stopped.");
            Console.WriteLine(MachineLoad("start"));
            Console.WriteLine();
            Console.WriteLine("| rows | order | values only, open | " + string.Join(" | ", Actions.Select(a => a.Title)) + " |");
            Console.WriteLine("|---:|---|---:|" + string.Concat(Actions.Select(_ => "---:|")));
            Drive(python, manifest, line =>
            {
                using var result = JsonDocument.Parse(line);
                var root = result.RootElement;
                var baseline = root.GetProperty("values_open").GetDouble();
                var cells = Actions.Select(a => Cell(root.GetProperty(a.Key), baseline));
                Console.WriteLine(FormattableString.Invariant(
                    $"| {root.GetProperty("rows").GetInt32():N0} | {root.GetProperty("order").GetString()} | {baseline:F2} s | {string.Join(" | ", cells)} |"));
            });

            var gnumeric = files.Where(f => f.Rows == GnumericRows).ToList();
            if (gnumeric.Count > 0)
            {
                Console.WriteLine();
                Console.WriteLine("Gnumeric, `ssconvert --recalc` to CSV, best of 3:");
                Console.WriteLine();
                Console.WriteLine("| rows | order | values only | filled | ratio |");
                Console.WriteLine("|---:|---|---:|---:|---:|");
                foreach (var file in gnumeric)
                {
                    var values = Ssconvert(file.Values, folder);
                    var filled = Ssconvert(file.Filled, folder);
                    Console.WriteLine(FormattableString.Invariant(
                        $"| {GnumericRows:N0} | {file.Order} | {Seconds(values)} | {Seconds(filled)} | {(values is { } v && filled is { } f ? (f / v).ToString("F1", CultureInfo.InvariantCulture) + "x" : "-")} |"));
                }
            }

            Console.WriteLine();
            Console.WriteLine(MachineLoad("end"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One size and order of the data: the filled workbook and the same data as values only.</summary>
    private sealed record Workbooks(int Rows, string Order, string Values, string Filled);

    /// <summary>What the driver measures: the files, the cap on each attempt, and LibreOffice's profile folder.</summary>
    private sealed record Manifest(int Cap, string Profile, IReadOnlyList<Workbooks> Files);

    /// <summary>
    /// Other work on the machine slows every figure, the baseline included: the load average, where the
    /// system tells it, says how quiet the run was.
    /// </summary>
    private static string MachineLoad(string when) => File.Exists("/proc/loadavg")
        ? $"Load average at the {when} (1, 5, 15 minutes): {string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}, on {Environment.ProcessorCount} cores."
        : "";

    /// <summary>The same records in a seeded random order, as a CRM export not sorted by period would give them.</summary>
    private static List<SalesRecord> Shuffled(IEnumerable<SalesRecord> records)
    {
        var list = records.ToList();
        var random = new Random(list.Count);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private static string Cell(JsonElement seconds, double baseline) => seconds.ValueKind == JsonValueKind.Null
        ? FormattableString.Invariant($">{CapSeconds} s")
        : FormattableString.Invariant($"{seconds.GetDouble():F2} s, {seconds.GetDouble() / baseline:F1}x");

    private static string Seconds(double? seconds) => seconds is { } s ? FormattableString.Invariant($"{s:F1} s") : FormattableString.Invariant($">{CapSeconds} s");

    /// <summary>Runs the UNO driver and hands on each result line as it arrives; its progress goes to stderr.</summary>
    private static void Drive(string python, string manifest, Action<string> onResult)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "interactive.py");
        var start = new ProcessStartInfo(python) { UseShellExecute = false, RedirectStandardOutput = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(manifest);
        using var process = Process.Start(start)!;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            onResult(line);
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The UNO driver {script} stopped with exit code {process.ExitCode}.");
        }
    }

    /// <summary>The first Python that can import LibreOffice's UNO bridge: the system's, then the one on the path, then LibreOffice's own.</summary>
    private static string? UnoPython()
    {
        var candidates = new[] { "/usr/bin/python3", "python3", "/usr/lib/libreoffice/program/python", "/Applications/LibreOffice.app/Contents/Resources/python" };
        foreach (var candidate in candidates)
        {
            try
            {
                var start = new ProcessStartInfo(candidate) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
                foreach (var argument in new[] { "-c", "import uno" })
                {
                    start.ArgumentList.Add(argument);
                }

                using var process = Process.Start(start)!;
                process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed there: try the next.
            }
        }

        return null;
    }

    /// <summary>Best of three `ssconvert --recalc` runs (fewer once they have used the cap), or null when one passes the cap.</summary>
    private static double? Ssconvert(string file, string folder)
    {
        var best = double.MaxValue;
        var spent = 0.0;
        for (var i = 0; i < 3 && spent <= CapSeconds; i++)
        {
            var start = new ProcessStartInfo("ssconvert") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "--recalc", file, Path.Combine(folder, "gnumeric.csv") })
            {
                start.ArgumentList.Add(argument);
            }

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(CapSeconds * 1000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            spent += watch.Elapsed.TotalSeconds;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"ssconvert failed on {file}: {error.Result}");
            }
        }

        return best;
    }
}
