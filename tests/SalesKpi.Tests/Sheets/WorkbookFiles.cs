using System.Collections.Generic;
using System.IO;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

/// <summary>Generated workbooks the tests look at, written to scratch files.</summary>
public static class WorkbookFiles
{
    public static string Write(WorkbookOptions? options = null, IEnumerable<SalesRecord>? data = null, string name = "workbook.xlsx")
    {
        var path = Path.Combine(Scratch.NewFolder("workbook"), name);
        KpiWorkbook.Write(path, options, data);
        return path;
    }

    public static byte[] Bytes(WorkbookOptions? options = null, IEnumerable<SalesRecord>? data = null)
    {
        using var stream = new MemoryStream();
        KpiWorkbook.Write(stream, options, data);
        return stream.ToArray();
    }

    /// <summary>Option sets that between them touch every branch of the layout.</summary>
    public static TheoryData<string> OptionSets => new() { "english", "spanish", "quarterly-few-kpis", "password-no-lists", "weekly-custom-kpi" };

    public static WorkbookOptions Options(string name) => name switch
    {
        "spanish" => new WorkbookOptions { Language = Language.Spanish, Capacity = 50 },
        "quarterly-few-kpis" => new WorkbookOptions
        {
            Capacity = 20,
            Catalog = KpiCatalog.Default.Only("quota-attainment", "win-rate", "pipeline-coverage", "customer-churn-rate"),
            Settings = new KpiSettings { PeriodKind = PeriodKind.Quarter, Currency = "USD", MaxLifetimePeriods = 12 },
            Title = "Q \"quotes\" & <angles>",
        },
        "password-no-lists" => new WorkbookOptions { Capacity = 10, Password = "s3cret", Teams = [], Locations = [], Language = Language.Spanish },
        "weekly-custom-kpi" => new WorkbookOptions
        {
            Capacity = 10,
            Catalog = KpiCatalog.Default.With(new KpiDefinition("meetings-per-deal", "MeetingsBooked / DealsWon", Unit.Count, Direction.LowerIsBetter,
                new("Meetings per deal", "Citas por operación"), new("Meetings per deal won.", "Citas por operación ganada.")) { DefaultTarget = "2" }),
            Settings = new KpiSettings { PeriodKind = PeriodKind.Week, Targets = new Dictionary<string, double> { ["win-rate"] = 0.3 } },
            Locations = ["North", "South"],
            Selection = new DashboardSelection { Scope = ScopeKind.Location, ScopeValue = "North" },
        },
        _ => new WorkbookOptions { Capacity = 50 },
    };
}
