using System;
using System.Diagnostics;
using System.IO;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Packaging;

/// <summary>Packing builds the library's project: one packing test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PackingCollection
{
    public const string Name = "Packing";
}

/// <summary>The console as a .NET tool: packed, installed from the folder it was packed into, run by its name.</summary>
[Collection(PackingCollection.Name)]
public class ToolTests
{
    /// <summary>The README's line, run here with throwaway folders in place of its relative ones.</summary>
    public const string ReadmeLine = "dotnet pack examples/SalesKpi.Sample -o packages && dotnet tool install SalesKpi.Tool --tool-path tools --add-source packages && tools/saleskpi demo";

    [Fact]
    public void Tool_installs_from_the_local_package_and_runs_saleskpi_demo()
    {
        File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Should().Contain(ReadmeLine);

        var folder = Scratch.NewFolder("tool");
        var packages = Path.Combine(folder, "packages");
        var tools = Path.Combine(folder, "tools");
        var version = "0.1.0-test." + Guid.NewGuid().ToString("N")[..12];
        Engines.Run("dotnet", ["pack", Path.Combine(Repository.Root, "examples", "SalesKpi.Sample"), "-o", packages, "-p:Version=" + version, "-nologo"], TimeSpan.FromMinutes(5));
        Engines.Run("dotnet", ["tool", "install", "SalesKpi.Tool", "--tool-path", tools, "--add-source", packages, "--version", version], TimeSpan.FromMinutes(5));

        var (code, output) = Run(Path.Combine(tools, "saleskpi"), folder, "demo");
        code.Should().Be(0, output);
        output.Should().Contain("Win rate").And.Contain("Wrote " + Path.Combine(folder, "saleskpi-demo.xlsx"));
        using (var workbook = new XlsxReader(Path.Combine(folder, "saleskpi-demo.xlsx")))
        {
            workbook.SheetNames.Should().Contain("Dashboard");
        }

        // The shipped templates come with the tool.
        var (blank, blankOutput) = Run(Path.Combine(tools, "saleskpi"), folder, "blank", "--template", "inside-sales", "--out", "inside.xlsx");
        blank.Should().Be(0, blankOutput);
        File.Exists(Path.Combine(folder, "inside.xlsx")).Should().BeTrue();
    }

    private static (int Code, string Output) Run(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).Should().BeTrue();
        return (process.ExitCode, output.Result + error.Result);
    }
}
