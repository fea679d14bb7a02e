using System;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SalesKpi.Tests.Support;

/// <summary>
/// What a person does to a calculator in Excel before handing it out, done with the Open XML SDK:
/// a sheet of their own with formulas over the data and a chart of it, a logo on the dashboard, a
/// recoloured title and an edited target.
/// </summary>
public static class Customise
{
    public const string NotesSheet = "Regional notes";
    public const string NotesTitle = "Notes for the Costa del Sol office";

    // A 1x1 PNG: the "logo".
    public static readonly byte[] Logo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>Applies every customisation; the data range the notes and the chart read is <paramref name="dataRange"/> (e.g. Data!$K$2:$K$11).</summary>
    public static void Apply(string path, string dataRange, string targetName, double target)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        AddNotesSheet(workbook, dataRange);
        var dashboard = Part(workbook, workbook.Workbook.Sheets!.Elements<Sheet>().First().Name!);
        AddLogo(dashboard);
        Recolour(workbook, dashboard);
        SetNumber(workbook, workbook.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == targetName).Text, target);
        workbook.Workbook.Save();
    }

    private static WorksheetPart Part(WorkbookPart workbook, string sheet) =>
        (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!);

    private static void AddNotesSheet(WorkbookPart workbook, string dataRange)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData(
            new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(NotesTitle)) }) { RowIndex = 1 },
            new Row(new Cell { CellReference = "A2", CellFormula = new CellFormula($"SUM({dataRange})"), CellValue = new CellValue("0") }) { RowIndex = 2 },
            new Row(new Cell { CellReference = "A3", CellFormula = new CellFormula($"COUNT({dataRange})"), CellValue = new CellValue("0") }) { RowIndex = 3 }));
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = NotesSheet, SheetId = sheets.Elements<Sheet>().Max(s => s.SheetId!.Value) + 1, Id = workbook.GetIdOfPart(part) });

        var drawing = part.AddNewPart<DrawingsPart>();
        var chart = drawing.AddNewPart<ChartPart>();
        Feed(chart, $"""
            <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <c:chart><c:plotArea><c:layout/>
                <c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>
                  <c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>{dataRange}</c:f></c:numRef></c:val></c:ser>
                  <c:axId val="1"/><c:axId val="2"/></c:barChart>
                <c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>
                <c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>
              </c:plotArea></c:chart>
            </c:chartSpace>
            """);
        Feed(drawing, $"""
            <xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">
              <xdr:twoCellAnchor>
                <xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
                <xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
                <xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Revenue"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>
                  <xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
                  <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="{drawing.GetIdOfPart(chart)}"/></a:graphicData></a:graphic>
                </xdr:graphicFrame><xdr:clientData/>
              </xdr:twoCellAnchor>
            </xdr:wsDr>
            """);
        part.Worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawing) });
        part.Worksheet.Save();
    }

    private static void AddLogo(WorksheetPart dashboard)
    {
        // Excel puts a picture into the sheet's drawing, beside any charts already there.
        var existing = dashboard.DrawingsPart;
        var drawing = existing ?? dashboard.AddNewPart<DrawingsPart>();
        var image = drawing.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(Logo))
        {
            image.FeedData(stream);
        }

        var anchor = $"""
            <xdr:oneCellAnchor xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
              <xdr:ext cx="600000" cy="600000"/>
              <xdr:pic><xdr:nvPicPr><xdr:cNvPr id="99" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr>
                <xdr:blipFill><a:blip r:embed="{drawing.GetIdOfPart(image)}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>
                <xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>
              <xdr:clientData/>
            </xdr:oneCellAnchor>
            """;
        if (existing is not null)
        {
            drawing.WorksheetDrawing.Append(new DocumentFormat.OpenXml.Drawing.Spreadsheet.OneCellAnchor(anchor));
            drawing.WorksheetDrawing.Save();
            return;
        }

        Feed(drawing, $"""<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">{anchor}</xdr:wsDr>""");
        var worksheet = dashboard.Worksheet;
        var reference = new Drawing { Id = dashboard.GetIdOfPart(drawing) };
        var after = worksheet.Elements<LegacyDrawing>().Cast<OpenXmlElement>().Concat(worksheet.Elements<TableParts>()).Concat(worksheet.Elements<WorksheetExtensionList>()).FirstOrDefault();
        if (after is null)
        {
            worksheet.Append(reference);
        }
        else
        {
            worksheet.InsertBefore(reference, after);
        }

        worksheet.Save();
    }

    /// <summary>The dashboard title in the company's colour: a new fill and cell format.</summary>
    private static void Recolour(WorkbookPart workbook, WorksheetPart dashboard)
    {
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        stylesheet.Fills!.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = "FFC00000" }) { PatternType = PatternValues.Solid }));
        stylesheet.Fills.Count = (uint)stylesheet.Fills.Count();
        var title = dashboard.Worksheet.Descendants<Cell>().First(c => c.CellReference == "A1");
        var format = (CellFormat)stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(title.StyleIndex?.Value ?? 0)).CloneNode(true);
        format.FillId = stylesheet.Fills.Count - 1;
        format.ApplyFill = true;
        stylesheet.CellFormats.Append(format);
        stylesheet.CellFormats.Count = (uint)stylesheet.CellFormats.Count();
        title.StyleIndex = stylesheet.CellFormats.Count - 1;
        stylesheet.Save();
        dashboard.Worksheet.Save();
    }

    public static uint TitleFill(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var dashboard = Part(workbook, workbook.Workbook.Sheets!.Elements<Sheet>().First().Name!);
        var title = dashboard.Worksheet.Descendants<Cell>().First(c => c.CellReference == "A1");
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)title.StyleIndex!.Value);
        var fill = workbook.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value);
        return Convert.ToUInt32(fill.PatternFill!.ForegroundColor!.Rgb!.Value, 16);
    }

    private static void SetNumber(WorkbookPart workbook, string reference, double value)
    {
        var (sheet, address) = XlsxReader.Resolve(reference);
        var cell = Part(workbook, sheet).Worksheet.Descendants<Cell>().Single(c => c.CellReference == address);
        cell.DataType = null;
        cell.CellValue = new CellValue(value);
        Part(workbook, sheet).Worksheet.Save();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }
}
