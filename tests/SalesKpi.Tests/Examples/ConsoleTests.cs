using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using SalesKpi.Sample;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Examples;

/// <summary>The console as a person or a script meets it: help, exit codes, and output files that are whole or absent.</summary>
public class ConsoleTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("demo", new[] { "--lang", "--out" })]
    [InlineData("blank", new[] { "--template", "--lang", "--out", "--title", "--currency", "--period", "--capacity", "--password" })]
    [InlineData("fill", new[] { "--data", "--out", "--template", "--calculator", "--lang", "--culture", "--delimiter" })]
    [InlineData("read", new[] { "--json", "--lang" })]
    public void Every_command_has_help_naming_its_options(string command, string[] options)
    {
        var (code, output, error) = Run(command, "--help");
        code.Should().Be(ExitCodes.Ok);
        error.Should().BeEmpty();
        output.Should().Contain($"saleskpi {command}");
        foreach (var option in options)
        {
            output.Should().Contain(option);
        }
    }

    [Fact]
    public void Help_lists_the_commands_and_the_exit_codes()
    {
        var (code, output, _) = Run("--help");
        code.Should().Be(ExitCodes.Ok);
        output.Should().Contain("demo").And.Contain("blank").And.Contain("fill").And.Contain("read");
        output.Should().Contain("0 done; 1 the command line is wrong; 2 the input could not be used");
    }

    [Theory]
    [InlineData(new[] { "fil", "--data", "crm.csv" }, "Did you mean", "fill")]
    [InlineData(new[] { "demo", "--lnag", "es" }, "Did you mean", "--lang")]
    public void A_mistyped_command_or_option_is_a_usage_error_with_a_suggestion(string[] args, string suggestion, string suggested)
    {
        var (code, output, error) = Run(args);
        code.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty("errors and suggestions go to stderr");
        error.Should().Contain(suggestion).And.Contain(suggested);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var (code, _, error) = Run();
        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("Required command was not provided").And.Contain("See 'saleskpi --help'");
    }

    [Fact]
    public void Fill_refuses_to_write_over_its_own_csv()
    {
        var folder = Scratch.NewFolder("console");
        var data = Path.Combine(folder, "crm.csv");
        var csv = Csv.SalesCsvTests.Export(SampleData.Create().Take(3), f => f.Name, ',', CultureInfo.InvariantCulture);
        File.WriteAllText(data, csv);

        var (code, _, error) = Run("fill", "--data", data, "--out", Path.Combine(folder, ".", "crm.csv"));

        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("'--out' must not be the --data file");
        File.ReadAllText(data).Should().Be(csv, "the input is untouched");
        Directory.GetFiles(folder).Should().ContainSingle();
    }

    [Fact]
    public void Fill_refuses_to_write_over_its_calculator()
    {
        var folder = Scratch.NewFolder("console");
        var template = Path.Combine(folder, "ours.xlsx");
        KpiWorkbook.Write(template, new WorkbookOptions { Capacity = 20 });
        var before = File.ReadAllBytes(template);
        var data = Path.Combine(folder, "crm.csv");
        File.WriteAllText(data, Csv.SalesCsvTests.Export(SampleData.Create().Take(3), f => f.Name, ',', CultureInfo.InvariantCulture));

        var (code, _, error) = Run("fill", "--data", data, "--calculator", template, "--out", template);

        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("'--out' must not be the --calculator file");
        File.ReadAllBytes(template).Should().Equal(before);
    }

    [Fact]
    public void A_calculator_workbook_given_as_a_template_is_a_usage_error_that_names_the_right_option()
    {
        var folder = Scratch.NewFolder("console");
        var calculator = Path.Combine(folder, "ours.xlsx");
        KpiWorkbook.Write(calculator, new WorkbookOptions { Capacity = 20 });
        var data = Path.Combine(folder, "crm.csv");
        File.WriteAllText(data, Csv.SalesCsvTests.Export(SampleData.Create().Take(3), f => f.Name, ',', CultureInfo.InvariantCulture));
        var output = Path.Combine(folder, "out.xlsx");

        var (code, _, error) = Run("fill", "--data", data, "--template", calculator, "--out", output);

        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("'--calculator " + calculator + "'");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void A_run_deletes_what_a_killed_run_left_beside_its_output_but_not_what_a_running_one_writes()
    {
        var folder = Scratch.NewFolder("console");
        var killed = Path.Combine(folder, ".kpis.xlsx" + OutputFile.Marker + int.MaxValue.ToString(CultureInfo.InvariantCulture) + "-0badf00d.tmp");
        var running = Path.Combine(folder, ".kpis.xlsx" + OutputFile.Marker + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-0badf00d.tmp");
        var someoneElses = Path.Combine(folder, ".kpis.xlsx.tmp");
        foreach (var file in new[] { killed, running, someoneElses })
        {
            File.WriteAllText(file, "partial");
        }

        Run("demo", "--out", Path.Combine(folder, "demo.xlsx")).Code.Should().Be(ExitCodes.Ok);

        File.Exists(killed).Should().BeFalse("its process is gone");
        File.Exists(running).Should().BeTrue("its process still runs");
        File.Exists(someoneElses).Should().BeTrue("only files named as the console names them are its own");
    }
}

/// <summary>The console as its own process, stopped by a signal in the middle of a long fill.</summary>
public class ConsoleInterruptionTests
{
    private const int Rows = 100_000;

    [Fact]
    public void Sigterm_during_a_fill_leaves_no_file_behind_and_exits_130()
    {
        var (folder, temp, data, output) = LongFill();
        using var process = Start(temp, "fill", "--data", data, "--out", output);
        WaitForPartialFile(folder, process);

        Signal("TERM", process.Id);

        process.WaitForExit(60_000).Should().BeTrue();
        process.ExitCode.Should().Be(ExitCodes.Interrupted, process.StandardError.ReadToEnd());
        Directory.GetFiles(folder).Select(Path.GetFileName).Should().Equal(["crm.csv"], "no partial workbook and no temporary file");
        Directory.GetDirectories(temp, "saleskpi-console-*").Should().BeEmpty("the scratch folder goes too");
    }

    [Fact]
    public void After_a_sigkill_the_next_run_deletes_the_partial_files()
    {
        var (folder, temp, data, output) = LongFill();
        using (var process = Start(temp, "fill", "--data", data, "--out", output))
        {
            WaitForPartialFile(folder, process);
            process.Kill();
            process.WaitForExit(60_000).Should().BeTrue();
        }

        Directory.GetFiles(folder).Should().Contain(f => Path.GetFileName(f).Contains(OutputFile.Marker, StringComparison.Ordinal), "a killed process cleans nothing");
        Directory.GetDirectories(temp, "saleskpi-console-*").Should().ContainSingle("nor its scratch folder");

        using (var next = Start(temp, "blank", "--out", Path.Combine(folder, "blank.xlsx")))
        {
            next.WaitForExit(120_000).Should().BeTrue();
            next.ExitCode.Should().Be(ExitCodes.Ok, next.StandardError.ReadToEnd());
        }

        Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo(["crm.csv", "blank.xlsx"]);
        Directory.GetDirectories(temp, "saleskpi-console-*").Should().BeEmpty();
    }

    /// <summary>A CSV long enough to stop in the middle of: the sample's rows repeated in later years.</summary>
    private static (string Folder, string Temp, string Data, string Output) LongFill()
    {
        var root = Scratch.NewFolder("interrupt");
        var folder = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
        var temp = Directory.CreateDirectory(Path.Combine(root, "temp")).FullName;
        var sample = SampleData.Create();
        var records = Enumerable.Range(0, Rows).Select(i =>
        {
            var r = sample[i % sample.Count];
            var start = r.PeriodStart.AddMonths(24 * (i / sample.Count));
            return r with { PeriodStart = start, PeriodEnd = start.AddMonths(1).AddDays(-1) };
        });
        var data = Path.Combine(folder, "crm.csv");
        File.WriteAllText(data, Csv.SalesCsvTests.Export(records, f => f.Name, ',', CultureInfo.InvariantCulture));
        return (folder, temp, data, Path.Combine(folder, "kpis.xlsx"));
    }

    private static Process Start(string temp, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(Cli).Assembly.Location);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TMPDIR"] = temp;
        return Process.Start(start)!;
    }

    /// <summary>Waits until the fill is under way: its partial file sits beside the output.</summary>
    private static void WaitForPartialFile(string folder, Process process)
    {
        var waited = Stopwatch.StartNew();
        while (!Directory.GetFiles(folder).Any(f => Path.GetFileName(f).Contains(OutputFile.Marker, StringComparison.Ordinal)))
        {
            process.HasExited.Should().BeFalse("the fill should still run: " + (process.HasExited ? process.StandardError.ReadToEnd() : ""));
            waited.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(1));
            Thread.Sleep(50);
        }

        Thread.Sleep(300);
    }

    private static void Signal(string signal, int pid)
    {
        // The shell's own kill: no package needed.
        using var kill = Process.Start("bash", ["-c", "kill -" + signal + " " + pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        kill.ExitCode.Should().Be(0);
    }
}
