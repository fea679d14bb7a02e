using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using SalesKpi.Xlsx;

namespace SalesKpi.Filling;

/// <summary>
/// A sheet other than the data and KPI tables, rewritten in one pass from reader to writer: every
/// node stays as the template has it, in its own prefixes, except that references grow, each formula
/// cell takes the value the fresh build computed for it when the fresh build has the same formula in
/// that cell (any other loses its stale value, so programs show what they calculate), and the cells
/// in <paramref name="lists"/> take their text. Only one cell is held at a time.
/// </summary>
/// <param name="growth">How the ranges over the data grow.</param>
/// <param name="sheet">The sheet's name, for references without one.</param>
/// <param name="freshSheet">The fresh build's sheet of the same role, if any.</param>
/// <param name="lists">Text for cells by row and column, made where the template has none (the Settings lists).</param>
internal sealed class SheetCells(RangeGrowth growth, string sheet, XDocument? freshSheet, IReadOnlyDictionary<int, SortedDictionary<int, string>> lists) : PartCopy
{
    private static readonly Regex FormulaNoise = new(@"\s+|\$|'|_xlfn\.|\(\)", RegexOptions.CultureInvariant);
    private static readonly XNamespace Main = Ns.Main;

    private readonly Dictionary<string, XElement> _freshCells = freshSheet?.Descendants(Main + "c").Where(c => c.Attribute("r") is not null)
        .GroupBy(c => (string)c.Attribute("r")!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? new(StringComparer.Ordinal);

    private readonly Dictionary<string, (string Formula, int Row)> _freshShared = freshSheet is null ? new(StringComparer.Ordinal) : SharedMasters(freshSheet.Descendants(Main + "c"));
    private readonly Dictionary<string, (string Formula, int Row)> _templateShared = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, SortedDictionary<int, string>> _pendingRows = new(lists.ToDictionary(l => l.Key, l => new SortedDictionary<int, string>(l.Value)));

    private int _tableDepth = -1;
    private XNamespace _main = Main;
    private SortedDictionary<int, string>? _rowCells;
    private int _row;

    protected override bool Takes(PartReader part, XmlWriter xml)
    {
        var x = part.Xml;
        if (!Ns.IsMain(x.NamespaceURI))
        {
            return false;
        }

        if (x.LocalName == "sheetData")
        {
            _tableDepth = x.Depth;
            _main = x.NamespaceURI;
            if (!x.IsEmptyElement)
            {
                return false;
            }

            xml.WriteStartElement(x.Prefix, x.LocalName, x.NamespaceURI);
            XmlCopy.Attributes(x, xml, (name, ns, value) => Attribute("sheetData", name, ns, value));
            NewRowsBefore(xml, int.MaxValue);
            xml.WriteEndElement();
            return true;
        }

        if (x.LocalName == "row" && x.Depth == _tableDepth + 1)
        {
            _row = RowNumber(x.GetAttribute("r"));
            NewRowsBefore(xml, _row);
            _rowCells = _pendingRows.TryGetValue(_row, out var cells) ? cells : null;
            _pendingRows.Remove(_row);
            var empty = x.IsEmptyElement;
            xml.WriteStartElement(x.Prefix, x.LocalName, x.NamespaceURI);
            XmlCopy.Attributes(x, xml, (name, ns, value) => Attribute("row", name, ns, value));
            if (empty)
            {
                // An empty row the lists fill: their cells go inside it.
                NewCellsBefore(xml, int.MaxValue);
                xml.WriteEndElement();
                _rowCells = null;
            }

            return true;
        }

        if (x.LocalName == "c" && x.Depth == _tableDepth + 2)
        {
            var cell = Buffered.Read(part);
            var address = (string?)cell.Attribute("r");
            var column = address is not null && CellRef.TryParse(address, out var at) ? at.Column : 0;
            NewCellsBefore(xml, column);
            Fill(cell, column);
            Buffered.Write(cell, xml);
            return true;
        }

        return false;
    }

    protected override void Before(XmlReader node, XmlWriter xml)
    {
        if (node.NodeType == XmlNodeType.EndElement && node.Depth == _tableDepth + 1 && node.LocalName == "row")
        {
            NewCellsBefore(xml, int.MaxValue);
            _rowCells = null;
        }
        else if (node.NodeType == XmlNodeType.EndElement && node.Depth == _tableDepth && node.LocalName == "sheetData")
        {
            NewRowsBefore(xml, int.MaxValue);
        }
    }

    /// <summary>A formula, a validation's formula or an sqref held as text: its ranges grow.</summary>
    protected override bool RewritesText(XmlReader element) => IsReferenceText(element.LocalName);

    protected override string Text(string element, string text) => growth.Apply(text, sheet);

    /// <summary>Revision ids (xr2:uid and kin) go; sqref grows.</summary>
    protected override string? Attribute(string element, string name, string ns, string value) =>
        XmlCopy.IsRevisionId(ns) ? null
        : ns.Length == 0 && name == "sqref" ? growth.Apply(value, sheet)
        : value;

    /// <summary>
    /// A formula cell: its references grown, a shared formula Excel cannot share written out in full,
    /// and the fresh build's value where the fresh build has the same formula; a list cell: its text.
    /// </summary>
    private void Fill(XElement cell, int column)
    {
        if (cell.Element(_main + "f") is { } formula)
        {
            if (formula.Value.Length > 0)
            {
                formula.Value = growth.Apply(formula.Value, sheet);
            }

            if ((string?)formula.Attribute("t") == "shared" && formula.Value.Length > 0 && (string?)cell.Attribute("r") is { } master)
            {
                _templateShared[(string?)formula.Attribute("si") ?? ""] = (formula.Value, RowOf(master));
            }

            var text = FormulaOf(cell, formula, _templateShared);
            if ((string?)formula.Attribute("t") == "shared" && text is not null && !FormulaReferences.CanBeShared(text))
            {
                // Excel cannot share a formula that reads another sheet (templates made before this rule): each cell gets its own.
                formula.RemoveAttributes();
                formula.Value = text;
            }

            cell.Element(_main + "v")?.Remove();
            cell.Attribute("t")?.Remove();
            var computed = _freshCells.TryGetValue((string?)cell.Attribute("r") ?? "", out var found) ? found : null;
            if (computed is not null && text is not null && computed.Element(Main + "f") is { } freshFormula
                && FormulaOf(computed, freshFormula, _freshShared) is { } freshText && Same(text, freshText))
            {
                cell.SetAttributeValue("t", (string?)computed.Attribute("t"));
                if (computed.Element(Main + "v") is { } value)
                {
                    formula.AddAfterSelf(new XElement(_main + "v", value.Value));
                }
            }
        }

        if (_rowCells is not null && _rowCells.TryGetValue(column, out var listed))
        {
            _rowCells.Remove(column);
            cell.RemoveNodes();
            cell.SetAttributeValue("t", "inlineStr");
            cell.Add(InlineText(_main, listed));
        }
    }

    /// <summary>The list cells of this row left of <paramref name="column"/> that the template does not have.</summary>
    private void NewCellsBefore(XmlWriter xml, int column)
    {
        if (_rowCells is null)
        {
            return;
        }

        foreach (var made in _rowCells.Where(c => c.Key < column).ToList())
        {
            _rowCells.Remove(made.Key);
            Buffered.Write(new XElement(_main + "c", new XAttribute("r", CellRef.Relative(_row, made.Key)), new XAttribute("t", "inlineStr"), InlineText(_main, made.Value)), xml);
        }
    }

    /// <summary>The list rows before <paramref name="row"/> that the template does not have.</summary>
    private void NewRowsBefore(XmlWriter xml, int row)
    {
        foreach (var made in _pendingRows.Where(r => r.Key < row).ToList())
        {
            _pendingRows.Remove(made.Key);
            Buffered.Write(new XElement(_main + "row", new XAttribute("r", made.Key), made.Value.Select(c =>
                new XElement(_main + "c", new XAttribute("r", CellRef.Relative(made.Key, c.Key)), new XAttribute("t", "inlineStr"), InlineText(_main, c.Value)))), xml);
        }
    }

    private static XElement InlineText(XNamespace main, string text) =>
        new(main + "is", new XElement(main + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text));

    /// <summary>The first cell's formula and row of each shared formula, by index.</summary>
    private static Dictionary<string, (string Formula, int Row)> SharedMasters(IEnumerable<XElement> cells)
    {
        var masters = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            if (cell.Element(Main + "f") is { } formula && (string?)formula.Attribute("t") == "shared" && formula.Value.Length > 0 && (string?)cell.Attribute("r") is { } address)
            {
                masters[(string?)formula.Attribute("si") ?? ""] = (formula.Value, RowOf(address));
            }
        }

        return masters;
    }

    /// <summary>The formula a cell holds: its own text, or its shared formula's moved to its row.</summary>
    private static string? FormulaOf(XElement cell, XElement formula, Dictionary<string, (string Formula, int Row)> shared)
    {
        if (formula.Value.Length > 0)
        {
            return formula.Value;
        }

        return shared.TryGetValue((string?)formula.Attribute("si") ?? "", out var master) && (string?)cell.Attribute("r") is { } address
            ? MovedFormula.Rows(master.Formula, RowOf(address) - master.Row)
            : null;
    }

    private static bool Same(string template, string computed) =>
        string.Equals(Plain(template), Plain(computed), StringComparison.OrdinalIgnoreCase);

    /// <summary>A formula without what programs spell differently: spaces, $, sheet quotes, _xlfn., TRUE() for TRUE.</summary>
    private static string Plain(string formula) => FormulaNoise.Replace(formula, "");

    private static int RowOf(string? address) => address is not null && CellRef.TryParse(address, out var at) ? at.Row : 0;

    private static int RowNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
