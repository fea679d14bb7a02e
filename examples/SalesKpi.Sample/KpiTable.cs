using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SalesKpi.Sample;

/// <summary>The KPIs per team, and for everyone, in the latest period of some records: as a table or as JSON.</summary>
public static class KpiTable
{
    public static void Print(IReadOnlyList<SalesRecord> records, Language language, TextWriter output)
    {
        var (latest, period, columns) = Scopes(records, language);
        var calculator = new KpiCalculator();
        var culture = CultureInfo.GetCultureInfo(language == Language.Spanish ? "es-ES" : "en-US");
        var heading = language == Language.Spanish ? "Periodo" : "Period";
        output.WriteLine($"{heading} {latest.ToString("yyyy-MM", CultureInfo.InvariantCulture)} ({period.Count} reps)");
        var nameWidth = calculator.Catalog.Kpis.Max(k => k.Name[language].Length);
        output.WriteLine("KPI".PadRight(nameWidth) + string.Concat(columns.Select(c => c.Title.PadLeft(14))));
        foreach (var kpi in calculator.Catalog.Kpis)
        {
            var cells = columns.Select(c => Display(c.Results[kpi.Id].Value, kpi.Unit, culture, language).PadLeft(14));
            output.WriteLine(kpi.Name[language].PadRight(nameWidth) + string.Concat(cells));
        }
    }

    /// <summary>The same as JSON: an undefined KPI is null, never 0.</summary>
    public static void PrintJson(IReadOnlyList<SalesRecord> records, TextWriter output)
    {
        var (latest, period, columns) = Scopes(records, Language.English);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("period", latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("rows", period.Count);
            json.WriteStartArray("scopes");
            foreach (var (title, results) in columns)
            {
                json.WriteStartObject();
                json.WriteString("scope", title);
                json.WriteStartObject("kpis");
                foreach (var result in results)
                {
                    if (result.Value is { } value)
                    {
                        json.WriteNumber(result.Kpi.Id, value);
                    }
                    else
                    {
                        json.WriteNull(result.Kpi.Id);
                    }
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static (DateTime Latest, List<SalesRecord> Period, List<(string Title, KpiResults Results)> Columns) Scopes(IReadOnlyList<SalesRecord> records, Language language)
    {
        var calculator = new KpiCalculator();
        var latest = records.Max(r => r.PeriodStart);
        var period = records.Where(r => r.PeriodStart == latest).ToList();
        var everyone = language == Language.Spanish ? "Todos" : "Everyone";
        var teams = period.Select(r => r.Team ?? "").Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var columns = teams.Select(team => (Title: team, Results: calculator.Compute(period.Where(r => (r.Team ?? "") == team))))
            .Append((Title: everyone, Results: calculator.Compute(period)))
            .ToList();
        return (latest, period, columns);
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
    }}
