using System;
using System.IO;
using System.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Sheets;

/// <summary>
/// Every part the library writes, loaded into the Open XML SDK's typed model: no element and no
/// attribute the SDK does not know (the validator passes those by), the workbook's and every
/// worksheet's children in the schema's order, and no validator error. Programs built on the SDK
/// (ClosedXML, the SDK's own users) see exactly what the library meant.
/// </summary>
public class TypedModelTests
{
    public static TheoryData<string> Workbooks()
    {
        var cases = new TheoryData<string>();
        foreach (var optionSet in WorkbookFiles.OptionSets)
        {
            cases.Add("blank " + optionSet);
        }

        cases.Add("sample data");
        cases.Add("sample data, row kpis as values");
        cases.Add("filled");
        cases.Add("filled committed");
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "templates"), "*.xlsx").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            cases.Add("committed " + file);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void The_sdk_knows_every_element_and_attribute(string workbook)
    {
        TypedModel.Unknowns(Write(workbook)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void The_workbook_and_every_worksheet_hold_their_children_in_the_schemas_order_and_validate(string workbook)
    {
        var path = Write(workbook);
        TypedModel.OutOfOrder(path).Should().BeEmpty();
        OpenXmlCheck.Errors(path).Should().BeEmpty();
    }

    [Fact]
    public void The_schema_order_puts_children_where_the_schema_wants_them_whatever_order_they_come_in()
    {
        // The check above is only as good as its oracle: a worksheet written back to front must fail it.
        var worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(
            new DocumentFormat.OpenXml.Spreadsheet.TableParts(),
            new DocumentFormat.OpenXml.Spreadsheet.LegacyDrawing { Id = "rId2" },
            new DocumentFormat.OpenXml.Spreadsheet.PageMargins(),
            new DocumentFormat.OpenXml.Spreadsheet.SheetData());

        TypedModel.SchemaOrder(worksheet).Should().Equal("sheetData", "pageMargins", "legacyDrawing", "tableParts");
    }

    [Fact]
    public void An_element_or_attribute_the_sdk_does_not_know_is_found()
    {
        // The first check is only as good as its finder: a sheet with a stranger in it must fail it.
        var path = WorkbookFiles.Write(new WorkbookOptions { Capacity = 2 });
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(text.Replace("<sheetData>", "<sheetData shade=\"blue\"><stranger xmlns=\"urn:example:stranger\"/>", StringComparison.Ordinal));
        }

        TypedModel.Unknowns(path).Should().HaveCount(2)
            .And.Contain(u => u.Contains("unknown element {urn:example:stranger}stranger", StringComparison.Ordinal))
            .And.Contain(u => u.Contains("unknown attribute {}shade=\"blue\"", StringComparison.Ordinal));
    }

    private static string Write(string workbook)
    {
        var folder = Scratch.NewFolder("typed-model");
        var path = Path.Combine(folder, "workbook.xlsx");
        if (workbook.StartsWith("committed ", StringComparison.Ordinal))
        {
            return Path.Combine(Repository.Root, "templates", workbook["committed ".Length..]);
        }

        switch (workbook)
        {
            case "sample data":
                KpiWorkbook.Write(path, new WorkbookOptions(), SampleData.Create());
                break;
            case "sample data, row kpis as values":
                KpiWorkbook.Write(path, new WorkbookOptions { RowKpisAsValues = true, Language = Language.Spanish }, SampleData.Create().Take(200));
                break;
            case "filled":
            {
                // A blank calculator filled with more rows than it holds, so the fill grows every range.
                var set = Datasets.Create(Filling.TemplateFillFixture.Seeds[0]);
                var template = Path.Combine(folder, "template.xlsx");
                KpiWorkbook.Write(template, set.Options with { Capacity = 5 });
                KpiWorkbook.Fill(template, path, new FillOptions { Catalog = set.Options.Catalog }, set.Records);
                break;
            }

            case "filled committed":
                KpiWorkbook.Fill(Path.Combine(Repository.Root, "templates", "field-sales.es.xlsx"), path, null, SampleData.Create().Take(150));
                break;
            default:
                KpiWorkbook.Write(path, WorkbookFiles.Options(workbook["blank ".Length..]));
                break;
        }

        return path;
    }
}
