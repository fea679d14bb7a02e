using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace SalesKpi.Tests.Support;

/// <summary>
/// Real spreadsheet engines as oracles: LibreOffice Calc (headless) and Gnumeric (ssconvert) open a
/// workbook, compute every formula and save the values, which the tests then read.
/// </summary>
public static class Engines
{
    /// <summary>Recalculates many files in one LibreOffice start; returns the recalculated copies, in order.</summary>
    public static IReadOnlyList<string> LibreOffice(IReadOnlyList<string> files)
    {
        var output = Scratch.NewFolder("lo-out");
        var profile = Scratch.NewFolder("lo-profile");
        var arguments = new List<string>
        {
            "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
            "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output,
        };
        arguments.AddRange(files);
        Run("soffice", arguments, TimeSpan.FromMinutes(5));
        var results = files.Select(f => Path.Combine(output, Path.GetFileName(f))).ToList();
        foreach (var result in results.Where(r => !File.Exists(r)))
        {
            throw new InvalidOperationException($"LibreOffice did not convert {result}.");
        }

        return results;
    }

    /// <summary>Recalculates one file in Gnumeric; returns the recalculated copy.</summary>
    public static string Gnumeric(string file)
    {
        var output = Path.Combine(Scratch.NewFolder("gnumeric-out"), Path.GetFileName(file));
        Run("ssconvert", new[] { "--recalc", file, output }, TimeSpan.FromMinutes(2));
        return File.Exists(output) ? output : throw new InvalidOperationException($"Gnumeric did not convert {file}.");
    }

    /// <summary>Renders a workbook to PDF through LibreOffice.</summary>
    public static string Pdf(string file, string outputFolder)
    {
        var profile = Scratch.NewFolder("lo-profile");
        Run("soffice", new[] { "-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outputFolder, file }, TimeSpan.FromMinutes(3));
        return Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(file) + ".pdf");
    }

    public static void Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // One locale for every run, so numbers render the same on every machine.
        start.Environment["LC_ALL"] = "C.UTF-8";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {stderr.Result}{stdout.Result}");
        }
    }
}

/// <summary>Folders under the system temp folder, one per use, so parallel tests never share files.</summary>
public static class Scratch
{
    public static string NewFolder(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "saleskpi-tests", purpose + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
