using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SalesKpi.Tests.Support;

/// <summary>What a cell holds as a program reading the file sees it.</summary>
public sealed record CellContent(double? Number, string? Text, string? Error, string? Formula, bool Locked)
{
    public bool IsEmpty => Number is null && Text is null && Error is null;

    public override string ToString() => Error ?? Text ?? Number?.ToString("R", CultureInfo.InvariantCulture) ?? "(empty)";
}

/// <summary>Reads cells, styles and defined names of an .xlsx with the Open XML SDK, independently of the library's writer.</summary>
public sealed class XlsxReader : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly Dictionary<string, Dictionary<string, Cell>> _sheets = new(StringComparer.Ordinal);
    private readonly string[] _sharedStrings;
    private readonly CellFormat[] _formats;

    public XlsxReader(string path)
    {
        _document = SpreadsheetDocument.Open(path, false);
        var workbook = _document.WorkbookPart!;
        _sharedStrings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? Array.Empty<string>();
        _formats = workbook.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>().ToArray() ?? Array.Empty<CellFormat>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            _sheets[sheet.Name!] = part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, StringComparer.Ordinal);
        }

        Names = workbook.Workbook.DefinedNames?.Elements<DefinedName>().Where(n => n.LocalSheetId is null).ToDictionary(n => n.Name!.Value!, n => n.Text, StringComparer.Ordinal)
            ?? new Dictionary<string, string>();
    }

    public IReadOnlyDictionary<string, string> Names { get; }

    public IEnumerable<string> SheetNames => _sheets.Keys;

    public WorkbookPart Workbook => _document.WorkbookPart!;

    public IEnumerable<(string Address, CellContent Content)> Cells(string sheet) =>
        _sheets[sheet].Select(c => (c.Key, Read(c.Value)));

    public CellContent Cell(string sheet, string address) =>
        _sheets[sheet].TryGetValue(address, out var cell) ? Read(cell) : new CellContent(null, null, null, null, true);

    /// <summary>The cell a single-cell defined name points at.</summary>
    public CellContent Named(string name)
    {
        var (sheet, address) = Resolve(Names[name]);
        return Cell(sheet, address);
    }

    /// <summary>The sheet and column of a one-column defined name such as Kpi_win_rate: where a program finds that column.</summary>
    public (string Sheet, string Column) NamedColumn(string name)
    {
        var match = Regex.Match(Names[name], @"^(?:'((?:[^']|'')+)'|([^!]+))!\$([A-Z]+)\$\d+:\$([A-Z]+)\$\d+$");
        if (!match.Success || match.Groups[3].Value != match.Groups[4].Value)
        {
            throw new FormatException($"{name} is not one column: {Names[name]}");
        }

        var sheet = match.Groups[1].Success ? match.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : match.Groups[2].Value;
        return (sheet, match.Groups[3].Value);
    }

    /// <summary>Splits "'Sheet name'!$A$1" (or "Sheet!A1") into sheet and address.</summary>
    public static (string Sheet, string Address) Resolve(string reference)
    {
        var match = Regex.Match(reference, @"^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$");
        if (!match.Success)
        {
            throw new FormatException($"Not a single-cell reference: {reference}");
        }

        var sheet = match.Groups[1].Success ? match.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : match.Groups[2].Value;
        return (sheet, match.Groups[3].Value + match.Groups[4].Value);
    }

    public void Dispose() => _document.Dispose();

    private CellContent Read(Cell cell)
    {
        // A shared formula's later cells hold no text, only the index of the first cell's formula.
        var formula = cell.CellFormula is { } f && string.IsNullOrEmpty(f.Text) && f.SharedIndex is not null
            ? "(shared " + f.SharedIndex.Value.ToString(CultureInfo.InvariantCulture) + ")"
            : cell.CellFormula?.Text;
        var locked = Locked(cell.StyleIndex?.Value ?? 0);
        var type = cell.DataType?.Value;
        var raw = cell.CellValue?.Text;
        if (type == CellValues.InlineString)
        {
            return new CellContent(null, cell.InlineString?.InnerText ?? "", null, formula, locked);
        }

        if (raw is null)
        {
            return new CellContent(null, null, null, formula, locked);
        }

        if (type == CellValues.SharedString)
        {
            return new CellContent(null, _sharedStrings[int.Parse(raw, CultureInfo.InvariantCulture)], null, formula, locked);
        }

        if (type == CellValues.String)
        {
            return new CellContent(null, raw, null, formula, locked);
        }

        if (type == CellValues.Error)
        {
            return new CellContent(null, null, raw, formula, locked);
        }

        if (type == CellValues.Boolean)
        {
            return new CellContent(raw == "1" ? 1 : 0, null, null, formula, locked);
        }

        return new CellContent(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture), null, null, formula, locked);
    }

    private bool Locked(uint style)
    {
        if (style >= _formats.Length)
        {
            return true;
        }

        var protection = _formats[style].Protection;
        return protection?.Locked?.Value ?? true;
    }
}
