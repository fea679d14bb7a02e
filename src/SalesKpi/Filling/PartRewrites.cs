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
    private (string FreshArea, int FirstRow)? _printArea;
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

    protected override bool RewritesText(XmlReader element)
    {
        if (!IsMain(element, "definedName", 2))
        {
            return false;
        }

        _printArea = element.GetAttribute("name") == Printing.AreaName
            && int.TryParse(element.GetAttribute("localSheetId"), NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position < _sheets.Count
            && areas.TryGetValue(_sheets[position], out var area) ? area : null;
        return true;
    }

    /// <summary>
    /// A name, grown. The leaderboard prints a place per listed rep and the data a row per record; the
    /// data may bring more of both than the template had, so their print areas end where the fresh
    /// build's do. A print area a person set elsewhere stays.
    /// </summary>
    protected override string Text(string element, string text)
    {
        var grown = growth.Apply(text, null);
        return _printArea is { } area && Printing.LastRow(grown) >= area.FirstRow && Printing.LastRow(area.FreshArea) is { } last
            ? Printing.WithLastRow(grown, last)
            : grown;
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

/// <summary>A table a person made over the data or KPI rows: its range, filter and remembered sort grow with the rows.</summary>
/// <param name="growth">How the ranges over the data grow.</param>
/// <param name="sheet">The sheet the table lies on: its references name none.</param>
internal sealed class TableRewrite(RangeGrowth growth, string sheet) : PartCopy
{
    /// <summary>Elements whose ref is a range of cells a filter or table covers, in a table part or a worksheet.</summary>
    public static bool IsFilterRange(string element) => element is "table" or "autoFilter" or "sortState" or "sortCondition";

    protected override string? Attribute(string element, string name, string ns, string value) =>
        ns.Length == 0 && name == "ref" && IsFilterRange(element) ? growth.Apply(value, sheet) : value;
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

    protected override bool RewritesText(XmlReader element) => element.LocalName == "f";

    protected override string Text(string element, string text) => growth.Apply(text, null);
}
