using System.Globalization;
using System.IO;

namespace SalesKpi.Sample;

/// <summary>`fill`: the default calculator (all 21 KPIs) filled from a CRM's CSV export.</summary>
public static class Fill
{
    public const string Usage = "Usage: SalesKpi.Sample fill --data FILE.csv --out FILE.xlsx [--lang en|es] [--culture NAME] [--delimiter ;]";

    public static int Run(string[] args, TextWriter output)
    {
        var options = Options.Parse(args, "--data", "--out", "--lang", "--culture", "--delimiter");
        if (options.Help)
        {
            output.WriteLine(Usage);
            return 0;
        }

        var data = options.Get("--data") ?? throw new UsageException("'--data FILE.csv' is required");
        var path = options.Get("--out") ?? throw new UsageException("'--out FILE' is required");
        var csv = new CsvOptions
        {
            Culture = options.Get("--culture") is { } name ? Culture(name) : null,
            Delimiter = options.Get("--delimiter") is { Length: 1 } delimiter ? delimiter[0] : null,
        };

        // The workbook is written to a temporary file and moved into place only when every row was good.
        KpiWorkbook.Write(path, new WorkbookOptions { Language = options.Language }, SalesCsv.Read(data, csv));
        output.WriteLine($"Wrote {Path.GetFullPath(path)}");
        return 0;
    }

    private static CultureInfo Culture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            throw new UsageException($"'--culture' must be a culture name such as es-ES, not '{name}'");
        }
    }
}
