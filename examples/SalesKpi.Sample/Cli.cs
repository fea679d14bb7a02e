using System;
using System.IO;
using System.Linq;

namespace SalesKpi.Sample;

/// <summary>The sample console's verbs. Takes its writers so that tests run it in process.</summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var verb = args.FirstOrDefault();
        var rest = args.Skip(1).ToArray();
        try
        {
            switch (verb)
            {
                case "demo":
                    return Demo.Run(rest, output);
                case "blank":
                    return Blank.Run(rest, output);
                case "fill":
                    return Fill.Run(rest, output, error);
                case "read":
                    return Read.Run(rest, output, error);
                case null or "--help" or "-h" or "help":
                    output.WriteLine(Usage);
                    return verb is null ? 1 : 0;
                default:
                    error.WriteLine($"Unknown command '{verb}'.");
                    error.WriteLine(Usage);
                    return 1;
            }
        }
        catch (UsageException e)
        {
            error.WriteLine($"{verb}: {e.Message}.");
            return 1;
        }
        catch (Exception e) when (e is ArgumentException or SalesDataException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{verb}: {e.Message}");
            return 2;
        }
    }

    private const string Usage =
        """
        Usage: SalesKpi.Sample <command> [options]

        Commands:
          demo   [--lang en|es] [--out FILE]   The sample data's KPIs per team, and a workbook with the sample data in it.
          blank  [--lang en|es] --out FILE     A blank KPI calculator to hand out.
                 [--template field-sales|inside-sales|executive|FILE.json]
                 [--title TEXT] [--currency CODE] [--period week|month|quarter] [--capacity ROWS] [--password TEXT]
          fill   --data FILE.csv --out FILE    The calculator filled from a CSV export (field names or column titles as headers).
                 [--template NAME|FILE.json|FILE.xlsx] [--lang en|es] [--culture es-ES] [--delimiter ;]
          read   FILE.xlsx [--json]           The KPIs per team for the latest period of a filled workbook.

        Every command takes --help.
        """;
}
