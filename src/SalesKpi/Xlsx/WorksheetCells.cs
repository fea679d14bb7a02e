using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SalesKpi.Xlsx;

/// <summary>One cell of a worksheet, where it is and what it holds.</summary>
internal readonly record struct SheetCell(int Row, int Column, CellText Value)
{
    public string Address => CellRef.Relative(Row, Column);
}

/// <summary>
/// Streams a worksheet's cells in sheet order, one pass, with every position checked: rows and cells
/// must come in order inside Excel's grid. Rows and cells without an address take the next one, as
/// the format allows.
/// </summary>
internal static class WorksheetCells
{
    public const int MaxRows = 1_048_576;
    public const int MaxColumns = 16_384;

    /// <summary>The cells holding anything (a value, a problem), up to <paramref name="lastRow"/>.</summary>
    public static IEnumerable<SheetCell> Read(XlsxParts parts, string path, SharedStrings strings, int lastRow = MaxRows)
    {
        var row = 0;
        var column = 0;
        var text = new StringBuilder();
        foreach (var part in parts.Elements(path, XlsxParts.MaxSheetBytes))
        {
            if (part.Xml.Depth != 1 || !part.IsElement("sheetData") || part.Xml.IsEmptyElement)
            {
                continue;
            }

            while (part.ReadInside(1))
            {
                if (part.Xml.Depth == 2 && part.IsElement("row"))
                {
                    row = RowNumber(part, row);
                    column = 0;
                    if (row > lastRow)
                    {
                        yield break;
                    }
                }
                else if (part.Xml.Depth == 3 && part.IsElement("c"))
                {
                    column = ColumnNumber(part, row, column);
                    var value = Cell(part, strings, text);
                    if (!value.IsEmpty)
                    {
                        yield return new SheetCell(row, column, value);
                    }
                }
            }
        }
    }

    private static int RowNumber(PartReader part, int previous)
    {
        var attribute = part.Xml.GetAttribute("r");
        if (attribute is null)
        {
            return previous + 1 <= MaxRows ? previous + 1 : throw Position(part, "(row after the last)", "a row beyond Excel's last row");
        }

        if (!int.TryParse(attribute, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1 || row > MaxRows)
        {
            throw Position(part, attribute, FormattableString.Invariant($"a row number outside 1 to {MaxRows:N0}"));
        }

        return row > previous ? row : throw Position(part, attribute, "a row out of order or listed twice");
    }

    private static int ColumnNumber(PartReader part, int row, int previous)
    {
        if (row == 0)
        {
            throw Position(part, part.Xml.GetAttribute("r") ?? "(cell)", "a cell outside a row");
        }

        var attribute = part.Xml.GetAttribute("r");
        if (attribute is null)
        {
            return previous + 1 <= MaxColumns ? previous + 1 : throw Position(part, CellRef.Relative(row, previous), "a cell beyond Excel's last column");
        }

        if (CellRef.TryParse(attribute, out var at) is false || at.Column > MaxColumns)
        {
            throw Position(part, attribute, "a cell address that is not one");
        }

        if (at.Row != row)
        {
            throw Position(part, attribute, FormattableString.Invariant($"a cell in row {row} whose address names another row"));
        }

        return at.Column > previous ? at.Column : throw Position(part, attribute, "a cell out of order or listed twice");
    }

    /// <summary>Reads the c element the reader stands on, to its end tag.</summary>
    private static CellText Cell(PartReader part, SharedStrings strings, StringBuilder text)
    {
        var type = part.Xml.GetAttribute("t");
        if (part.Xml.IsEmptyElement)
        {
            return CellText.Decode(type, null, null, formula: false, strings);
        }

        var depth = part.Xml.Depth;
        string? value = null;
        string? inline = null;
        var formula = false;
        var tooLong = false;
        // Each child is read to its end tag, so the reader only ever stands on the cell's own children.
        while (part.ReadInside(depth))
        {
            if (part.IsElement("v"))
            {
                text.Clear();
                tooLong |= !part.ReadText(text, CellText.MaxChars * 7);
                value = text.ToString();
            }
            else if (part.IsElement("is"))
            {
                inline = SharedStrings.RichText(part);
                tooLong |= inline is null;
            }
            else
            {
                formula |= part.IsElement("f");
                part.Skip();
            }
        }

        return tooLong ? CellText.TooLong(null) : CellText.Decode(type, value, inline, formula, strings);
    }

    private static SalesDataException Position(PartReader part, string address, string what) =>
        XlsxParts.Damaged(part.Part, $"Part {part.Part} has {what} at {Shorten(address)}; it is damaged or was not written by a spreadsheet program.");

    private static string Shorten(string text) => text.Length > 20 ? text.Substring(0, 20) + "\u2026" : text;
}
