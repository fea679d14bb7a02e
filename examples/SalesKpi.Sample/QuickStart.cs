using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SalesKpi.Sample;

/// <summary>The README's quick start, compiled here so that it cannot rot; a test keeps the two identical.</summary>
public static class QuickStart
{
    public static async Task Run(Stream body, IReadOnlyList<SalesRecord> records)
    {
        var response = (Body: body, Status: 200);

        // quick-start:begin
        // A blank calculator to hand out: protected formulas, validated input cells, in Spanish.
        KpiWorkbook.Write("calculadora.xlsx", new WorkbookOptions { Language = Language.Spanish });

        // A workbook with your rows in it, straight into an HTTP response (the stream stays open).
        await KpiWorkbook.WriteAsync(response.Body, new WorkbookOptions { Title = "Field team" }, records);

        // The same KPIs in C#, for any group of rows.
        var results = new KpiCalculator().Compute(records.Where(r => r.Team == "Field"));
        Console.WriteLine(results["win-rate"].Value?.ToString("P1", CultureInfo.CurrentCulture) ?? "n/a");

        // A CRM's CSV export (field names or column titles, ',' or ';') into a calculator someone customised, and back out.
        KpiWorkbook.Fill("our-calculator.xlsx", "kpis.xlsx", new FillOptions(), SalesCsv.Read("crm-export.csv"));
        var data = KpiWorkbook.Read("kpis.xlsx");   // data.Records, and data.Problems naming sheet, cell, field and value
        // quick-start:end

        Console.WriteLine($"{data.Records.Count} rows read back, status {response.Status}");
    }
}
