using System;
using System.Collections.Generic;
using System.Xml;

namespace SalesKpi.Xlsx;

/// <summary>The package-level parts a rewrite of a whole workbook treats by name, wherever the program that made it put the rest.</summary>
internal static class PackageParts
{
    public const string ContentTypes = "[Content_Types].xml";
    public const string Workbook = "xl/workbook.xml";
    public const string WorkbookRelationships = "xl/_rels/workbook.xml.rels";
    public const string CalculationChain = "xl/calcChain.xml";

    public const string ChartContent = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

    public static bool Is(string path, string part) => path.TrimStart('/').Equals(part, StringComparison.OrdinalIgnoreCase);

    /// <summary>The chart parts a package's content types name.</summary>
    public static HashSet<string> Charts(PartReader contentTypes)
    {
        var charts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (contentTypes.Read())
        {
            var x = contentTypes.Xml;
            if (x.NodeType == XmlNodeType.Element && x.Depth == 1 && x.GetAttribute("ContentType") == ChartContent)
            {
                charts.Add((x.GetAttribute("PartName") ?? "").TrimStart('/'));
            }
        }

        return charts;
    }
}

/// <summary>
/// The content types or the workbook's relationships without the calculation chain: it lists the
/// formula cells of rows a rewrite replaced, and programs rebuild it.
/// </summary>
internal sealed class WithoutCalculationChain : PartCopy
{
    protected override bool Takes(PartReader part, XmlWriter xml)
    {
        var element = part.Xml;
        var drops = element.Depth == 1
            && ((element.GetAttribute("PartName") is { } name && PackageParts.Is(name, PackageParts.CalculationChain))
                || element.GetAttribute("Type")?.EndsWith("/calcChain", StringComparison.Ordinal) == true);
        if (drops)
        {
            part.Skip();
        }

        return drops;
    }
}
