using System.IO;

namespace SalesKpi.Sample;

/// <summary>`demo`: the 21 KPIs per team for the latest period of the sample data, as a table.</summary>
public static class Demo
{
    public const string Usage = "Usage: SalesKpi.Sample demo [--lang en|es] [--out FILE]";

    public static int Run(string[] args, TextWriter output)
    {
        var options = Options.Parse(args, "--lang", "--out");
        if (options.Help)
        {
            output.WriteLine(Usage);
            return 0;
        }

        var language = options.Language;
        var path = Path.GetFullPath(options.Get("--out") ?? (language == Language.Spanish ? "saleskpi-demo-es.xlsx" : "saleskpi-demo.xlsx"));
        var records = SampleData.Create();
        KpiTable.Print(records, language, output);
        KpiWorkbook.Write(path, new WorkbookOptions { Language = language, Title = language == Language.Spanish ? "KPI de ventas: datos de ejemplo" : "Sales KPIs: sample data" }, records);
        output.WriteLine();
        output.WriteLine($"Wrote {path}");
        return 0;
    }
}
