using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml;
using SalesKpi.Sheets;
using SalesKpi.Layout;
using SalesKpi.Xlsx;

namespace SalesKpi.Filling;

/// <summary>
/// The workbook part: names grow with the data, the leaderboard's print area ends where the fresh
/// build's does, and programs are asked to recalculate on open.
/// </summary>
/// <param name="growth">How the ranges over the data grow.</param>
/// <param name="leaderboard">The leaderboard sheet's name in the template, if it has one.</param>
/// <param name="freshArea">The fresh build's leaderboard print area, if any.</param>
internal sealed class WorkbookRewrite(RangeGrowth growth, string? leaderboard, string? freshArea) : PartCopy
{
    // The workbook's elements that come after calcPr, where one has to be added.
    private static readonly HashSet<string> AfterCalculation = new(StringComparer.Ordinal)
    {
        "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
    };

    private int _sheets;
    private int _leaderboard = -1;
    private bool _printArea;
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
            if (leaderboard is not null && leaderboard == element.GetAttribute("name") && _leaderboard < 0)
            {
                _leaderboard = _sheets;
            }

            _sheets++;
        }
    }

    protected override bool RewritesText(XmlReader element)
    {
        if (!IsMain(element, "definedName", 2))
        {
            return false;
        }

        _printArea = element.GetAttribute("name") == Printing.AreaName && _leaderboard >= 0
            && int.TryParse(element.GetAttribute("localSheetId"), NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position == _leaderboard;
        return true;
    }

    /// <summary>
    /// A name, grown. The leaderboard prints a place per listed rep; the data may list more reps than
    /// the template did, so its print area ends where the fresh build's does. A print area a person set elsewhere stays.
    /// </summary>
    protected override string Text(string element, string text)
    {
        var grown = growth.Apply(text, null);
        return _printArea && Printing.LastRow(grown) >= LeaderboardArea.FirstRow && freshArea is not null && Printing.LastRow(freshArea) is { } last
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
