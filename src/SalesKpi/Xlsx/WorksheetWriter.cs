using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;

namespace SalesKpi.Xlsx;

/// <summary>
/// Writes one worksheet part as a stream of rows: setup, then rows in order, then the tail.
/// Single use; cells of a row must come in column order.
/// </summary>
internal sealed class WorksheetWriter
{
    private readonly XmlWriter _xml;
    private readonly PrintSetup? _print;
    private int _row;
    private bool _inRow;

    public WorksheetWriter(XmlWriter xml, SheetSetup setup)
    {
        _xml = xml;
        _print = setup.Print;
        xml.WriteStartElement("worksheet", Ns.Main);
        xml.WriteAttributeString("xmlns", "r", null, Ns.Relationships);
        WriteSetup(setup);
        xml.WriteStartElement("sheetData");
    }

    public void StartRow(int row, double? height = null)
    {
        EndRow();
        _row = row;
        _xml.WriteStartElement("row");
        _xml.WriteAttributeString("r", Ns.Int(row));
        if (height is { } h)
        {
            _xml.WriteAttributeString("ht", Ns.Number(h));
            _xml.WriteAttributeString("customHeight", "1");
        }

        _inRow = true;
    }

    public void EndRow()
    {
        if (_inRow)
        {
            _xml.WriteEndElement();
            _inRow = false;
        }
    }

    /// <summary>Text, written exactly as given: never read as a number, date or formula.</summary>
    public void Text(int column, string text, int style)
    {
        StartCell(column, style, "inlineStr");
        _xml.WriteStartElement("is");
        _xml.WriteStartElement("t");
        PreserveSpace(text);
        _xml.WriteString(XmlText.Escape(text));
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    public void Number(int column, double value, int style)
    {
        StartCell(column, style, null);
        _xml.WriteElementString("v", Ns.Main, Ns.Number(value));
        _xml.WriteEndElement();
    }

    /// <summary>A formula with the value it shows until recalculated; spreadsheet programs recalculate on open.</summary>
    public void Formula(int column, string formula, int style, Cached cached) => WriteFormula(column, formula, null, style, cached);

    /// <summary>
    /// The current row's cell of a formula filled down a column. Where Excel can share the formula, it is
    /// written in full in the first cell only and referred to below (shared formula <paramref name="index"/>),
    /// which keeps big sheets small; elsewhere each cell holds its own text, as Excel writes it.
    /// </summary>
    public void Filled(int column, FilledFormula formula, int index, int style, Cached cached)
    {
        if (formula.Shared)
        {
            var first = _row == formula.FirstRow;
            WriteFormula(column, first ? formula.Formula : null, (index, formula.Range, first), style, cached);
        }
        else
        {
            WriteFormula(column, formula.At(_row), null, style, cached);
        }
    }

    private void WriteFormula(int column, string? formula, (int Index, string Range, bool First)? shared, int style, Cached cached)
    {
        var type = cached.Kind switch
        {
            CachedKind.Text => "str",
            CachedKind.NotAvailable => "e",
            _ => null,
        };
        StartCell(column, style, type);
        _xml.WriteStartElement("f");
        if (shared is { } share)
        {
            _xml.WriteAttributeString("t", "shared");
            if (share.First)
            {
                _xml.WriteAttributeString("ref", share.Range);
            }

            _xml.WriteAttributeString("si", Ns.Int(share.Index));
        }

        if (formula is not null)
        {
            _xml.WriteString(formula);
        }

        _xml.WriteEndElement();
        switch (cached.Kind)
        {
            case CachedKind.Number:
                _xml.WriteElementString("v", Ns.Main, Ns.Number(cached.Number));
                break;
            case CachedKind.Text:
                _xml.WriteStartElement("v", Ns.Main);
                PreserveSpace(cached.Text!);
                _xml.WriteString(XmlText.Escape(cached.Text!));
                _xml.WriteEndElement();
                break;
            case CachedKind.NotAvailable:
                _xml.WriteElementString("v", Ns.Main, "#N/A");
                break;
        }

        _xml.WriteEndElement();
    }

    /// <summary>An empty cell that still carries a style (an unlocked input, a fill).</summary>
    public void Blank(int column, int style)
    {
        StartCell(column, style, null);
        _xml.WriteEndElement();
    }

    public void Finish(SheetTail tail)
    {
        EndRow();
        _xml.WriteEndElement(); // sheetData
        if (tail.Protected)
        {
            _xml.WriteStartElement("sheetProtection");
            if (tail.PasswordHash is not null)
            {
                _xml.WriteAttributeString("password", tail.PasswordHash);
            }

            _xml.WriteAttributeString("sheet", "1");
            _xml.WriteAttributeString("objects", "1");
            _xml.WriteAttributeString("scenarios", "1");
            _xml.WriteAttributeString("formatColumns", "0");
            _xml.WriteAttributeString("formatRows", "0");
            _xml.WriteEndElement();
        }

        if (tail.Merges.Count > 0)
        {
            _xml.WriteStartElement("mergeCells");
            _xml.WriteAttributeString("count", Ns.Int(tail.Merges.Count));
            foreach (var merge in tail.Merges)
            {
                _xml.WriteStartElement("mergeCell");
                _xml.WriteAttributeString("ref", merge);
                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        var priority = 1;
        foreach (var format in tail.ConditionalFormats)
        {
            _xml.WriteStartElement("conditionalFormatting");
            _xml.WriteAttributeString("sqref", format.Sqref);
            _xml.WriteStartElement("cfRule");
            _xml.WriteAttributeString("type", "expression");
            _xml.WriteAttributeString("dxfId", Ns.Int(format.DiffStyleId));
            _xml.WriteAttributeString("priority", Ns.Int(priority++));
            _xml.WriteElementString("formula", Ns.Main, format.Formula);
            _xml.WriteEndElement();
            _xml.WriteEndElement();
        }

        if (tail.Validations.Count > 0)
        {
            _xml.WriteStartElement("dataValidations");
            _xml.WriteAttributeString("count", Ns.Int(tail.Validations.Count));
            foreach (var validation in tail.Validations)
            {
                WriteValidation(validation);
            }

            _xml.WriteEndElement();
        }

        if (_print is { Centered: true })
        {
            _xml.WriteStartElement("printOptions");
            _xml.WriteAttributeString("horizontalCentered", "1");
            _xml.WriteEndElement();
        }

        _xml.WriteStartElement("pageMargins");
        foreach (var (name, value) in new[] { ("left", "0.5"), ("right", "0.5"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3") })
        {
            _xml.WriteAttributeString(name, value);
        }

        _xml.WriteEndElement();
        if (_print is { } print)
        {
            // As Excel writes it: A4, and only what differs from the defaults (one page wide, one tall, portrait).
            _xml.WriteStartElement("pageSetup");
            _xml.WriteAttributeString("paperSize", "9");
            if (print.PagesWide != 1)
            {
                _xml.WriteAttributeString("fitToWidth", Ns.Int(print.PagesWide));
            }

            if (print.PagesTall != 1)
            {
                _xml.WriteAttributeString("fitToHeight", Ns.Int(print.PagesTall));
            }

            if (print.Landscape)
            {
                _xml.WriteAttributeString("orientation", "landscape");
            }

            _xml.WriteEndElement();
        }

        if (tail.DrawingId is not null)
        {
            _xml.WriteStartElement("drawing");
            _xml.WriteAttributeString("id", Ns.Relationships, tail.DrawingId);
            _xml.WriteEndElement();
        }

        if (tail.Sparklines.Count > 0)
        {
            WriteSparklines(tail.Sparklines);
        }

        _xml.WriteEndElement(); // worksheet
    }

    /// <summary>Sparklines live in an Excel 2010 extension; programs that do not know it skip it.</summary>
    private void WriteSparklines(IReadOnlyList<Sparkline> sparklines)
    {
        const string X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
        const string Xm = "http://schemas.microsoft.com/office/excel/2006/main";
        _xml.WriteStartElement("extLst");
        _xml.WriteStartElement("ext");
        _xml.WriteAttributeString("uri", "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}");
        _xml.WriteAttributeString("xmlns", "x14", null, X14);
        _xml.WriteStartElement("x14", "sparklineGroups", X14);
        _xml.WriteAttributeString("xmlns", "xm", null, Xm);
        _xml.WriteStartElement("x14", "sparklineGroup", X14);
        _xml.WriteAttributeString("lineWeight", "1.5");
        _xml.WriteAttributeString("displayEmptyCellsAs", "gap");
        _xml.WriteAttributeString("markers", "1");
        foreach (var (element, color) in new[] { ("colorSeries", "FF2E75B6"), ("colorNegative", "FFC00000"), ("colorAxis", "FF000000"), ("colorMarkers", "FF1F4E79"), ("colorFirst", "FF1F4E79"), ("colorLast", "FF1F4E79"), ("colorHigh", "FF548235"), ("colorLow", "FFC00000") })
        {
            _xml.WriteStartElement("x14", element, X14);
            _xml.WriteAttributeString("rgb", color);
            _xml.WriteEndElement();
        }

        _xml.WriteStartElement("x14", "sparklines", X14);
        foreach (var sparkline in sparklines)
        {
            _xml.WriteStartElement("x14", "sparkline", X14);
            _xml.WriteElementString("xm", "f", Xm, sparkline.Source);
            _xml.WriteElementString("xm", "sqref", Xm, sparkline.Cell);
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement(); // sparklines
        _xml.WriteEndElement(); // sparklineGroup
        _xml.WriteEndElement(); // sparklineGroups
        _xml.WriteEndElement(); // ext
        _xml.WriteEndElement(); // extLst
    }

    /// <summary>Marks text whose outer white space a reader would otherwise be free to drop.</summary>
    private void PreserveSpace(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1])))
        {
            _xml.WriteAttributeString("xml", "space", null, "preserve");
        }
    }

    private void StartCell(int column, int style, string? type)
    {
        _xml.WriteStartElement("c");
        _xml.WriteAttributeString("r", CellRef.Relative(_row, column));
        if (style != 0)
        {
            _xml.WriteAttributeString("s", Ns.Int(style));
        }

        if (type is not null)
        {
            _xml.WriteAttributeString("t", type);
        }
    }

    private void WriteSetup(SheetSetup setup)
    {
        _xml.WriteStartElement("sheetPr");
        if (setup.TabColor is not null)
        {
            _xml.WriteStartElement("tabColor");
            _xml.WriteAttributeString("rgb", "FF" + setup.TabColor);
            _xml.WriteEndElement();
        }

        if (setup.Print is not null)
        {
            _xml.WriteStartElement("pageSetUpPr");
            _xml.WriteAttributeString("fitToPage", "1");
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();

        _xml.WriteStartElement("sheetViews");
        _xml.WriteStartElement("sheetView");
        if (!setup.ShowGridLines)
        {
            _xml.WriteAttributeString("showGridLines", "0");
        }

        if (setup.Selected)
        {
            _xml.WriteAttributeString("tabSelected", "1");
        }

        _xml.WriteAttributeString("workbookViewId", "0");
        if (setup.FrozenRows > 0 || setup.FrozenColumns > 0)
        {
            var topLeft = CellRef.Relative(setup.FrozenRows + 1, setup.FrozenColumns + 1);
            var pane = setup.FrozenRows > 0 && setup.FrozenColumns > 0 ? "bottomRight" : setup.FrozenRows > 0 ? "bottomLeft" : "topRight";
            _xml.WriteStartElement("pane");
            if (setup.FrozenColumns > 0)
            {
                _xml.WriteAttributeString("xSplit", Ns.Int(setup.FrozenColumns));
            }

            if (setup.FrozenRows > 0)
            {
                _xml.WriteAttributeString("ySplit", Ns.Int(setup.FrozenRows));
            }

            _xml.WriteAttributeString("topLeftCell", topLeft);
            _xml.WriteAttributeString("activePane", pane);
            _xml.WriteAttributeString("state", "frozen");
            _xml.WriteEndElement();
            _xml.WriteStartElement("selection");
            _xml.WriteAttributeString("pane", pane);
            _xml.WriteAttributeString("activeCell", setup.ActiveCell ?? topLeft);
            _xml.WriteAttributeString("sqref", setup.ActiveCell ?? topLeft);
            _xml.WriteEndElement();
        }
        else if (setup.ActiveCell is not null)
        {
            _xml.WriteStartElement("selection");
            _xml.WriteAttributeString("activeCell", setup.ActiveCell);
            _xml.WriteAttributeString("sqref", setup.ActiveCell);
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();

        _xml.WriteStartElement("sheetFormatPr");
        _xml.WriteAttributeString("defaultRowHeight", "15");
        _xml.WriteEndElement();

        if (setup.ColumnWidths.Count > 0)
        {
            _xml.WriteStartElement("cols");
            for (var i = 0; i < setup.ColumnWidths.Count; i++)
            {
                _xml.WriteStartElement("col");
                _xml.WriteAttributeString("min", Ns.Int(i + 1));
                _xml.WriteAttributeString("max", Ns.Int(i + 1));
                _xml.WriteAttributeString("width", Ns.Number(setup.ColumnWidths[i]));
                if (setup.HiddenColumns.Contains(i + 1))
                {
                    _xml.WriteAttributeString("hidden", "1");
                }

                _xml.WriteAttributeString("customWidth", "1");
                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }
    }

    private void WriteValidation(Validation validation)
    {
        _xml.WriteStartElement("dataValidation");
        _xml.WriteAttributeString("type", validation.Type switch
        {
            ValidationType.TextLength => "textLength",
            _ => validation.Type.ToString().ToLowerInvariant(),
        });
        _xml.WriteAttributeString("errorStyle", "stop");
        if (validation.Operator is not null)
        {
            _xml.WriteAttributeString("operator", validation.Operator);
        }

        _xml.WriteAttributeString("allowBlank", "1");
        _xml.WriteAttributeString("showInputMessage", validation.Prompt is null ? "0" : "1");
        _xml.WriteAttributeString("showErrorMessage", "1");
        WriteOptional("errorTitle", validation.ErrorTitle);
        WriteOptional("error", validation.Error);
        WriteOptional("promptTitle", validation.PromptTitle);
        WriteOptional("prompt", validation.Prompt);
        _xml.WriteAttributeString("sqref", validation.Sqref);
        _xml.WriteElementString("formula1", Ns.Main, validation.Formula1);
        if (validation.Formula2 is not null)
        {
            _xml.WriteElementString("formula2", Ns.Main, validation.Formula2);
        }

        _xml.WriteEndElement();
    }

    private void WriteOptional(string name, string? value)
    {
        if (value is not null)
        {
            _xml.WriteAttributeString(name, value);
        }
    }
}

/// <summary>Escapes text for a cell the way SpreadsheetML expects, so that any string reads back unchanged.</summary>
internal static class XmlText
{
    public static string Escape(string text)
    {
        // "_xHHHH_" is the format's escape; a literal one is escaped by escaping its underscore.
        if (text.IndexOf("_", StringComparison.Ordinal) < 0 && !text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (NeedsEscape(c) || (c == '_' && IsEscapeAt(text, i)))
            {
                builder.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Undoes <see cref="Escape"/>: "_xHHHH_" back to its character.</summary>
    public static string Unescape(string text)
    {
        if (text.IndexOf("_x", StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && IsEscapeAt(text, i))
            {
                builder.Append((char)int.Parse(text.Substring(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 6;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    // Characters XML 1.0 cannot hold, and unpaired surrogates.
    private static bool NeedsEscape(char c) => (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';

    private static bool IsEscapeAt(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
        && Enumerable.Range(i + 2, 4).All(j => Uri.IsHexDigit(text[j]));
}
