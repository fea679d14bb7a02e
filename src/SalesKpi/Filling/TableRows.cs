using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
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
internal sealed class TableRows(RangeGrowth growth, string sheet, Func<XmlReader> freshRows) : SheetRewrite(growth, sheet)
{
    private readonly Dictionary<int, string> _styles = new();
    private int _lastShared = -1;
    private bool _wroteRows;

    /// <summary>Copies <paramref name="template"/> to <paramref name="output"/>, taking the data rows from the fresh build.</summary>
    public override void Copy(PartReader template, Stream output)
    {
        base.Copy(template, output);
        if (!_wroteRows)
        {
            throw XlsxParts.Damaged(template.Part, $"The template's sheet {Sheet} has no cells.");
        }
    }

    protected override bool TakesMain(PartReader part, XmlWriter xml)
    {
        var x = part.Xml;
        switch (x.LocalName)
        {
            case "col":
                ColumnStyle(part);
                return false;
            case "f" when int.TryParse(x.GetAttribute("si"), NumberStyles.None, CultureInfo.InvariantCulture, out var index):
                _lastShared = Math.Max(_lastShared, index);
                return false;
            case "row" when x.Depth == RowsDepth + 1 && RowNumber(x.GetAttribute("r")) >= WorkbookLayout.FirstDataRow:
                if (RowNumber(x.GetAttribute("r")) == WorkbookLayout.FirstDataRow)
                {
                    FirstRowStyles(part);
                }
                else
                {
                    part.Skip();
                }

                return true;
            default:
                return false;
        }
    }

    protected override void EndOfRows(XmlWriter xml) => FreshRows(xml);

    /// <summary>As every sheet's, and the dimension grows.</summary>
    protected override string? Attribute(string element, string name, string ns, string value) =>
        element == "dimension" && name == "ref" && ns.Length == 0 ? Dimension(value) : base.Attribute(element, name, ns, value);

    private string Dimension(string value)
    {
        var ends = value.Split(':');
        return ends.Length == 2 && CellRef.TryParse(new string(ends[1].Where(c => c != '$').ToArray()), out var last)
            ? ends[0] + ":" + CellRef.Relative(NewLastRow, last.Column)
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
    private void FreshRows(XmlWriter xml)
    {
        _wroteRows = true;
        using var fresh = freshRows();
        while (fresh.Read())
        {
            if (fresh.NodeType == XmlNodeType.Element && fresh.LocalName == "row" && Ns.IsMain(fresh.NamespaceURI) && RowNumber(fresh.GetAttribute("r")) >= WorkbookLayout.FirstDataRow)
            {
                FreshRow(fresh, xml);
            }
        }
    }

    private void FreshRow(XmlReader fresh, XmlWriter xml)
    {
        var rowDepth = fresh.Depth;
        xml.WriteStartElement(Prefix, "row", Main);
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
                CopyNode(fresh, xml);
                continue;
            }

            var name = fresh.LocalName;
            var empty = fresh.IsEmptyElement;
            var inMain = Ns.IsMain(fresh.NamespaceURI);
            xml.WriteStartElement(inMain ? Prefix : fresh.Prefix, name, inMain ? Main : fresh.NamespaceURI);
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
                CopyAttributes(fresh, xml, (attribute, ns, value) =>
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
}
