using System.Linq;
using SalesKpi.Layout;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Build;

/// <summary>
/// Per-row KPIs as values, for large downloads: the KPIs sheet holds numbers where it held formulas.
/// That the leaderboard, the trend and the dashboard still compute from the data is held against
/// the reference by the engine tests (<c>VisualsFixture</c> has such a workbook).
/// </summary>
public class RowKpisAsValuesTests
{
    [Fact]
    public void Each_row_kpi_is_the_reference_value_with_no_formula_behind_it()
    {
        var set = Datasets.Create(3);
        var options = set.Options with { RowKpisAsValues = true };
        var path = WorkbookFiles.Write(options, set.Records);
        var expected = new KpiCalculator(options.Catalog, options.Settings).ComputeEach(set.Records.WithComparisonRevenueFromData(options.Settings).ToList());
        using var workbook = new XlsxReader(path);
        var sheet = Localization.Labels.KpiSheet[options.Language];
        var undefined = Localization.Labels.Undefined[options.Language];
        for (var row = 0; row < set.Records.Count; row++)
        {
            for (var k = 0; k < expected[row].Count; k++)
            {
                var cell = workbook.Cell(sheet, Xlsx.CellRef.Relative(WorkbookLayout.FirstDataRow + row, WorkbookLayout.KpiColumn(k)));
                cell.Formula.Should().BeNull();
                Oracle.Agrees(cell, expected[row][k].Value, undefinedAs: undefined).Should().BeTrue($"row {row + 2}, {expected[row][k].Kpi.Id}: {cell}");
            }
        }

        // The keys and the scope flag stay formulas: the dashboard's scope reads them.
        workbook.Cell(sheet, Xlsx.CellRef.Relative(WorkbookLayout.FirstDataRow, WorkbookLayout.InScopeColumn)).Formula.Should().NotBeNull();
        workbook.Cell(sheet, Xlsx.CellRef.Relative(WorkbookLayout.FirstDataRow, 2)).Formula.Should().NotBeNull();
        workbook.Cell(sheet, Xlsx.CellRef.Relative(WorkbookLayout.FirstDataRow + set.Records.Count, WorkbookLayout.KpiColumn(0))).IsEmpty.Should().BeTrue("no value below the data");
    }

    [Fact]
    public void The_workbook_with_values_is_smaller_and_still_valid()
    {
        var records = SampleData.Create().ToList();
        var formulas = WorkbookFiles.Write(new WorkbookOptions(), records, "formulas.xlsx");
        var values = WorkbookFiles.Write(new WorkbookOptions { RowKpisAsValues = true }, records, "values.xlsx");
        new System.IO.FileInfo(values).Length.Should().BeLessThan(new System.IO.FileInfo(formulas).Length);
        OpenXmlCheck.Errors(values).Should().BeEmpty();
    }
}
