using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml;
using SalesKpi.Sheets;
using SalesKpi.Xlsx;

namespace SalesKpi.Filling;

/// <summary>
/// The workbook part: names grow with the data, the print areas of the leaderboard and the data end
/// where the fresh build's do, and programs are asked to recalculate on open.
/// </summary>
/// <param name="growth">How the ranges over the data grow.</param>
/// <param name="areas">By the template's sheet name: the fresh build's print area, and the first row an area must reach to be the library's.</param>
internal sealed class WorkbookRewrite(RangeGrowth growth, IReadOnlyDictionary<string, (string FreshArea, int FirstRow)> areas) : PartCopy
{
    // The workbook's elements that come after calcPr, where one has to be added.
    private static readonly HashSet<string> AfterCalculation = new(StringComparer.Ordinal)
    {
        "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
    };

    private readonly List<string> _sheets = new();
    private bool _calculation;

    protected override string? Attribute(string element, string name, string ns, string value) =>
        element == "calcPr" && name == "fullCalcOnLoad" && ns.Length == 0 ? null : value;

    protected override void MoreAttributes(XmlReader element, XmlWriter xml)
    {
        if (IsMain(element, "calcPr", 1))
        {
            xml.WriteAttributeString("fullCalcOnLoad", "1");
            _calculation = true;
        }
        else if (IsMain(element, "sheet", 2))
        {
            _sheets.Add(element.GetAttribute("name") ?? "");
        }
    }

    /// <summary>
    /// A name, grown. The leaderboard prints a place per listed rep and the data a row per record; the
    /// data may bring more of both than the template had, so their print areas end where the fresh
    /// build's do. A print area a person set elsewhere stays.
    /// </summary>
    protected override Func<string, string>? TextRewrite(XmlReader element)
    {
        if (!IsMain(element, "definedName", 2))
        {
            return null;
        }

        var printArea = element.GetAttribute("name") == Printing.AreaName
            && int.TryParse(element.GetAttribute("localSheetId"), NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position < _sheets.Count
            && areas.TryGetValue(_sheets[position], out var area) ? area : ((string FreshArea, int FirstRow)?)null;
        return text =>
        {
            var grown = growth.Apply(text, null);
            return printArea is { } library && Printing.LastRow(grown) >= library.FirstRow && Printing.LastRow(library.FreshArea) is { } last
                ? Printing.WithLastRow(grown, last)
                : grown;
        };
    }

    protected override void Before(XmlReader node, XmlWriter xml)
    {
        var due = node.NodeType == XmlNodeType.EndElement ? node.Depth == 0 : node.Depth == 1 && Ns.IsMain(node.NamespaceURI) && AfterCalculation.Contains(node.LocalName);
        if (!_calculation && due)
        {
            xml.WriteStartElement(node.Depth == 0 ? node.Prefix : xml.LookupPrefix(node.NamespaceURI) ?? "", "calcPr", Ns.IsMain(node.NamespaceURI) ? node.NamespaceURI : Ns.Main);
            xml.WriteAttributeString("fullCalcOnLoad", "1");
            xml.WriteEndElement();
            _calculation = true;
        }
    }

    private static bool IsMain(XmlReader element, string name, int depth) =>
        element.Depth == depth && element.LocalName == name && Ns.IsMain(element.NamespaceURI);
}

/// <summary>
/// A worksheet rewritten in one pass from reader to writer: every node stays as the template has it,
/// in its own prefixes, except that the ranges over the data grow (in formulas, validations,
/// conditional formats, filters) and revision ids go. A subclass takes the rows it changes, and writes
/// what it adds where the sheet's rows end.
/// </summary>
/// <param name="growth">How the ranges over the data grow.</param>
/// <param name="sheet">The sheet's name, for references without one.</param>
internal abstract class SheetRewrite(RangeGrowth growth, string sheet) : PartCopy
{
    protected string Sheet => sheet;

    /// <summary>The last row of the data once filled.</summary>
    protected int NewLastRow => growth.NewLastRow;

    /// <summary>The depth of sheetData, once the reader has reached it: rows lie one deeper, cells two.</summary>
    protected int RowsDepth { get; private set; } = -1;

    /// <summary>The prefix the template gives SpreadsheetML's elements, as on its sheetData.</summary>
    protected string Prefix { get; private set; } = "";

    /// <summary>The namespace of SpreadsheetML the template uses, as on its sheetData.</summary>
    protected string Main { get; private set; } = Ns.Main;

    protected sealed override bool Takes(PartReader part, XmlWriter xml)
    {
        var x = part.Xml;
        if (!Ns.IsMain(x.NamespaceURI))
        {
            return false;
        }

        if (x.LocalName != "sheetData")
        {
            return TakesMain(part, xml);
        }

        RowsDepth = x.Depth;
        Prefix = x.Prefix;
        Main = x.NamespaceURI;
        if (!x.IsEmptyElement)
        {
            return false;
        }

        WriteStart(x, xml);
        EndOfRows(xml);
        xml.WriteEndElement();
        return true;
    }

    /// <summary>As <see cref="PartCopy.Takes"/>, for an element of SpreadsheetML other than sheetData.</summary>
    protected virtual bool TakesMain(PartReader part, XmlWriter xml) => false;

    /// <summary>Writes what goes after the template's last row, inside sheetData.</summary>
    protected abstract void EndOfRows(XmlWriter xml);

    protected override void Before(XmlReader node, XmlWriter xml)
    {
        if (IsEnd(node, RowsDepth, "sheetData"))
        {
            EndOfRows(xml);
        }
    }

    /// <summary>A formula, a validation's formula or an sqref held as text: its ranges grow.</summary>
    protected override Func<string, string>? TextRewrite(XmlReader element) =>
        element.LocalName is "f" or "formula" or "formula1" or "formula2" or "sqref" ? Grow : null;

    /// <summary>Revision ids go; the ranges over the data grow.</summary>
    protected override string? Attribute(string element, string name, string ns, string value) =>
        IsRevisionId(ns) ? null : IsRangeAttribute(element, name, ns) ? Grow(value) : value;

    /// <summary>
    /// Whether an attribute is a range the rows can outgrow: an sqref, or the ref of a table, a filter
    /// a person set or the sort it remembers (in a table part or a worksheet).
    /// </summary>
    public static bool IsRangeAttribute(string element, string name, string ns) =>
        ns.Length == 0 && (name == "sqref" || (name == "ref" && element is "table" or "autoFilter" or "sortState" or "sortCondition"));

    /// <summary>A formula, sqref or reference of this sheet with its data ranges grown.</summary>
    protected string Grow(string text) => growth.Apply(text, sheet);

    protected static bool IsEnd(XmlReader node, int depth, string name) =>
        node.NodeType == XmlNodeType.EndElement && node.Depth == depth && node.LocalName == name;

    protected static int RowNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
}

/// <summary>A table a person made over the data or KPI rows: its range, filter and remembered sort grow with the rows.</summary>
/// <param name="growth">How the ranges over the data grow.</param>
/// <param name="sheet">The sheet the table lies on: its references name none.</param>
internal sealed class TableRewrite(RangeGrowth growth, string sheet) : PartCopy
{
    protected override string? Attribute(string element, string name, string ns, string value) =>
        SheetRewrite.IsRangeAttribute(element, name, ns) ? growth.Apply(value, sheet) : value;
}

/// <summary>A chart that is not the library's own over the same cells: its references grow.</summary>
internal sealed class ChartRewrite(RangeGrowth growth) : PartCopy
{
    /// <summary>A chart's references, in order: the same text for the same chart over the same cells.</summary>
    public static string References(PartReader chart)
    {
        var text = new StringBuilder();
        while (chart.Read())
        {
            if (chart.Xml.NodeType == XmlNodeType.Element && chart.Xml.LocalName == "f")
            {
                text.Append('|');
                chart.ReadText(text, int.MaxValue);
            }
        }

        return text.ToString();
    }

    protected override Func<string, string>? TextRewrite(XmlReader element) =>
        element.LocalName == "f" ? text => growth.Apply(text, null) : null;
}
