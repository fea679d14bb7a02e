using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using SalesKpi.Layout;

namespace SalesKpi.Benchmarks;

/// <summary>
/// Reading back the library's own workbooks: each is written once, then read in a fresh process by
/// the baseline and by <see cref="KpiWorkbook.Read(string, ReadOptions?)"/>, so each peak is its own.
/// </summary>
public static class ReadBack
{
    public static void Run(int rows, Func<string[], string> child)
    {
        var path = Path.Combine(Path.GetTempPath(), $"saleskpi-bench-read-{rows}-{Guid.NewGuid():N}.xlsx");
        try
        {
            child(["--read-case", "write", rows.ToString(CultureInfo.InvariantCulture), path]);
            var baseline = child(["--read-case", "baseline", rows.ToString(CultureInfo.InvariantCulture), path]).Split(' ');
            var kpi = child(["--read-case", "saleskpi", rows.ToString(CultureInfo.InvariantCulture), path]).Split(' ');
            double Part(string[] parts, int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
            Console.WriteLine(FormattableString.Invariant(
                $"| {rows:N0} | {new FileInfo(path).Length / 1e6:F1} MB | {Part(baseline, 0):F2} s | {Part(kpi, 0):F2} s | {Part(kpi, 0) / Part(baseline, 0):F2}x | {Part(baseline, 3):F2} s | {Part(kpi, 3):F2} s | {Part(kpi, 3) / Part(baseline, 3):F2}x | {Part(baseline, 1):F0} MB | {Part(kpi, 1):F0} MB | {Part(kpi, 2):N0} |"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>One case in this process; prints "wall-seconds peak-MB rows-read cpu-seconds".</summary>
    public static int RunOne(string kind, int rows, string path)
    {
        var watch = Stopwatch.StartNew();
        var read = 0L;
        switch (kind)
        {
            case "write":
                KpiWorkbook.Write(path, new WorkbookOptions { Capacity = rows }, Cases.Data(rows));
                break;
            case "baseline":
                read = Baseline(path);
                break;
            case "cells":
                // Where the time goes: the library's streaming of the data sheet's cells alone, no records.
                using (var file = File.OpenRead(path))
                using (var parts = Xlsx.XlsxParts.Open(file))
                {
                    var index = Xlsx.WorkbookIndex.Read(parts);
                    var strings = Xlsx.SharedStrings.Read(parts, index.SharedStringsPath);
                    foreach (var cell in Xlsx.WorksheetCells.Read(parts, index.Sheets.First(s => s.Name == "Data").Path, strings))
                    {
                        read += cell.Column == 1 ? 1 : 0;
                    }
                }

                break;
            case "saleskpi":
                var data = KpiWorkbook.Read(path);
                read = data.Problems.Count == 0 ? data.Records.Count : throw new InvalidOperationException(data.Problems[0].ToString());
                break;
            default:
                throw new ArgumentException($"Unknown case {kind}.");
        }

        // CPU time as well as wall time: on a busy machine the wall clock says more about the neighbours.
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant($"{watch.Elapsed.TotalSeconds:F3} {self.PeakWorkingSet64 / 1e6:F1} {read} {self.TotalProcessorTime.TotalSeconds:F3}"));
        return 0;
    }

    /// <summary>The baseline: one XmlReader pass over the data sheet that parses every value and keeps none.</summary>
    private static long Baseline(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var xml = XmlReader.Create(zip.GetEntry(Xlsx.XlsxPackage.SheetPart((int)SheetRole.Data))!.Open());
        var rows = 0L;
        var sum = 0.0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "row")
            {
                rows++;
            }
            else if (xml.LocalName is "v" or "t")
            {
                var text = xml.ReadElementContentAsString();
                sum += double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : text.Length;
            }
        }

        return sum >= 0 ? rows - 1 : -1;
    }
}
