using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Filling;

/// <summary>
/// The fill against the Open XML SDK's schema: a template whose sheets carry what a person adds in
/// Excel (notes, headers and footers, page breaks, ignored errors, a table, a sheet of their own),
/// and whose workbook part lacks calcPr, comes out with every worksheet's and the workbook's children
/// where the schema puts them, every one kept, and the data filled in.
/// </summary>
public sealed class SchemaOrderTests
{
    private const string OwnSheet = "Lookups";

    private static readonly Dataset Set = Datasets.Create(TemplateFillFixture.Seeds[1]);

    [Fact]
    public void Every_worksheet_keeps_each_child_the_template_has_in_the_schemas_order()
    {
        var (template, filled) = Fill(AddEverything, "everything");

        TypedModel.OutOfOrder(template).Should().BeEmpty("the SDK put the template's additions in order");
        TypedModel.OutOfOrder(filled).Should().BeEmpty();
        OpenXmlCheck.Errors(filled).Should().BeEmpty();

        using var before = SpreadsheetDocument.Open(template, false);
        using var after = SpreadsheetDocument.Open(filled, false);
        var templateSheets = TypedModel.WorkbookAndSheets(before);
        var filledSheets = TypedModel.WorkbookAndSheets(after);
        filledSheets.Keys.Should().Equal(templateSheets.Keys);
        foreach (var name in templateSheets.Keys.Where(n => n != "(workbook)"))
        {
            TypedModel.Names(filledSheets[name]).Should().Equal(TypedModel.Names(templateSheets[name]), $"the fill keeps every child of {name} in place");
        }

        var data = (Worksheet)filledSheets[Set.Options.Language == Language.English ? "Data" : "Datos"];
        TypedModel.Names(data).Should().Contain(["headerFooter", "rowBreaks", "ignoredErrors", "legacyDrawing"]);
        data.GetFirstChild<SheetData>()!.Elements<Row>().Should().HaveCount(Set.Records.Count + 1, "the data sheet holds the header and one row per record");
        data.WorksheetPart!.WorksheetCommentsPart!.Comments.Descendants<Comment>().Single().InnerText.Should().Be(NoteText);

        var own = (Worksheet)filledSheets[OwnSheet];
        TypedModel.Names(own).Should().Contain(["mergeCells", "conditionalFormatting", "dataValidations", "printOptions", "pageMargins", "pageSetup", "headerFooter", "legacyDrawing", "tableParts", "extLst"]);
        own.WorksheetPart!.TableDefinitionParts.Single().Table.Name!.Value.Should().Be("Regions");
    }

    /// <summary>
    /// Each child the schema puts after calcPr, alone, two together, and none: the fill must know every
    /// one of them comes after. Not pivotCaches, which needs a pivot table, nor the smart tags, which the
    /// SDK does not model.
    /// </summary>
    public static TheoryData<string> WorkbookTails() => new()
    {
        "oleSize", "customWorkbookViews", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
        "fileRecoveryPr, webPublishing", "nothing",
    };

    [Theory]
    [MemberData(nameof(WorkbookTails))]
    public void A_workbook_without_calcPr_gets_one_where_the_schema_puts_it(string tail)
    {
        var (template, filled) = Fill(path => WithoutCalculation(path, tail), "no-calcpr");

        TypedModel.OutOfOrder(filled).Should().BeEmpty();
        OpenXmlCheck.Errors(filled).Should().BeEmpty();
        using var document = SpreadsheetDocument.Open(filled, false);
        var workbook = document.WorkbookPart!.Workbook;
        workbook.GetFirstChild<CalculationProperties>()!.FullCalculationOnLoad!.Value.Should().BeTrue("programs recalculate the filled workbook on open");
        using var before = SpreadsheetDocument.Open(template, false);
        TypedModel.Names(workbook).Where(n => n != "calcPr").Should().Equal(TypedModel.Names(before.WorkbookPart!.Workbook), "every other child of the workbook stays");
    }

    private static (string Template, string Filled) Fill(Action<string> edit, string purpose)
    {
        var folder = Scratch.NewFolder("schema-order-" + purpose);
        var template = Path.Combine(folder, "template.xlsx");
        var filled = Path.Combine(folder, "filled.xlsx");
        KpiWorkbook.Write(template, Set.Options with { Capacity = 5 });
        edit(template);
        KpiWorkbook.Fill(template, filled, new FillOptions { Catalog = Set.Options.Catalog }, Set.Records);
        return (template, filled);
    }

    private const string NoteText = "Ask sales operations before renaming a column.";

    /// <summary>What a person adds in Excel, each child put in place by the SDK.</summary>
    private static void AddEverything(string path)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var noteId = 1;
        foreach (var sheet in new[] { sheets[0], Named("Data", "Datos") })
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var worksheet = part.Worksheet;
            worksheet.AddChild(new HeaderFooter(new OddHeader("&C&A"), new OddFooter("&CPage &P of &N")));
            worksheet.AddChild(new RowBreaks(new Break { Id = 40, Max = 16383, ManualPageBreak = true }) { Count = 1, ManualBreakCount = 1 });
            worksheet.AddChild(new IgnoredErrors(new IgnoredError { SequenceOfReferences = new ListValue<StringValue> { InnerText = "C1:C6" }, NumberStoredAsText = true }));
            Note(part, noteId++);
            worksheet.Save();
        }

        Sheet Named(string english, string spanish) => sheets.Single(s => s.Name == (Set.Options.Language == Language.English ? english : spanish));

        AddOwnSheet(workbook, noteId);
        workbook.Workbook.Save();
    }

    /// <summary>A sheet of the person's own: a table of regions with everything a worksheet can hold around it.</summary>
    private static void AddOwnSheet(WorkbookPart workbook, int noteId)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        static Cell Text(string address, string text) => new() { CellReference = address, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
        part.Worksheet = new Worksheet(new SheetData(
            new Row(Text("A1", "Region"), Text("B1", "Manager")) { RowIndex = 1 },
            new Row(Text("A2", "North"), Text("B2", "Ana")) { RowIndex = 2 },
            new Row(Text("A3", "South"), Text("B3", "Luis")) { RowIndex = 3 },
            new Row(Text("A5", "Ask before changing a manager.")) { RowIndex = 5 }));
        var worksheet = part.Worksheet;
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = OwnSheet, SheetId = sheets.Elements<Sheet>().Max(s => s.SheetId!.Value) + 1, Id = workbook.GetIdOfPart(part) });

        var table = part.AddNewPart<TableDefinitionPart>();
        table.Table = new Table(
            new AutoFilter { Reference = "A1:B3" },
            new TableColumns(new TableColumn { Id = 1, Name = "Region" }, new TableColumn { Id = 2, Name = "Manager" }) { Count = 2 },
            new TableStyleInfo { Name = "TableStyleMedium2", ShowRowStripes = true })
        { Id = 1, Name = "Regions", DisplayName = "Regions", Reference = "A1:B3" };

        // Added in reverse of the schema's order: AddChild puts each where the schema wants it.
        worksheet.AddChild(new WorksheetExtensionList(new WorksheetExtension { Uri = "{00000000-0000-0000-0000-0000000000AA}" }));
        worksheet.AddChild(new TableParts(new TablePart { Id = part.GetIdOfPart(table) }) { Count = 1 });
        Note(part, noteId);
        worksheet.AddChild(new HeaderFooter(new OddFooter("&L&F")));
        worksheet.AddChild(new PageSetup { Orientation = OrientationValues.Landscape });
        worksheet.AddChild(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        worksheet.AddChild(new PrintOptions { GridLines = true });
        worksheet.AddChild(new DataValidations(new DataValidation(new Formula1("\"Ana,Luis\"")) { Type = DataValidationValues.List, SequenceOfReferences = new ListValue<StringValue> { InnerText = "B2:B3" } }) { Count = 1 });
        worksheet.AddChild(new ConditionalFormatting(new ConditionalFormattingRule(new Formula("LEN(B2)=0")) { Type = ConditionalFormatValues.Expression, Priority = 1 }) { SequenceOfReferences = new ListValue<StringValue> { InnerText = "B2:B3" } });
        worksheet.AddChild(new MergeCells(new MergeCell { Reference = "A5:B5" }) { Count = 1 });
        worksheet.Save();
    }

    /// <summary>A note on A1, as Excel keeps it: the comments part and its VML shape, named by legacyDrawing.</summary>
    private static void Note(WorksheetPart part, int id)
    {
        var comments = part.AddNewPart<WorksheetCommentsPart>();
        comments.Comments = new Comments(
            new Authors(new Author("A manager")),
            new CommentList(new Comment(new CommentText(new Run(new Text(NoteText)))) { Reference = "A1", AuthorId = 0 }));
        var vml = part.AddNewPart<VmlDrawingPart>();
        using (var writer = new StreamWriter(vml.GetStream(FileMode.Create)))
        {
            writer.Write($"""
                <xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
                 <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{id}"/></o:shapelayout>
                 <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
                 <v:shape id="_x0000_s{(id * 1024) + 1}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:108pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">
                  <v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>
                  <v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>
                  <x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 15, 0, 2, 3, 15, 4, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData>
                 </v:shape>
                </xml>
                """);
        }

        part.Worksheet.AddChild(new LegacyDrawing { Id = part.GetIdOfPart(vml) });
    }

    /// <summary>The workbook part without calcPr, ending in the children <paramref name="tail"/> names (put in place by the SDK).</summary>
    private static void WithoutCalculation(string path, string tail)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!.Workbook;
        workbook.GetFirstChild<CalculationProperties>()?.Remove();
        var added = new List<OpenXmlElement?>();
        foreach (var name in tail.Split(", "))
        {
            added.Add(name switch
            {
                "oleSize" => new OleSize { Reference = "A1:D10" },
                "customWorkbookViews" => new CustomWorkbookViews(new CustomWorkbookView
                {
                    Name = "Manager", Guid = "{6F9619FF-8B86-D011-B42D-00C04FC964FF}", WindowWidth = 1200, WindowHeight = 800, ActiveSheetId = 1,
                }),
                "webPublishing" => new WebPublishing { AllowPng = true },
                "fileRecoveryPr" => new FileRecoveryProperties { RepairLoad = true },
                "webPublishObjects" => new WebPublishObjects(new WebPublishObject { Id = 1, DivId = "dashboard", DestinationFile = "dashboard.htm" }) { Count = 1 },
                "extLst" => new WorkbookExtensionList(new WorkbookExtension { Uri = "{00000000-0000-0000-0000-0000000000BB}" }),
                "nothing" => null,
                _ => throw new ArgumentException(name),
            });
        }

        foreach (var element in added.OfType<OpenXmlElement>())
        {
            workbook.AddChild(element);
        }

        workbook.Save();
    }
}
