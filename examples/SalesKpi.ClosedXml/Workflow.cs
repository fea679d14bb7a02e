using System.IO;

namespace SalesKpi.ClosedXml;

/// <summary>The three files of the workflow, in the order they are made.</summary>
public sealed record WorkflowFiles(string Blank, string Customised, string Filled);

/// <summary>
/// What a developer who already uses ClosedXML does with SalesKpi: take the library's blank
/// calculator, make it theirs with ClosedXML, and let the library fill it with data.
/// </summary>
public static class Workflow
{
    public static WorkflowFiles Run(string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new WorkflowFiles(
            Path.Combine(folder, "calculator.xlsx"),
            Path.Combine(folder, "our-calculator.xlsx"),
            Path.Combine(folder, "kpis.xlsx"));

        // 1. The library's blank calculator.
        KpiWorkbook.Write(files.Blank);

        // 2. Customised with ClosedXML: a sheet of our own, our colours, our target, our name.
        Customisation.Apply(files.Blank, files.Customised);

        // 3. Filled by the library; the customisation stays.
        KpiWorkbook.Fill(files.Customised, files.Filled, new FillOptions(), SampleData.Create());
        return files;
    }
}
