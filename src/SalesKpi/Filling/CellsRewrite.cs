using System;
using System.Collections.Generic;
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
/// of the Settings lists take the fresh build's text. Only one cell is held at a time.
/// </summary>
internal sealed class CellsRewrite : SheetRewrite
{
    private static readonly Regex FormulaNoise = new(@"\s+|\$|'|_xlfn\.|\(\)", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, XElement> _freshCells = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Formula, int Row)> _freshShared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Formula, int Row)> _templateShared = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, SortedDictionary<int, string>> _pendingRows = new();

    private SortedDictionary<int, string>? _rowCells;
    private int _row;

    /// <param name="growth">How the ranges over the data grow.</param>
    /// <param name="sheet">The sheet's name, for references without one.</param>
    /// <param name="freshSheet">The fresh build's sheet of the same role, if any.</param>
    /// <param name="lists">The Settings lists on this sheet: each takes every team, location or rep the fresh build listed, the template's and the data's.</param>
    public CellsRewrite(RangeGrowth growth, string sheet, XDocument? freshSheet, IEnumerable<SheetRange> lists)
        : base(growth, sheet)
    {
        foreach (var cell in freshSheet?.Descendants(Markup.Main + "c") ?? Enumerable.Empty<XElement>())
        {
            if ((string?)cell.Attribute("r") is { } address && !_freshCells.ContainsKey(address))
            {
                _freshCells[address] = cell;
            }

            if (cell.Element(Markup.Main + "f") is { } formula)
            {
                RememberShared(_freshShared, cell, formula);
            }
        }

        foreach (var list in lists)
        {
            for (var row = list.FirstRow; row <= list.LastRow; row++)
            {
                if (_freshCells.TryGetValue(CellRef.Relative(row, list.FirstColumn), out var computed) && ValueOf(computed) is string { Length: > 0 } text)
                {
                    if (!_pendingRows.TryGetValue(row, out var cells))
                    {
                        cells = new SortedDictionary<int, string>();
                        _pendingRows[row] = cells;
                    }

                    cells[list.FirstColumn] = text;
                }
            }
        }
    }

    protected override bool TakesMain(PartReader part, XmlWriter xml)
    {
        var x = part.Xml;
        if (x.LocalName == "row" && x.Depth == RowsDepth + 1)
        {
            _row = RowNumber(x.GetAttribute("r"));
            NewRowsBefore(xml, _row);
            _rowCells = _pendingRows.TryGetValue(_row, out var cells) ? cells : null;
            _pendingRows.Remove(_row);
            var empty = x.IsEmptyElement;
            WriteStart(x, xml);
            if (empty)
            {
                // An empty row the lists fill: their cells go inside it.
                NewCellsBefore(xml, int.MaxValue);
                xml.WriteEndElement();
                _rowCells = null;
            }

            return true;
        }

        if (x.LocalName == "c" && x.Depth == RowsDepth + 2)
        {
            var cell = ReadElement(part);
            var column = CellRef.TryParse((string?)cell.Attribute("r") ?? "", out var at) ? at.Column : 0;
            NewCellsBefore(xml, column);
            Fill(cell, column);
            WriteElement(cell, xml);
            return true;
        }

        return false;
    }

    protected override void Before(XmlReader node, XmlWriter xml)
    {
        if (IsEnd(node, RowsDepth + 1, "row"))
        {
            NewCellsBefore(xml, int.MaxValue);
            _rowCells = null;
        }

        base.Before(node, xml);
    }

    protected override void EndOfRows(XmlWriter xml) => NewRowsBefore(xml, int.MaxValue);

    /// <summary>
    /// A formula cell: its references grown, a shared formula Excel cannot share written out in full,
    /// and the fresh build's value where the fresh build has the same formula; a list cell: its text.
    /// </summary>
    private void Fill(XElement cell, int column)
    {
        XNamespace main = Main;
        if (cell.Element(main + "f") is { } formula)
        {
            if (formula.Value.Length > 0)
            {
                formula.Value = Grow(formula.Value);
            }

            RememberShared(_templateShared, cell, formula);
            var text = FormulaOf(cell, formula, _templateShared);
            if ((string?)formula.Attribute("t") == "shared" && text is not null && !FormulaReferences.CanBeShared(text))
            {
                // Excel cannot share a formula that reads another sheet (templates made before this rule): each cell gets its own.
                formula.RemoveAttributes();
                formula.Value = text;
            }

            cell.Element(main + "v")?.Remove();
            cell.Attribute("t")?.Remove();
            var computed = _freshCells.TryGetValue((string?)cell.Attribute("r") ?? "", out var found) ? found : null;
            if (computed is not null && text is not null && computed.Element(Markup.Main + "f") is { } freshFormula
                && FormulaOf(computed, freshFormula, _freshShared) is { } freshText && Same(text, freshText))
            {
                cell.SetAttributeValue("t", (string?)computed.Attribute("t"));
                if (computed.Element(Markup.Main + "v") is { } value)
                {
                    formula.AddAfterSelf(new XElement(main + "v", value.Value));
                }
            }
        }

        if (_rowCells is not null && _rowCells.TryGetValue(column, out var listed))
        {
            _rowCells.Remove(column);
            cell.RemoveNodes();
            cell.SetAttributeValue("t", "inlineStr");
            cell.Add(InlineText(listed));
        }
    }

    /// <summary>The list cells of this row left of <paramref name="column"/> that the template does not have.</summary>
    private void NewCellsBefore(XmlWriter xml, int column)
    {
        foreach (var made in _rowCells?.Where(c => c.Key < column).ToList() ?? new())
        {
            _rowCells!.Remove(made.Key);
            WriteElement(ListCell(_row, made.Key, made.Value), xml);
        }
    }

    /// <summary>The list rows before <paramref name="row"/> that the template does not have.</summary>
    private void NewRowsBefore(XmlWriter xml, int row)
    {
        foreach (var made in _pendingRows.Where(r => r.Key < row).ToList())
        {
            _pendingRows.Remove(made.Key);
            WriteElement(new XElement(XNamespace.Get(Main) + "row", new XAttribute("r", made.Key), made.Value.Select(c => ListCell(made.Key, c.Key, c.Value))), xml);
        }
    }

    private XElement ListCell(int row, int column, string text) =>
        new(XNamespace.Get(Main) + "c", new XAttribute("r", CellRef.Relative(row, column)), new XAttribute("t", "inlineStr"), InlineText(text));

    private XElement InlineText(string text)
    {
        XNamespace main = Main;
        return new(main + "is", new XElement(main + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text));
    }

    /// <summary>Notes the formula and row of a shared formula's first cell, by index: the cells sharing it move it to their rows.</summary>
    private static void RememberShared(Dictionary<string, (string Formula, int Row)> shared, XElement cell, XElement formula)
    {
        if ((string?)formula.Attribute("t") == "shared" && formula.Value.Length > 0 && (string?)cell.Attribute("r") is { } address)
        {
            shared[(string?)formula.Attribute("si") ?? ""] = (formula.Value, RowOf(address));
        }
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

    /// <summary>What a cell of the fresh build holds, through the one cell decoder: a number, text, an error, or null where it is blank.</summary>
    private static object? ValueOf(XElement cell)
    {
        var inline = cell.Element(Markup.Main + "is") is { } rich
            ? string.Concat(rich.Descendants(Markup.Main + "t").Where(t => !t.Ancestors(Markup.Main + "rPh").Any()).Select(t => Xlsx.XmlText.Unescape(t.Value)))
            : null;
        var value = CellText.Decode((string?)cell.Attribute("t"), (string?)cell.Element(Markup.Main + "v"), inline, cell.Element(Markup.Main + "f") is not null, SharedStrings.None);
        return value.Problem is null ? value.Number ?? (object?)value.Text ?? value.Error : null;
    }

    /// <summary>Whether two formulas are the same but for what programs spell differently: spaces, $, sheet quotes, _xlfn., TRUE() for TRUE.</summary>
    private static bool Same(string template, string computed) =>
        string.Equals(FormulaNoise.Replace(template, ""), FormulaNoise.Replace(computed, ""), StringComparison.OrdinalIgnoreCase);

    private static int RowOf(string address) => CellRef.TryParse(address, out var at) ? at.Row : 0;
}
