using System;
using System.Collections.Generic;
using System.Linq;
using ClosedXML.Excel;
using SalesKpi.Tests.Support;

namespace SalesKpi.ClosedXml.Tests;

/// <summary>The example's workflow, run once: LibreOffice computes the filled workbook with its cached values removed.</summary>
public sealed class WorkflowFixture
{
    public WorkflowFixture()
    {
        Files = Workflow.Run(Scratch.NewFolder("closedxml-workflow"));
        Computed = Engines.LibreOffice([CachedValues.Strip(Files.Filled)])[0];
    }

    public WorkflowFiles Files { get; }

    public string Computed { get; }

    public IReadOnlyList<SalesRecord> Records { get; } = SampleData.Create();
}

/// <summary>
/// A calculator customised with ClosedXML and then filled by the library: what the person who
/// customised it sees in the filled workbook.
/// </summary>
public sealed class ClosedXmlWorkflowTests(WorkflowFixture workflow) : IClassFixture<WorkflowFixture>
{
    [Fact]
    public void The_filled_workbook_keeps_the_sheet_colours_target_and_name_set_with_ClosedXML()
    {
        using (var book = new XLWorkbook(workflow.Files.Filled))
        {
            var brand = XLColor.FromHtml(Customisation.BrandColour).Color.ToArgb();
            book.Worksheets.Select(s => s.Name).Should().Contain(Customisation.OwnSheet);
            book.Worksheet(Customisation.OwnSheet).TabColor.Color.ToArgb().Should().Be(brand);
            book.Worksheet(1).TabColor.Color.ToArgb().Should().Be(brand);
            book.Worksheet(1).Cell("A1").Style.Fill.BackgroundColor.Color.ToArgb().Should().Be(brand);
        }

        using var filled = new XlsxReader(workflow.Files.Filled);
        var dashboard = filled.SheetNames.First();
        filled.Cell(dashboard, "A1").Text.Should().StartWith(Customisation.Company);
        filled.Named("Setting_Target_win_rate").Number.Should().Be(Customisation.WinRateTarget);
        filled.Names.Keys.Should().Contain(["Data_RepId", "Actual_win_rate", "Setting_Target_win_rate"]);
    }

    [Fact]
    public void The_filled_workbook_validates_and_its_data_reads_back_with_the_library_and_the_Open_XML_SDK()
    {
        OpenXmlCheck.Errors(workflow.Files.Filled).Should().BeEmpty();
        var data = KpiWorkbook.Read(workflow.Files.Filled);

        data.Problems.Should().BeEmpty();
        data.Records.Select(r => (r.RepId, r.PeriodStart)).Should().Equal(workflow.Records.Select(r => (r.RepId, r.PeriodStart)));
        using var filled = new XlsxReader(workflow.Files.Filled);
        var (sheet, _) = XlsxReader.Resolve(filled.Names["Data_RepId"].Split(':')[0]);
        var repIds = Enumerable.Range(2, workflow.Records.Count).Select(row => filled.Cell(sheet, "C" + row).Text);
        repIds.Should().Equal(workflow.Records.Select(r => r.RepId));
    }

    [Fact]
    public void The_fill_adds_nothing_the_sdks_typed_model_does_not_know_and_keeps_the_schemas_order()
    {
        TypedModel.UnknownKinds(workflow.Files.Filled).Should().BeSubsetOf(TypedModel.UnknownKinds(workflow.Files.Customised), "what the SDK does not know in the filled workbook, ClosedXML wrote itself");
        TypedModel.OutOfOrder(workflow.Files.Filled).Should().BeEmpty();
    }

    [Fact]
    public void MiniExcel_sees_every_data_row_of_the_filled_workbook_with_its_kpis()
    {
        // ClosedXML saves every part with the main namespace as x:; rows the fill wrote in no namespace would be invisible here.
        var rows = MiniExcelLibs.MiniExcel.Query(workflow.Files.Filled, useHeaderRow: true, sheetName: "Data")
            .Cast<IDictionary<string, object?>>()
            .ToList();
        var repIds = rows.Select(row => row["Rep ID"]?.ToString()).ToList();

        // The blank calculator has room for more rows than the data: its empty input rows follow the records.
        repIds.Take(workflow.Records.Count).Should().Equal(workflow.Records.Select(r => r.RepId), "MiniExcel reads every row of Data");
        repIds.Skip(workflow.Records.Count).Should().AllSatisfy(id => id.Should().BeNullOrEmpty());
        rows.Take(workflow.Records.Count).Should().OnlyContain(row => row["Win rate"] != null, "each row's KPIs sit beside its inputs, with their values");
    }

    [Fact]
    public void LibreOffice_computes_the_dashboard_the_CSharp_calculator_gives_with_the_edited_target()
    {
        var settings = new KpiSettings { Targets = new Dictionary<string, double> { ["win-rate"] = Customisation.WinRateTarget } };
        var records = workflow.Records.WithComparisonRevenueFromData(settings).ToList();
        var latest = records.Max(r => r.PeriodStart);
        var expected = new KpiCalculator(settings: settings).Compute(records.Where(r => r.PeriodStart == latest));
        using var written = new XlsxReader(workflow.Files.Filled);
        using var computed = new XlsxReader(workflow.Computed);
        var mismatches = new List<string>();
        foreach (var result in expected)
        {
            var name = "Actual_" + result.Kpi.Id.Replace('-', '_');
            if (!Agrees(computed.Named(name), result.Value))
            {
                mismatches.Add($"{name}: LibreOffice {computed.Named(name)}, calculator {result.Value}");
            }

            if (!Agrees(written.Named(name), result.Value))
            {
                mismatches.Add($"{name}: cached {written.Named(name)}, calculator {result.Value}");
            }
        }

        mismatches.Should().BeEmpty();
        computed.Named("Target_win_rate").Number.Should().Be(Customisation.WinRateTarget);
        var winRate = expected["win-rate"];
        winRate.Status.Should().NotBeNull();
        computed.Named("Status_win_rate").Number.Should().Be((double)winRate.Status!.Value);

        // The person's own formula on their own sheet, computed from the library's names.
        computed.Cell(Customisation.OwnSheet, "B2").Number.Should().Be(winRate.Status == KpiStatus.OnTarget ? 500 : 0);
    }

    /// <summary>Within 1e-9 relative; an undefined KPI is #N/A.</summary>
    private static bool Agrees(CellContent cell, double? expected) =>
        expected is not { } want
            ? cell.Error == "#N/A"
            : cell.Number is { } got && Math.Abs(got - want) <= (1e-9 * Math.Max(Math.Abs(want), Math.Abs(got))) + 1e-12;
}
