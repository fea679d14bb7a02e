using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SalesKpi;

/// <summary>
/// A workbook template: which KPIs, targets, period kind, language, title, status band and lists a
/// calculator starts with, read from a small JSON file (see templates/README.md). Immutable.
/// </summary>
public sealed class WorkbookTemplate
{
    private static readonly string[] Properties =
        ["name", "title", "language", "kpis", "tracked", "targets", "periodKind", "growthBasis", "currency", "closeBand", "maxLifetimePeriods", "teams", "locations", "capacity"];

    private WorkbookTemplate(string name, LocalizedText? title, WorkbookOptions options)
    {
        Name = name;
        Title = title;
        Options = options;
    }

    /// <summary>The template's name, for example "field-sales".</summary>
    public string Name { get; }

    /// <summary>The title in each language, or <see langword="null"/> for the default title.</summary>
    public LocalizedText? Title { get; }

    /// <summary>The workbook options the template describes, in its default language.</summary>
    public WorkbookOptions Options { get; }

    /// <summary>The template's options in a language, with the title in that language.</summary>
    public WorkbookOptions In(Language language) => Options with { Language = language, Title = Title?[language] };

    /// <summary>Reads a template file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid template; the message names the property and the problem.</exception>
    public static WorkbookTemplate Load(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The path is empty.", nameof(path));
        }

        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Reads a template from its JSON text; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">The text is not a valid template; the message names the property and the problem.</exception>
    public static WorkbookTemplate Parse(string json, string source = "template")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Template {source}: not valid JSON ({e.Message}).", e);
        }

        using (document)
        {
            return Read(document.RootElement, source);
        }
    }

    private static WorkbookTemplate Read(JsonElement root, string source)
    {
        InvalidDataException Problem(string property, string problem) => new($"Template {source}: property '{property}' {problem}");
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"Template {source}: the file must hold one JSON object.");
        }

        foreach (var property in root.EnumerateObject().Where(p => !Properties.Contains(p.Name)))
        {
            throw Problem(property.Name, $"is not a template property; the properties are: {string.Join(", ", Properties)}.");
        }

        string? Text(string name) => root.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw Problem(name, "must be text.")
            : null;
        double? Number(string name) => root.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw Problem(name, "must be a number.")
            : null;
        string[] Texts(string name) => !root.TryGetProperty(name, out var value) ? Array.Empty<string>()
            : value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
                ? value.EnumerateArray().Select(v => v.GetString()!).ToArray()
                : throw Problem(name, "must be a list of texts.");
        T Choice<T>(string name, T fallback, params (string Text, T Value)[] choices)
        {
            var text = Text(name);
            return text is null ? fallback
                : choices.FirstOrDefault(c => c.Text == text) is { Text: not null } match ? match.Value
                : throw Problem(name, $"must be {string.Join(", ", choices.Select(c => c.Text))}, not '{text}'.");
        }

        var name = Text("name") ?? throw Problem("name", "is required.");
        LocalizedText? title = null;
        if (root.TryGetProperty("title", out var titleElement))
        {
            string Language(string code) => titleElement.ValueKind == JsonValueKind.Object && titleElement.TryGetProperty(code, out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()!
                : throw Problem("title", $"needs an \"{code}\" text.");
            title = new LocalizedText(Language("en"), Language("es"));
        }

        var ids = Texts("kpis");
        KpiCatalog catalog;
        try
        {
            catalog = ids.Length == 0 ? KpiCatalog.Default : KpiCatalog.Default.Only(ids);
        }
        catch (ArgumentException e)
        {
            throw Problem("kpis", e.Message);
        }

        var targets = new Dictionary<string, double>(StringComparer.Ordinal);
        if (root.TryGetProperty("targets", out var targetsElement))
        {
            if (targetsElement.ValueKind != JsonValueKind.Object)
            {
                throw Problem("targets", "must map KPI ids to numbers.");
            }

            foreach (var target in targetsElement.EnumerateObject())
            {
                targets[target.Name] = target.Value.ValueKind == JsonValueKind.Number ? target.Value.GetDouble()
                    : throw Problem("targets", $"gives '{target.Name}' a value that is not a number.");
            }
        }

        var settings = new KpiSettings
        {
            PeriodKind = Choice("periodKind", PeriodKind.Month, ("week", PeriodKind.Week), ("month", PeriodKind.Month), ("quarter", PeriodKind.Quarter)),
            GrowthBasis = Choice("growthBasis", GrowthBasis.YearOnYear, ("yearOnYear", GrowthBasis.YearOnYear), ("previousPeriod", GrowthBasis.PreviousPeriod)),
            Currency = Text("currency") ?? "EUR",
            CloseBand = Number("closeBand") ?? 0.1,
            MaxLifetimePeriods = Number("maxLifetimePeriods"),
            Targets = targets,
        };
        var capacity = Number("capacity") ?? 1_000;
        var tracked = root.TryGetProperty("tracked", out _) ? Texts("tracked") : null;
        var options = new WorkbookOptions
        {
            Language = Choice("language", Language.English, ("en", Language.English), ("es", Language.Spanish)),
            Catalog = catalog,
            Settings = settings,
            Teams = root.TryGetProperty("teams", out _) ? Texts("teams") : new WorkbookOptions().Teams,
            Locations = Texts("locations"),
            TrackedKpis = tracked,
            Capacity = capacity == Math.Floor(capacity) && capacity >= 1 && capacity <= WorkbookOptions.MaxCapacity
                ? (int)capacity
                : throw Problem("capacity", FormattableString.Invariant($"must be a whole number of rows from 1 to {WorkbookOptions.MaxCapacity}.")),
        };
        options = options with { Title = title?[options.Language] };

        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            // The options name the setting in C# terms; say which template property holds it.
            var property = e.ParamName switch
            {
                "Targets" => "targets",
                "CloseBand" => "closeBand",
                "MaxLifetimePeriods" => "maxLifetimePeriods",
                "Currency" => "currency",
                "Teams" => "teams",
                "Locations" => "locations",
                "TrackedKpis" => "tracked",
                _ => e.ParamName ?? "?",
            };
            throw Problem(property, e.Message);
        }

        return new WorkbookTemplate(name, title, options);
    }
}
