using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml;
using SalesKpi.Layout;
using SalesKpi.Xlsx;

namespace SalesKpi.Filling;

/// <summary>
/// The data or KPI table of a template, rewritten in one pass from reader to writer: every node is
/// kept as the template has it, in its own prefixes, except the rows below the header, which become
/// the fresh build's rows in the style the template gives each column, and the ranges that cover the
/// data (formulas, validations, conditional formats, the dimension), which grow. No row is held longer
/// than it takes to copy it, so a template that is itself a filled workbook costs no more than a blank one.
/// </summary>
internal sealed class TableRows(RangeGrowth growth, string sheet)
{
    private readonly Dictionary<int, string> _styles = new();
    private int _lastShared = -1;

    /// <summary>Copies <paramref name="template"/> to <paramref name="xml"/>, taking the data rows from <paramref name="freshRows"/>.</summary>
    public void Write(PartReader template, Func<XmlReader> freshRows, XmlWriter xml)
    {
        var x = template.Xml;
        var tableDepth = -1;
        var prefix = "";
        var main = Ns.Main;
        var wroteRows = false;
        StringBuilder? text = null;
        var textDepth = -1;
        while (template.Read())
        {
            if (text is not null)
            {
                if (x.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                {
                    text.Append(x.Value);
                    continue;
                }

                // A formula, a validation's formula or an sqref held as text: its ranges grow.
                var whole = x.NodeType == XmlNodeType.EndElement && x.Depth == textDepth;
                xml.WriteString(whole ? growth.Apply(text.ToString(), sheet) : text.ToString());
                text = null;
            }

            if (x.NodeType == XmlNodeType.Element && Ns.IsMain(x.NamespaceURI))
            {
                switch (x.LocalName)
                {
                    case "col":
                        ColumnStyle(template);
                        break;
                    case "f" when int.TryParse(x.GetAttribute("si"), NumberStyles.None, CultureInfo.InvariantCulture, out var index):
                        _lastShared = Math.Max(_lastShared, index);
                        break;
                    case "sheetData":
                        tableDepth = x.Depth;
                        prefix = x.Prefix;
                        main = x.NamespaceURI;
                        if (x.IsEmptyElement)
                        {
                            xml.WriteStartElement(prefix, x.LocalName, x.NamespaceURI);
                            XmlCopy.Attributes(x, xml, Attribute(x.LocalName));
                            FreshRows(freshRows, xml, prefix, main);
                            xml.WriteEndElement();
                            wroteRows = true;
                            continue;
                        }

                        break;
                    case "row" when x.Depth == tableDepth + 1 && RowNumber(x) >= WorkbookLayout.FirstDataRow:
                        if (RowNumber(x) == WorkbookLayout.FirstDataRow)
                        {
                            FirstRowStyles(template);
                        }
                        else
                        {
                            template.Skip();
                        }

                        continue;
                }
            }

            if (x.NodeType == XmlNodeType.EndElement && x.Depth == tableDepth && x.LocalName == "sheetData")
            {
                FreshRows(freshRows, xml, prefix, main);
                xml.WriteFullEndElement();
                wroteRows = true;
                continue;
            }

            var name = x.LocalName;
            XmlCopy.Node(x, xml, x.NodeType == XmlNodeType.Element ? Attribute(name) : null);
            if (x.NodeType == XmlNodeType.Element && !x.IsEmptyElement && name is "f" or "formula" or "formula1" or "formula2" or "sqref")
            {
                text = new StringBuilder();
                textDepth = x.Depth;
            }
        }

        if (!wroteRows)
        {
            throw XlsxParts.Damaged(template.Part, $"The template's sheet {sheet} has no cells.");
        }

        xml.WriteEndDocument();
    }

    /// <summary>An element's attributes as rewritten: revision ids go, sqref and the dimension grow.</summary>
    private Func<string, string, string, string?> Attribute(string element) => (name, ns, value) =>
        XmlCopy.IsRevisionId(ns) ? null
        : ns.Length > 0 ? value
        : name == "sqref" ? growth.Apply(value, sheet)
        : element == "dimension" && name == "ref" ? Dimension(value)
        : value;

    private string Dimension(string value)
    {
        var ends = value.Split(':');
        return ends.Length == 2 && CellRef.TryParse(new string(ends[1].Where(c => c != '$').ToArray()), out var last)
            ? ends[0] + ":" + CellRef.Relative(growth.NewLastRow, last.Column)
            : value;
    }

    /// <summary>A column's own style, for the columns it spans.</summary>
    private void ColumnStyle(PartReader template)
    {
        var x = template.Xml;
        if (x.GetAttribute("style") is not { } style)
        {
            return;
        }

        if (!int.TryParse(x.GetAttribute("min"), NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            || !int.TryParse(x.GetAttribute("max"), NumberStyles.None, CultureInfo.InvariantCulture, out var max))
        {
            throw XlsxParts.Damaged(template.Part, $"Part {template.Part} has a column range without a valid min and max (min=\"{x.GetAttribute("min")}\", max=\"{x.GetAttribute("max")}\").");
        }

        for (var c = Math.Max(min, 1); c <= Math.Min(max, 16384); c++)
        {
            _styles[c] = style;
        }
    }

    /// <summary>Reads past the template's first data row, keeping the style of each of its cells for its column.</summary>
    private void FirstRowStyles(PartReader template)
    {
        var x = template.Xml;
        if (x.IsEmptyElement)
        {
            return;
        }

        var depth = x.Depth;
        while (template.Read() && !(x.NodeType == XmlNodeType.EndElement && x.Depth == depth))
        {
            if (x.NodeType == XmlNodeType.Element && x.Depth == depth + 1 && template.IsElement("c")
                && x.GetAttribute("r") is { } address && x.GetAttribute("s") is { } style)
            {
                _styles[CellRef.TryParse(address, out var at) ? at.Column
                    : throw XlsxParts.Damaged(template.Part, $"Part {template.Part} has a cell at \"{address}\", which is no cell address.")] = style;
            }
        }
    }

    /// <summary>The fresh build's rows below the header, in the template's namespace, prefix and column styles, shared formulas numbered past the template's own.</summary>
    private void FreshRows(Func<XmlReader> open, XmlWriter xml, string prefix, string main)
    {
        using var fresh = open();
        while (fresh.Read())
        {
            if (fresh.NodeType == XmlNodeType.Element && fresh.LocalName == "row" && Ns.IsMain(fresh.NamespaceURI) && RowNumber(fresh) >= WorkbookLayout.FirstDataRow)
            {
                FreshRow(fresh, xml, prefix, main);
            }
        }
    }

    private void FreshRow(XmlReader fresh, XmlWriter xml, string prefix, string main)
    {
        var rowDepth = fresh.Depth;
        xml.WriteStartElement(prefix, "row", main);
        xml.WriteAttributeString("r", fresh.GetAttribute("r"));
        if (fresh.IsEmptyElement)
        {
            xml.WriteEndElement();
            return;
        }

        var sharedOffset = _lastShared + 1;
        while (fresh.Read() && !(fresh.NodeType == XmlNodeType.EndElement && fresh.Depth == rowDepth))
        {
            if (fresh.NodeType != XmlNodeType.Element)
            {
                XmlCopy.Node(fresh, xml);
                continue;
            }

            var name = fresh.LocalName;
            var empty = fresh.IsEmptyElement;
            var inMain = Ns.IsMain(fresh.NamespaceURI);
            xml.WriteStartElement(inMain ? prefix : fresh.Prefix, name, inMain ? main : fresh.NamespaceURI);
            if (name == "c")
            {
                var address = fresh.GetAttribute("r")!;
                xml.WriteAttributeString("r", address);
                if (_styles.TryGetValue(CellRef.Parse(address).Column, out var style))
                {
                    xml.WriteAttributeString("s", style);
                }

                if (fresh.GetAttribute("t") is { } type)
                {
                    xml.WriteAttributeString("t", type);
                }
            }
            else
            {
                XmlCopy.Attributes(fresh, xml, (attribute, ns, value) =>
                    name == "f" && attribute == "si" && ns.Length == 0
                        ? (int.Parse(value, CultureInfo.InvariantCulture) + sharedOffset).ToString(CultureInfo.InvariantCulture)
                        : value);
            }

            if (empty)
            {
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
    }

    private static int RowNumber(XmlReader row) =>
        int.TryParse(row.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
