using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SalesKpi.Sample;

/// <summary>`demo`: the 21 KPIs per team for the latest period of the sample data, as a table.</summary>
public static class Demo
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var language = Language.English;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--lang" when i + 1 < args.Length && args[i + 1] is "en" or "es":
                    language = args[++i] == "es" ? Language.Spanish : Language.English;
                    break;
                case "--help" or "-h":
                    output.WriteLine("Usage: SalesKpi.Sample demo [--lang en|es]");
                    return 0;
                default:
                    error.WriteLine($"demo: unknown or incomplete option '{args[i]}'. Usage: SalesKpi.Sample demo [--lang en|es]");
                    return 1;
            }
        }

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
