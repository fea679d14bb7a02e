using System.Linq;
using SalesKpi.Layout;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

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
    public void A_catalog_too_long_for_the_leaderboards_formula_is_refused_before_anything_is_written()
    {
        var catalog = KpiCatalog.Default;
        for (var i = 0; i < 25; i++)
        {
            catalog = catalog.With(new KpiDefinition($"mix-{i}", "(NewCustomerRevenue + ExistingCustomerRevenue + GrossProfit) / (DealsWon + DealsLost + LeadsCreated)", Unit.Currency, Direction.HigherIsBetter,
                new("Mix", "Mezcla"), new("A mix.", "Una mezcla.")));
        }

        var folder = Scratch.NewFolder("too-long");
        var path = System.IO.Path.Combine(folder, "values.xlsx");
        var write = () => KpiWorkbook.Write(path, new WorkbookOptions { Catalog = catalog, RowKpisAsValues = true }, SampleData.Create());
        write.Should().Throw<System.ArgumentException>().WithMessage("*RowKpisAsValues*characters*fewer KPIs*");
        System.IO.File.Exists(path).Should().BeFalse();
        KpiWorkbook.Write(path, new WorkbookOptions { Catalog = catalog }, SampleData.Create());
        System.IO.File.Exists(path).Should().BeTrue("per-row formulas have no such limit");
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
