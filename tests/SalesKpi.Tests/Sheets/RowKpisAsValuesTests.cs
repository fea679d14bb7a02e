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
        var expected = new KpiCalculator(options.Catalog, options.Settings).ComputeEach(set.Records.WithComparisonRevenueFromData(options.Settings).OrderBy(r => r.PeriodStart).ToList());
        using var workbook = new XlsxReader(path);
        var columns = options.Catalog.Kpis.Select(k => workbook.NamedColumn("Kpi_" + k.Id.Replace('-', '_'))).ToList();
        var sheet = columns[0].Sheet;
        var undefined = Localization.Labels.Undefined[options.Language];
        string At(string column, int row) => column + (WorkbookLayout.FirstDataRow + row).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var row = 0; row < set.Records.Count; row++)
        {
            for (var k = 0; k < expected[row].Count; k++)
            {
                var cell = workbook.Cell(sheet, At(columns[k].Column, row));
                cell.Formula.Should().BeNull();
                Oracle.Agrees(cell, expected[row][k].Value, undefinedAs: undefined).Should().BeTrue($"row {row + 2}, {expected[row][k].Kpi.Id}: {cell}");
            }
        }

        // The scope flag stays a formula: the dashboard's scope reads it.
        var (scopeSheet, scopeColumn) = workbook.NamedColumn("Calc_InScope");
        workbook.Cell(scopeSheet, At(scopeColumn, 0)).Formula.Should().NotBeNull();
        workbook.Cell(sheet, At(columns[0].Column, set.Records.Count)).IsEmpty.Should().BeTrue("no value below the data");
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
    public void The_workbook_with_values_is_valid()
    {
        var values = WorkbookFiles.Write(new WorkbookOptions { RowKpisAsValues = true }, SampleData.Create(), "values.xlsx");
        OpenXmlCheck.Errors(values).Should().BeEmpty();
    }
}
