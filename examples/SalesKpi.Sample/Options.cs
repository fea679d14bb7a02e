using System;
using System.Collections.Generic;
using System.Globalization;

namespace SalesKpi.Sample;

/// <summary>A verb's "--name value" options, read once; unknown names are errors.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private Options()
    {
    }

    public bool Help { get; private set; }

    public static Options Parse(string[] args, params string[] known)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                options.Help = true;
                continue;
            }

            if (Array.IndexOf(known, name) < 0)
            {
                throw new UsageException($"unknown option '{name}'");
            }

            if (i + 1 >= args.Length)
            {
                throw new UsageException($"option '{name}' needs a value");
            }

            options._values[name] = args[++i];
        }

        return options;
    }

    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public Language Language => Get("--lang") switch
    {
        null or "en" => Language.English,
        "es" => Language.Spanish,
        var other => throw new UsageException($"'--lang' must be en or es, not '{other}'"),
    };

    public int? Int(string name) => Get(name) is not { } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw new UsageException($"'{name}' must be a whole number, not '{text}'");

    public PeriodKind? Period => Get("--period") switch
    {
        null => null,
        "week" => PeriodKind.Week,
        "month" => PeriodKind.Month,
        "quarter" => PeriodKind.Quarter,
        var other => throw new UsageException($"'--period' must be week, month or quarter, not '{other}'"),
    };
}

/// <summary>The command line was wrong; the message says how.</summary>
public sealed class UsageException(string message) : Exception(message);
