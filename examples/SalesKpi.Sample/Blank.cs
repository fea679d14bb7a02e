using System.IO;

namespace SalesKpi.Sample;

/// <summary>`blank`: a blank KPI calculator, protected, validated, ready to hand out.</summary>
public static class Blank
{
    public const string Usage =
        "Usage: SalesKpi.Sample blank [--template NAME|FILE.json] [--lang en|es] --out FILE [--title TEXT] [--currency CODE] [--period week|month|quarter] [--capacity ROWS] [--password TEXT]";

    public static int Run(string[] args, TextWriter output)
    {
        var options = Options.Parse(args, "--template", "--lang", "--out", "--title", "--currency", "--period", "--capacity", "--password");
        if (options.Help)
        {
            output.WriteLine(Usage);
            return 0;
        }

        var path = options.Get("--out") ?? throw new UsageException("'--out FILE' is required");
        var template = options.Get("--template") is { } name ? Templates.Find(name) : null;
        var language = options.Get("--lang") is null && template is not null ? template.Options.Language : options.Language;
        var defaults = template?.In(language) ?? new WorkbookOptions { Language = language };
        var settings = defaults.Settings with
        {
            Currency = options.Get("--currency") ?? defaults.Settings.Currency,
            PeriodKind = options.Period ?? defaults.Settings.PeriodKind,
        };
        var workbook = defaults with
        {
            Title = options.Get("--title") ?? defaults.Title,
            Settings = settings,
            Capacity = options.Int("--capacity") ?? defaults.Capacity,
            Password = options.Get("--password"),
        };
        KpiWorkbook.Write(path, workbook);
        output.WriteLine($"Wrote {Path.GetFullPath(path)}");
        return 0;
    }
}
