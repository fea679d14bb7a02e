using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace SalesKpi.Benchmarks;

/// <summary>
/// The wait a person has on opening: how long LibreOffice headless takes to open, fully recalculate
/// and export a filled workbook, against the same data with no formulas. The filled workbook's
/// cached values are removed first so that LibreOffice must compute every formula.
/// </summary>
public static class OpenTime
{
    public static void Run(int rows)
    {
        var folder = Path.Combine(Path.GetTempPath(), "saleskpi-open-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var values = Path.Combine(folder, "values.xlsx");
        var filled = Path.Combine(folder, "filled.xlsx");
        Cases.Baseline(values, Cases.Data(rows), rows, formulas: false);
        KpiWorkbook.Write(filled, new WorkbookOptions(), Cases.Data(rows));
        StripCachedValues(filled);

        Convert(values, folder, Csv); // the first start of LibreOffice sets up its profile; not measured
        var line = FormattableString.Invariant($"| {rows:N0} |");
        foreach (var format in new[] { Csv, Xlsx })
        {
            var valuesSeconds = Best(values, folder, format);
            var filledSeconds = Best(filled, folder, format);
            line += FormattableString.Invariant($" {valuesSeconds:F1} s | {filledSeconds:F1} s | {filledSeconds / valuesSeconds:F2}x |");
        }

        Console.WriteLine(line);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Every sheet's values as text: LibreOffice must compute every cell, and writes no formulas.</summary>
    private const string Csv = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1";

    /// <summary>The workbook saved again: every value computed, and every formula written back out.</summary>
    private const string Xlsx = "xlsx:Calc MS Excel 2007 XML";

    private static double Best(string file, string folder, string format)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            Convert(file, folder, format);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static void Convert(string file, string folder, string format)
    {
        var start = new ProcessStartInfo("soffice") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-env:UserInstallation=file://" + Path.Combine(folder, "profile"), "--headless", "--convert-to", format, "--outdir", Path.Combine(folder, "out"), file })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }

    private static void StripCachedValues(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        foreach (var entry in new System.Collections.Generic.List<ZipArchiveEntry>(zip.Entries))
        {
            if (!entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
            {
                continue;
            }

            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            // A formula's cached value follows its <f>; the cell's type attribute goes with it.
            xml = Regex.Replace(xml, "(</f>|<f [^>]*/>)<v[^>]*>[^<]*</v>", "$1");
            xml = Regex.Replace(xml, "<c ([^>]*?) t=\"(str|e)\"([^>]*)><f", "<c $1$3><f");
            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open());
            writer.Write(xml);
        }
    }
}
