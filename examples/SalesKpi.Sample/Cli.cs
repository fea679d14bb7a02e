using System.IO;
using System.Linq;

namespace SalesKpi.Sample;

/// <summary>The sample console's verbs. Takes its writers so that tests run it in process.</summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var verb = args.FirstOrDefault();
        switch (verb)
        {
            case "demo":
                return Demo.Run(args.Skip(1).ToArray(), output, error);
            case null or "--help" or "-h" or "help":
                output.WriteLine(Usage);
                return verb is null ? 1 : 0;
            default:
                error.WriteLine($"Unknown command '{verb}'.");
                error.WriteLine(Usage);
                return 1;
        }
    }

    private const string Usage =
        """
        Usage: SalesKpi.Sample <command> [options]

        Commands:
          demo [--lang en|es]   The 21 KPIs per team for the latest period of the built-in sample data.
        """;
}
