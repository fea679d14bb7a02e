using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SalesKpi.Sample;

/// <summary>
/// The console's command line, parsed by System.CommandLine: help for every command (<c>--help</c>),
/// suggestions for mistyped commands and options, and errors that name the option. Exit codes are in
/// <see cref="ExitCodes"/>. Takes its writers so that tests run it in process.
/// </summary>
public static class Cli
{
    /// <summary>The command's name as a .NET tool.</summary>
    public const string CommandName = "saleskpi";

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, progressBar: false);

    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where messages and progress go.</param>
    /// <param name="progressBar">Draw progress as a bar redrawn in place: only when the error writer is a terminal.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool progressBar)
    {
        var progress = new Progress(error, progressBar);
        var parsed = Commands(output, error, progress).Parse(args);
        var command = parsed.CommandResult.Command.Name;
        if (parsed.Errors.Count > 0 && parsed.Action is ParseErrorAction action)
        {
            // Errors and suggestions go to the error writer, with where to find help: never help on the output, which may be a pipe.
            action.ShowHelp = false;
            action.ShowTypoCorrections = true;
            parsed.Invoke(new InvocationConfiguration { Output = error, Error = error });
            var verb = parsed.CommandResult.Command is RootCommand ? "" : " " + command;
            error.WriteLine($"See '{CommandName}{verb} --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            progress.Done();
            error.WriteLine($"{command}: {e.Message}.");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            progress.Done();
            error.WriteLine($"{command}: interrupted; nothing was written.");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is ArgumentException or SalesDataException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            progress.Done();
            error.WriteLine($"{command}: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static RootCommand Commands(TextWriter output, TextWriter error, Progress progress)
    {
        var root = new RootCommand(
            """
            Sales KPI workbooks: 21 KPIs with live formulas, a dashboard, a trend and a leaderboard.

            Exit codes: 0 done; 1 the command line is wrong; 2 the input could not be used (the message
            names the row, column and value); 130 interrupted. On any code but 0 no output file is written.
            """);

        Option<string?> Lang() => OneOf("--lang", "The language: en (English) or es (Spanish).", "en", "es");
        var lang = Lang();
        var demoOut = new Option<string?>("--out") { Description = "Where the workbook goes (default: saleskpi-demo.xlsx, or saleskpi-demo-es.xlsx in Spanish).", HelpName = "FILE" };
        var demo = new Command("demo", "The sample data's KPIs per team for the latest month, and a workbook with the sample data in it.") { lang, demoOut };
        demo.SetAction((parsed, cancellation) => Task.FromResult(Demo.Run(Language(parsed.GetValue(lang)), parsed.GetValue(demoOut), output)));

        var blankLang = OneOf("--lang", "The workbook's language: en or es (default: the template's, else en).", "en", "es");
        var blankOut = Out();
        var blankTemplate = new Option<string?>("--template") { Description = "Start from a template: field-sales, inside-sales, executive, or a template FILE.json.", HelpName = "NAME|FILE.json" };
        var title = new Option<string?>("--title") { Description = "The dashboard's title.", HelpName = "TEXT" };
        var currency = new Option<string?>("--currency") { Description = "The currency code shown beside money (default EUR).", HelpName = "CODE" };
        var period = OneOf("--period", "What one data row covers: week, month or quarter.", "week", "month", "quarter");
        var capacity = WholeNumber("--capacity", "How many data rows the calculator has room for (default 1,000).", "ROWS");
        var password = new Option<string?>("--password") { Description = "Protect the sheets with a password (default: protected, no password).", HelpName = "TEXT" };
        var blank = new Command("blank", "A blank KPI calculator to hand out: protected formulas, validated input cells.") { blankTemplate, blankLang, blankOut, title, currency, period, capacity, password };
        blank.SetAction((parsed, cancellation) => Task.FromResult(Blank.Run(
            new Blank.Request(parsed.GetValue(blankOut)!, parsed.GetValue(blankTemplate), parsed.GetValue(blankLang) is { } l ? Language(l) : null,
                parsed.GetValue(title), parsed.GetValue(currency), Period(parsed.GetValue(period)), parsed.GetValue(capacity), parsed.GetValue(password)),
            output)));

        var data = new Option<string>("--data") { Description = "The CSV export: field names or column titles as headers, ',' or ';' between values.", HelpName = "FILE.csv", Required = true };
        var fillOut = Out();
        var fillTemplate = new Option<string?>("--template")
        {
            Description = "field-sales, inside-sales, executive or a template FILE.json: a calculator made from it.",
            HelpName = "NAME|FILE.json",
        };
        var calculator = new Option<string?>("--calculator")
        {
            Description = "A KPI calculator FILE.xlsx (blank or customised in Excel): that workbook, its data rows replaced. Its own settings and language apply.",
            HelpName = "FILE.xlsx",
        };
        var culture = new Option<string?>("--culture") { Description = "How the CSV writes numbers and dates, for example es-ES (default: decided from the data; a file that reads two ways is refused).", HelpName = "NAME" };
        var delimiter = new Option<string?>("--delimiter") { Description = "The CSV's delimiter (default: found from the header).", HelpName = "CHAR" };
        delimiter.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { Length: not 1 } text)
            {
                r.AddError($"'--delimiter' must be one character, not '{text}'");
            }
        });
        var rowValues = new Option<bool>("--row-kpis-as-values")
        {
            Description = "Each row's KPIs as values, not formulas: a large workbook opens and recalculates much sooner, but a row's KPIs no longer follow an edit. The dashboard, trend and leaderboard stay live.",
        };
        var allowMissing = new Option<bool>("--allow-missing-columns") { Description = "Fill even when the CSV lacks input columns: the KPIs they feed read n/a, and each is named on stderr." };
        var fillLang = Lang();
        var fill = new Command("fill", "The calculator filled from a CRM's CSV export. A long fill shows its progress.") { data, fillOut, fillTemplate, calculator, fillLang, culture, delimiter, allowMissing, rowValues };
        fill.SetAction((parsed, cancellation) => Fill.RunAsync(
            new Fill.Request(parsed.GetValue(data)!, parsed.GetValue(fillOut)!, parsed.GetValue(fillTemplate), parsed.GetValue(calculator), Language(parsed.GetValue(fillLang)),
                parsed.GetValue(culture) is { } name ? Culture(name) : null, parsed.GetValue(delimiter)?[0], parsed.GetValue(allowMissing), parsed.GetValue(rowValues)),
            output, error, progress, cancellation));

        var workbook = new Argument<string>("workbook") { Description = "A filled KPI workbook (.xlsx).", HelpName = "FILE.xlsx" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table: an undefined KPI is null." };
        var readLang = Lang();
        var read = new Command("read", "The KPIs per team for the latest period of a filled workbook. A long read shows its progress.") { workbook, json, readLang };
        read.SetAction((parsed, cancellation) => Task.FromResult(Read.Run(parsed.GetValue(workbook)!, parsed.GetValue(json), Language(parsed.GetValue(readLang)), output, error, progress)));

        root.HelpName = CommandName;
        root.Subcommands.Add(demo);
        root.Subcommands.Add(blank);
        root.Subcommands.Add(fill);
        root.Subcommands.Add(read);
        return root;
    }

    private static Option<string> Out() => new("--out") { Description = "Where the workbook goes. It appears whole or not at all.", HelpName = "FILE", Required = true };

    /// <summary>An option that takes one of a few words; a wrong one is an error naming the option and the words.</summary>
    private static Option<string?> OneOf(string name, string description, params string[] values)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = string.Join("|", values) };
        option.CompletionSources.Add(values);
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && !values.Contains(value, StringComparer.Ordinal))
            {
                var words = values.Length == 2 ? $"{values[0]} or {values[1]}" : string.Join(", ", values[..^1]) + " or " + values[^1];
                r.AddError($"'{name}' must be {words}, not '{value}'");
            }
        });
        return option;
    }

    private static Option<int?> WholeNumber(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            r.AddError($"'{name}' must be a whole number, not '{text}'");
            return null;
        },
    };

    private static Language Language(string? code) => code == "es" ? SalesKpi.Language.Spanish : SalesKpi.Language.English;

    private static PeriodKind? Period(string? word) => word switch
    {
        "week" => PeriodKind.Week,
        "month" => PeriodKind.Month,
        "quarter" => PeriodKind.Quarter,
        _ => null,
    };

    private static CultureInfo Culture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new UsageException($"'--culture' must be a culture name such as es-ES, not '{name}'");
        }
    }
}
