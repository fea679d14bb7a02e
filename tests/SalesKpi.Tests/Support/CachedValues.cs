using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SalesKpi.Tests.Support;

public static class CachedValues
{
    /// <summary>
    /// A copy of the workbook whose formula cells hold no cached value, so an engine that opens it must
    /// compute every formula itself.
    /// </summary>
    public static string Strip(string path)
    {
        var copy = Path.Combine(Scratch.NewFolder("stripped"), Path.GetFileName(path));
        File.Copy(path, copy);
        using var document = SpreadsheetDocument.Open(copy, true);
        foreach (var part in document.WorkbookPart!.WorksheetParts)
        {
            foreach (var cell in part.Worksheet.Descendants<Cell>().Where(c => c.CellFormula is not null))
            {
                cell.CellValue?.Remove();
                cell.DataType = null;
            }

            part.Worksheet.Save();
        }

        return copy;
    }
}
