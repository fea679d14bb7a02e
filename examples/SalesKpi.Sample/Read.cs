using System.IO;
using System.Linq;

namespace SalesKpi.Sample;

/// <summary>`read`: the KPIs per team for the latest period of a filled workbook, as a table or JSON.</summary>
public static class Read
{
    public const string Usage = "Usage: SalesKpi.Sample read FILE.xlsx [--json] [--lang en|es]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var json = args.Contains("--json");
        var rest = args.Where(a => a != "--json").ToArray();
        var file = rest.FirstOrDefault(a => !a.StartsWith("--", System.StringComparison.Ordinal));
        var options = Options.Parse(rest.Where(a => a != file).ToArray(), "--lang");
        if (options.Help)
        {
            output.WriteLine(Usage);
            return 0;
        }

        if (file is null)
        {
            throw new UsageException("give the workbook to read: " + Usage);
        }

        var data = KpiWorkbook.Read(file);
        foreach (var problem in data.Problems)
        {
            error.WriteLine(problem);
        }

        if (data.Records.Count == 0)
        {
            error.WriteLine($"read: {file} holds no readable data rows.");
            return 2;
        }

        if (json)
        {
            KpiTable.PrintJson(data.Records, output);
        }
        else
        {
            KpiTable.Print(data.Records, options.Language, output);
        }

        return data.IsClean ? 0 : 2;
    }
}
