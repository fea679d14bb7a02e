using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace SalesKpi.Sample;

/// <summary>
/// `fill`: a calculator filled from a CRM's CSV export: the default one (all 21 KPIs), one made from a
/// template definition, or a workbook someone customised.
/// </summary>
public static class Fill
{
    public const string Usage =
        """
        Usage: SalesKpi.Sample fill --data FILE.csv --out FILE.xlsx [--template NAME|FILE.json|FILE.xlsx]
                                    [--lang en|es] [--culture NAME] [--delimiter ;]

          --template  field-sales, inside-sales, executive or a template FILE.json: a calculator made from it;
                      a KPI workbook FILE.xlsx (customised or not): that workbook, its data rows replaced.
        """;

    /// <summary>How often a long fill says how far it got.</summary>
    public const int ProgressEvery = 10_000;

    public static int Run(string[] args, TextWriter output, TextWriter progress)
    {
        var options = Options.Parse(args, "--data", "--out", "--lang", "--culture", "--delimiter", "--template");
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
        var rows = Counted(SalesCsv.Read(data, csv), progress);

        // Either way the workbook is built aside and moved into place only when every row was good.
        var template = options.Get("--template");
        if (template is not null && template.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            KpiWorkbook.Fill(template, path, rows);
        }
        else
        {
            var workbook = template is null ? new WorkbookOptions { Language = options.Language } : Templates.Find(template).In(options.Language);
            KpiWorkbook.Write(path, workbook, rows);
        }

        output.WriteLine($"Wrote {Path.GetFullPath(path)}");
        return 0;
    }

    /// <summary>The rows as they stream past, with a line on the progress writer every <see cref="ProgressEvery"/> rows.</summary>
    private static IEnumerable<SalesRecord> Counted(IEnumerable<SalesRecord> rows, TextWriter progress)
    {
        var count = 0;
        foreach (var row in rows)
        {
            yield return row;
            if (++count % ProgressEvery == 0)
            {
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} rows written..."));
            }
        }
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
