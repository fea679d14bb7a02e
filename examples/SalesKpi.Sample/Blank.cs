using System.IO;

namespace SalesKpi.Sample;

/// <summary>`blank`: a blank KPI calculator, protected, validated, ready to hand out.</summary>
public static class Blank
{
    /// <summary>What the command line asked for; null where it said nothing.</summary>
    public sealed record Request(string Out, string? Template, Language? Language, string? Title, string? Currency, PeriodKind? Period, int? Capacity, string? Password);

    public static int Run(Request request, TextWriter output)
    {
        var template = request.Template is { } name ? Templates.Find(name) : null;
        var language = request.Language ?? template?.Options.Language ?? Language.English;
        var defaults = template?.In(language) ?? new WorkbookOptions { Language = language };
        var settings = defaults.Settings with
        {
            Currency = request.Currency ?? defaults.Settings.Currency,
            PeriodKind = request.Period ?? defaults.Settings.PeriodKind,
        };
        var workbook = defaults with
        {
            Title = request.Title ?? defaults.Title,
            Settings = settings,
            Capacity = request.Capacity ?? defaults.Capacity,
            Password = request.Password,
        };
        using var file = OutputFile.Create(request.Out, ("--template", request.Template is { } t && File.Exists(t) ? t : null));
        KpiWorkbook.Write(file.Stream, workbook);
        file.Commit();
        output.WriteLine($"Wrote {file.FullPath}");
        return ExitCodes.Ok;
    }
}
