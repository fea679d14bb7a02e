using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SalesKpi.Tests.Support;

/// <summary>The structure of a sheet as the file states it: protection, validations, conditional formats.</summary>
public sealed class SheetXml
{
    public SheetXml(WorkbookPart workbook, string name)
    {
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        Worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        Hidden = sheet.State?.Value == SheetStateValues.Hidden;
    }

    public Worksheet Worksheet { get; }

    public bool Hidden { get; }

    public bool Protected => Worksheet.Elements<SheetProtection>().SingleOrDefault()?.Sheet?.Value == true;

    public IEnumerable<DataValidation> Validations => Worksheet.Descendants<DataValidation>();

    public IEnumerable<string> ConditionalFormulas => Worksheet.Descendants<ConditionalFormattingRule>().SelectMany(r => r.Elements<Formula>()).Select(f => f.Text);

    /// <summary>The validation whose ranges hold the cell, if any.</summary>
    public DataValidation? ValidationOf(string address) =>
        Validations.FirstOrDefault(v => v.SequenceOfReferences!.Items.Any(range => Contains(range.Value!, address)));

    public static bool Contains(string range, string address)
    {
        var (row, column) = Parse(address);
        var parts = range.Split(':');
        var (r1, c1) = Parse(parts[0]);
        var (r2, c2) = parts.Length > 1 ? Parse(parts[1]) : (r1, c1);
        return row >= r1 && row <= r2 && column >= c1 && column <= c2;
    }

    public static (int Row, int Column) Parse(string address)
    {
        address = address.Replace("$", "", StringComparison.Ordinal);
        var letters = new string(address.TakeWhile(char.IsLetter).ToArray());
        var column = letters.Aggregate(0, (sum, c) => (sum * 26) + (c - 'A' + 1));
        return (int.Parse(address[letters.Length..], System.Globalization.CultureInfo.InvariantCulture), column);
    }
}
