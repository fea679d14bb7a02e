using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SalesKpi.Sample;

/// <summary>`demo`: the 21 KPIs per team for the latest period of the sample data, as a table.</summary>
public static class Demo
{
    public const string Usage = "Usage: SalesKpi.Sample demo [--lang en|es] [--out FILE]";

    public static int Run(string[] args, TextWriter output)
    {
        var options = Options.Parse(args, "--lang", "--out");
        if (options.Help)
        {
            output.WriteLine(Usage);
            return 0;
        }

        var language = options.Language;
        var path = Path.GetFullPath(options.Get("--out") ?? (language == Language.Spanish ? "saleskpi-demo-es.xlsx" : "saleskpi-demo.xlsx"));
        var records = SampleData.Create();
        var latest = records.Max(r => r.PeriodStart);
        var period = records.Where(r => r.PeriodStart == latest).ToList();
        var calculator = new KpiCalculator();
        var culture = CultureInfo.GetCultureInfo(language == Language.Spanish ? "es-ES" : "en-US");
        var everyone = language == Language.Spanish ? "Todos" : "Everyone";

        var teams = period.Select(r => r.Team ?? "").Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var columns = teams.Select(team => (Title: team, Results: calculator.Compute(period.Where(r => r.Team == team))))
            .Append((Title: everyone, Results: calculator.Compute(period)))
            .ToList();

        var heading = language == Language.Spanish ? "Periodo" : "Period";
        output.WriteLine($"{heading} {latest.ToString("yyyy-MM", CultureInfo.InvariantCulture)} ({period.Count} reps)");
        var nameWidth = calculator.Catalog.Kpis.Max(k => k.Name[language].Length);
        output.WriteLine("KPI".PadRight(nameWidth) + string.Concat(columns.Select(c => c.Title.PadLeft(14))));
        foreach (var kpi in calculator.Catalog.Kpis)
        {
            var cells = columns.Select(c => Display(c.Results[kpi.Id].Value, kpi.Unit, culture, language).PadLeft(14));
            output.WriteLine(kpi.Name[language].PadRight(nameWidth) + string.Concat(cells));
        }

        KpiWorkbook.Write(path, new WorkbookOptions { Language = language, Title = language == Language.Spanish ? "KPI de ventas: datos de ejemplo" : "Sales KPIs: sample data" }, records);
        output.WriteLine();
        output.WriteLine($"Wrote {path}");
        return 0;
    }

    /// <summary>A value as a person reads it; undefined reads "n/a" ("n/d" in Spanish), never 0.</summary>
    public static string Display(double? value, Unit unit, CultureInfo culture, Language language)
    {
        if (value is not { } v)
        {
            return language == Language.Spanish ? "n/d" : "n/a";
        }

        return unit switch
        {
            Unit.Percent => (v * 100).ToString("N1", culture) + " %",
            Unit.Ratio => v.ToString("N2", culture) + "x",
            Unit.Currency or Unit.CurrencyPerDay => v.ToString("N0", culture),
            Unit.Days or Unit.Hours or Unit.CountPerDay => v.ToString("N1", culture),
            _ => v.ToString("N0", culture),
        };
    }
}
