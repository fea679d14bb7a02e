using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using static SalesKpi.Xlsx.Markup;

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
        Write(Setup(setup));
        xml.WriteStartElement("sheetData");
    }

    public void StartRow(int row, double? height = null)
    {
        EndRow();
        _row = row;
        _xml.WriteStartElement("row");
        _xml.WriteAttributeString("r", Ns.Int(row));
        _xml.WriteOptionalAttribute("ht", height is { } h ? Ns.Number(h) : null);
        _xml.WriteOptionalAttribute("customHeight", height is null ? null : "1");

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
        WriteText("t", text);
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
            _xml.WriteOptionalAttribute("ref", share.First ? share.Range : null);
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
                WriteText("v", cached.Text!);
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
        Write(Tail(tail));
        _xml.WriteEndElement(); // worksheet
    }

    private void Write(IEnumerable<XElement?> elements)
    {
        foreach (var element in elements)
        {
            element?.WriteTo(_xml);
        }
    }

    /// <summary>What comes before the rows: tab colour, view (frozen panes, the selected cell), row height, columns.</summary>
    private static IEnumerable<XElement?> Setup(SheetSetup setup)
    {
        var frozen = setup.FrozenRows > 0 || setup.FrozenColumns > 0;
        var topLeft = CellRef.Relative(setup.FrozenRows + 1, setup.FrozenColumns + 1);
        var pane = setup.FrozenRows > 0 && setup.FrozenColumns > 0 ? "bottomRight" : setup.FrozenRows > 0 ? "bottomLeft" : "topRight";
        var active = setup.ActiveCell ?? (frozen ? topLeft : null);
        yield return Element("sheetPr",
            setup.TabColor is null ? null : Element("tabColor", new XAttribute("rgb", "FF" + setup.TabColor)),
            setup.Print is null ? null : Element("pageSetUpPr", new XAttribute("fitToPage", "1")));
        yield return Element("sheetViews", Element("sheetView",
            Attributes(("showGridLines", setup.ShowGridLines ? null : "0"), ("tabSelected", setup.Selected ? "1" : null), ("workbookViewId", "0")),
            !frozen ? null : Element("pane", Attributes(
                ("xSplit", setup.FrozenColumns > 0 ? Ns.Int(setup.FrozenColumns) : null),
                ("ySplit", setup.FrozenRows > 0 ? Ns.Int(setup.FrozenRows) : null),
                ("topLeftCell", topLeft),
                ("activePane", pane),
                ("state", "frozen"))),
            active is null ? null : Element("selection", Attributes(("pane", frozen ? pane : null), ("activeCell", active), ("sqref", active)))));
        yield return Element("sheetFormatPr", new XAttribute("defaultRowHeight", "15"));
        yield return setup.ColumnWidths.Count == 0 ? null : Element("cols", setup.ColumnWidths.Select((width, i) => Element("col", Attributes(
            ("min", Ns.Int(i + 1)),
            ("max", Ns.Int(i + 1)),
            ("width", Ns.Number(width)),
            ("hidden", setup.HiddenColumns.Contains(i + 1) ? "1" : null),
            ("customWidth", "1")))));
    }

    /// <summary>What comes after the rows, in the order the format wants.</summary>
    private IEnumerable<XElement?> Tail(SheetTail tail)
    {
        yield return Element("sheetProtection", Attributes(
            ("password", tail.PasswordHash),
            ("sheet", "1"),
            ("objects", "1"),
            ("scenarios", "1"),
            ("formatColumns", "0"),
            ("formatRows", "0")));
        yield return tail.Merges.Count == 0 ? null : Counted("mergeCells", tail.Merges.Select(merge => Element("mergeCell", new XAttribute("ref", merge))));
        for (var i = 0; i < tail.ConditionalFormats.Count; i++)
        {
            var format = tail.ConditionalFormats[i];
            yield return Element("conditionalFormatting",
                new XAttribute("sqref", format.Sqref),
                Element("cfRule",
                    Attributes(("type", "expression"), ("dxfId", Ns.Int(format.DiffStyleId)), ("priority", Ns.Int(i + 1))),
                    Element("formula", format.Formula)));
        }

        yield return tail.Validations.Count == 0 ? null : Counted("dataValidations", tail.Validations.Select(Validation));
        yield return _print is { Centered: true } ? Element("printOptions", new XAttribute("horizontalCentered", "1")) : null;
        yield return Element("pageMargins", Attributes(("left", "0.5"), ("right", "0.5"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3")));

        // As Excel writes it: A4, and only what differs from the defaults (one page wide, one tall, portrait).
        yield return _print is not { } print ? null : Element("pageSetup", Attributes(
            ("paperSize", "9"),
            ("fitToWidth", print.PagesWide != 1 ? Ns.Int(print.PagesWide) : null),
            ("fitToHeight", print.PagesTall != 1 ? Ns.Int(print.PagesTall) : null),
            ("orientation", print.Landscape ? "landscape" : null)));
        yield return tail.DrawingId is null ? null : Element("drawing", RelationshipId(tail.DrawingId));
        yield return tail.Sparklines.Count == 0 ? null : Sparklines(tail.Sparklines);
    }

    private static XElement Validation(Validation validation) =>
        Element("dataValidation",
            Attributes(
                ("type", validation.Type == ValidationType.TextLength ? "textLength" : validation.Type.ToString().ToLowerInvariant()),
                ("errorStyle", "stop"),
                ("operator", validation.Operator),
                ("allowBlank", "1"),
                ("showInputMessage", validation.Prompt is null ? "0" : "1"),
                ("showErrorMessage", "1"),
                ("errorTitle", validation.ErrorTitle),
                ("error", validation.Error),
                ("promptTitle", validation.PromptTitle),
                ("prompt", validation.Prompt),
                ("sqref", validation.Sqref)),
            Element("formula1", validation.Formula1),
            validation.Formula2 is null ? null : Element("formula2", validation.Formula2));

    /// <summary>Sparklines live in an Excel 2010 extension; programs that do not know it skip it.</summary>
    private static XElement Sparklines(IReadOnlyList<Sparkline> sparklines)
    {
        XNamespace x14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
        XNamespace xm = "http://schemas.microsoft.com/office/excel/2006/main";
        var colors = new (string Element, string Rgb)[]
        {
            ("colorSeries", "FF2E75B6"), ("colorNegative", "FFC00000"), ("colorAxis", "FF000000"), ("colorMarkers", "FF1F4E79"),
            ("colorFirst", "FF1F4E79"), ("colorLast", "FF1F4E79"), ("colorHigh", "FF548235"), ("colorLow", "FFC00000"),
        };
        return Element("extLst", Element("ext",
            new XAttribute("uri", "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"),
            Declare("x14", x14),
            new XElement(x14 + "sparklineGroups",
                Declare("xm", xm),
                new XElement(x14 + "sparklineGroup",
                    Attributes(("lineWeight", "1.5"), ("displayEmptyCellsAs", "gap"), ("markers", "1")),
                    colors.Select(color => new XElement(x14 + color.Element, new XAttribute("rgb", color.Rgb))),
                    new XElement(x14 + "sparklines", sparklines.Select(sparkline => new XElement(x14 + "sparkline",
                        new XElement(xm + "f", sparkline.Source),
                        new XElement(xm + "sqref", sparkline.Cell))))))));
    }

    /// <summary>An element of text that reads back unchanged, its outer white space marked as meant.</summary>
    private void WriteText(string element, string text)
    {
        _xml.WriteStartElement(element);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1])))
        {
            _xml.WriteAttributeString("xml", "space", null, "preserve");
        }

        _xml.WriteString(XmlText.Escape(text));
        _xml.WriteEndElement();
    }

    private void StartCell(int column, int style, string? type)
    {
        _xml.WriteStartElement("c");
        _xml.WriteAttributeString("r", CellRef.Relative(_row, column));
        _xml.WriteOptionalAttribute("s", style == 0 ? null : Ns.Int(style));
        _xml.WriteOptionalAttribute("t", type);
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
