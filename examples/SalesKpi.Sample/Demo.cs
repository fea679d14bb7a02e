using System.IO;

namespace SalesKpi.Sample;

/// <summary>`demo`: the 21 KPIs per team for the latest period of the sample data, as a table, and the sample workbook.</summary>
public static class Demo
{
    public static int Run(Language language, string? outPath, TextWriter output)
    {
        var records = SampleData.Create();
        using var file = OutputFile.Create(outPath ?? (language == Language.Spanish ? "saleskpi-demo-es.xlsx" : "saleskpi-demo.xlsx"));
        KpiTable.Print(records, language, output);
        KpiWorkbook.Write(file.Stream, new WorkbookOptions { Language = language, Title = language == Language.Spanish ? "KPI de ventas: datos de ejemplo" : "Sales KPIs: sample data" }, records);
        file.Commit();
        output.WriteLine();
        output.WriteLine($"Wrote {file.FullPath}");
        return ExitCodes.Ok;
    }
}
