using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Filling;

/// <summary>
/// A calculator whose data a person let people filter before handing it out: with Excel's Filter, or
/// by formatting it as a table. Either must cover every row a fill writes.
/// </summary>
public sealed class DataFilterTests
{
    [Fact]
    public void A_table_over_the_data_covers_every_filled_row()
    {
        var set = Datasets.Create(TemplateFillFixture.Seeds[3]);
        var (filled, _) = Fill(set, "data-table", AddTable);
        using var document = SpreadsheetDocument.Open(filled, false);
        var (data, lastRow) = DataSheet(document, set);
        var table = data.TableDefinitionParts.Single().Table;
        var last = lastRow.ToString(System.Globalization.CultureInfo.InvariantCulture);
        table.Reference!.Value.Should().StartWith("A1:").And.EndWith(last, "the table holds every row of the data");
        table.AutoFilter!.Reference!.Value.Should().Be(table.Reference.Value, "its filter too");
        KpiWorkbook.Read(filled).Records.Should().HaveCount(set.Records.Count);
    }

    [Fact]
    public void A_filter_and_its_sort_on_the_data_cover_every_filled_row()
    {
        var set = Datasets.Create(TemplateFillFixture.Seeds[2]);
        var (filled, sheet) = Fill(set, "data-filter", AddFilter);
        using var document = SpreadsheetDocument.Open(filled, false);
        var workbook = document.WorkbookPart!;
        var (data, lastRow) = DataSheet(document, set);
        var filter = data.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value!;
        filter.Should().EndWith(lastRow.ToString(System.Globalization.CultureInfo.InvariantCulture), "the filter's drop-downs sort and hide every row of the data");
        var sort = data.Worksheet.GetFirstChild<AutoFilter>()!.GetFirstChild<SortState>()!;
        sort.Reference!.Value.Should().Be("A2:" + filter.Split(':')[1], "the remembered sort covers every row below the header");
        sort.GetFirstChild<SortCondition>()!.Reference!.Value.Should().Be($"C2:C{lastRow}");
        var name = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == "_xlnm._FilterDatabase").Text;
        name.Should().Be($"{sheet}!$A$1:${filter.Split(':')[1].TrimEnd("0123456789".ToCharArray())}${lastRow}", "Excel's hidden name for the filter names the same cells");
    }

    /// <summary>A calculator with room for 5 rows, edited by <paramref name="edit"/>, filled with the set's rows: the filled file, valid, and the data sheet's name.</summary>
    private static (string Filled, string Sheet) Fill(Dataset set, string purpose, System.Func<string, string> edit)
    {
        var folder = Scratch.NewFolder(purpose);
        var template = Path.Combine(folder, "template.xlsx");
        var filled = Path.Combine(folder, "filled.xlsx");
        KpiWorkbook.Write(template, set.Options with { Capacity = 5 });
        var sheet = edit(template);

        KpiWorkbook.Fill(template, filled, new FillOptions { Catalog = set.Options.Catalog }, set.Records);

        OpenXmlCheck.Errors(filled).Should().BeEmpty();
        return (filled, sheet);
    }

    /// <summary>The filled data sheet, whose last row must be the last record's.</summary>
    private static (WorksheetPart Part, uint LastRow) DataSheet(SpreadsheetDocument document, Dataset set)
    {
        var workbook = document.WorkbookPart!;
        var data = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Data" || s.Name == "Datos").Id!);
        var lastRow = data.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Max(r => r.RowIndex!.Value);
        lastRow.Should().Be((uint)set.Records.Count + 1);
        return (data, lastRow);
    }

    /// <summary>What Excel writes when a person formats the data's header and rows as a table: a table part named by tableParts, its columns named as the header.</summary>
    private static string AddTable(string path)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Data" || s.Name == "Datos");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var header = rows.First().Elements<Cell>().ToList();
        var range = $"A1:{header[^1].CellReference!.Value!.TrimEnd('1')}{rows.Max(r => r.RowIndex!.Value)}";
        var table = part.AddNewPart<TableDefinitionPart>();
        table.Table = new Table(
            new AutoFilter { Reference = range },
            new TableColumns(header.Select((cell, i) => new TableColumn { Id = (uint)i + 1, Name = cell.InnerText })) { Count = (uint)header.Count },
            new TableStyleInfo { Name = "TableStyleLight9", ShowRowStripes = true })
        { Id = 1, Name = "SalesData", DisplayName = "SalesData", Reference = range };
        part.Worksheet.AddChild(new TableParts(new TablePart { Id = part.GetIdOfPart(table) }) { Count = 1 });
        part.Worksheet.Save();
        return sheet.Name!;
    }

    /// <summary>What Excel writes when a person turns the filter on over the data's header and rows: autoFilter on the sheet, and its hidden name.</summary>
    private static string AddFilter(string path)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var sheet = sheets.Single(s => s.Name == "Data" || s.Name == "Datos");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var header = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().First().Elements<Cell>().Last().CellReference!.Value!;
        var lastColumn = header.TrimEnd('1');
        var lastRow = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Max(r => r.RowIndex!.Value);
        // Sorted by rep, as the filter's drop-down does it: the filter remembers the sort.
        part.Worksheet.AddChild(new AutoFilter(new SortState(new SortCondition { Reference = $"C2:C{lastRow}" }) { Reference = $"A2:{lastColumn}{lastRow}" })
        {
            Reference = $"A1:{lastColumn}{lastRow}",
        });
        if (part.Worksheet.GetFirstChild<SheetProtection>() is { } protection)
        {
            protection.AutoFilter = false; // people may filter the protected sheet
        }

        part.Worksheet.Save();
        workbook.Workbook.DefinedNames!.Append(new DefinedName($"{sheet.Name}!$A$1:${lastColumn}${lastRow}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = (uint)sheets.IndexOf(sheet),
            Hidden = true,
        });
        workbook.Workbook.Save();
        return sheet.Name!;
    }
}
