using System;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SalesKpi.Tests.Support;

/// <summary>Changes a written workbook's Data sheet as a person would in a spreadsheet program, then saves it.</summary>
public static class HandEdit
{
    /// <param name="path">The workbook file, changed in place.</param>
    /// <param name="edit">Gets the sheet; <see cref="Cell(WorksheetPart, string)"/> finds a cell in it.</param>
    public static void DataSheet(string path, Action<WorksheetPart> edit)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Data").Id!);
        edit(sheet);
        sheet.Worksheet.Save();
    }

    public static Cell Cell(this WorksheetPart sheet, string address) =>
        sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == address);
}
