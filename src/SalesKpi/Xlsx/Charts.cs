using System.Collections.Generic;
using System.Linq;
using System.Xml;

namespace SalesKpi.Xlsx;

/// <summary>How a series is drawn.</summary>
internal enum SeriesKind
{
    Column,
    Bar,
    Line,
}

/// <summary>
/// One series: its name, the cells its values come from and the values they hold now (written as
/// the chart's cache, for previews that do not calculate; null is a gap).
/// </summary>
internal sealed record ChartSeries(string Name, string Values, IReadOnlyList<double?> Cache, SeriesKind Kind, string Color, bool Secondary = false);

/// <summary>A chart over the workbook's own ranges, anchored to a block of cells.</summary>
internal sealed record Chart(
    string Title,
    string Categories,
    IReadOnlyList<string> CategoryCache,
    bool DateCategories,
    IReadOnlyList<ChartSeries> Series,
    string ValueFormat,
    string? SecondaryFormat,
    (int Column, int Row, int ToColumn, int ToRow) Anchor)
{
    /// <summary>Bars read top down in category order (a funnel, a ranking).</summary>
    public bool ReverseCategories { get; init; }

    /// <summary>Columns stack (parts of one total) rather than stand side by side.</summary>
    public bool Stacked { get; init; }

    /// <summary>Every how many categories the axis shows a name: long period axes would overlap.</summary>
    public int LabelEvery { get; init; } = 1;

    /// <summary>The category axis's number format where categories are dates.</summary>
    public string DateFormat { get; init; } = "mmm yy";
}

/// <summary>Writes chart and drawing parts (DrawingML) straight from the chart model.</summary>
internal static class ChartWriter
{
    public const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string Xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

    public static void WriteChart(XmlWriter xml, Chart chart)
    {
        xml.WriteStartElement("c", "chartSpace", C);
        xml.WriteAttributeString("xmlns", "a", null, A);
        xml.WriteAttributeString("xmlns", "r", null, Ns.Relationships);
        Value(xml, "roundedCorners", "0");
        xml.WriteStartElement("c", "chart", C);
        Title(xml, chart.Title);
        Value(xml, "autoTitleDeleted", "0");
        xml.WriteStartElement("c", "plotArea", C);
        xml.WriteElementString("c", "layout", C, "");
        var columns = chart.Series.Where(s => s.Kind != SeriesKind.Line).ToList();
        if (columns.Count > 0)
        {
            xml.WriteStartElement("c", "barChart", C);
            Value(xml, "barDir", columns[0].Kind == SeriesKind.Bar ? "bar" : "col");
            Value(xml, "grouping", chart.Stacked ? "stacked" : "clustered");
            Value(xml, "varyColors", "0");
            foreach (var series in columns)
            {
                WriteSeries(xml, chart, series);
            }

            Value(xml, "gapWidth", "60");
            if (chart.Stacked)
            {
                Value(xml, "overlap", "100");
            }

            Value(xml, "axId", "1");
            Value(xml, "axId", "2");
            xml.WriteEndElement();
        }

        foreach (var secondary in new[] { false, true })
        {
            var lines = chart.Series.Where(s => s.Kind == SeriesKind.Line && s.Secondary == secondary).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            xml.WriteStartElement("c", "lineChart", C);
            Value(xml, "grouping", "standard");
            Value(xml, "varyColors", "0");
            foreach (var series in lines)
            {
                WriteSeries(xml, chart, series);
            }

            Value(xml, "marker", "1");
            Value(xml, "axId", secondary ? "3" : "1");
            Value(xml, "axId", secondary ? "4" : "2");
            xml.WriteEndElement();
        }

        var horizontal = columns.Count > 0 && columns[0].Kind == SeriesKind.Bar;
        CategoryAxis(xml, chart, "1", "2", horizontal ? "l" : "b", deleted: false);
        ValueAxis(xml, "2", "1", horizontal ? "b" : "l", chart.ValueFormat, crossesMax: false, gridlines: true);
        if (chart.Series.Any(s => s.Secondary))
        {
            CategoryAxis(xml, chart, "3", "4", "b", deleted: true);
            ValueAxis(xml, "4", "3", "r", chart.SecondaryFormat ?? chart.ValueFormat, crossesMax: true, gridlines: false);
        }

        xml.WriteEndElement(); // plotArea
        xml.WriteStartElement("c", "legend", C);
        Value(xml, "legendPos", "b");
        Value(xml, "overlay", "0");
        xml.WriteEndElement();
        Value(xml, "plotVisOnly", "1");
        Value(xml, "dispBlanksAs", "gap");
        xml.WriteEndElement(); // chart
        xml.WriteEndElement(); // chartSpace
    }

    /// <summary>The drawing that places a sheet's charts; chart i is relationship rId{i+1}.</summary>
    public static void WriteDrawing(XmlWriter xml, IReadOnlyList<Chart> charts)
    {
        xml.WriteStartElement("xdr", "wsDr", Xdr);
        xml.WriteAttributeString("xmlns", "a", null, A);
        xml.WriteAttributeString("xmlns", "c", null, C);
        xml.WriteAttributeString("xmlns", "r", null, Ns.Relationships);
        for (var i = 0; i < charts.Count; i++)
        {
            var (column, row, toColumn, toRow) = charts[i].Anchor;
            xml.WriteStartElement("xdr", "twoCellAnchor", Xdr);
            Marker(xml, "from", column, row);
            Marker(xml, "to", toColumn, toRow);
            xml.WriteStartElement("xdr", "graphicFrame", Xdr);
            xml.WriteAttributeString("macro", "");
            xml.WriteStartElement("xdr", "nvGraphicFramePr", Xdr);
            xml.WriteStartElement("xdr", "cNvPr", Xdr);
            xml.WriteAttributeString("id", Ns.Int(i + 2));
            xml.WriteAttributeString("name", charts[i].Title);
            xml.WriteEndElement();
            xml.WriteElementString("xdr", "cNvGraphicFramePr", Xdr, "");
            xml.WriteEndElement();
            xml.WriteStartElement("xdr", "xfrm", Xdr);
            xml.WriteStartElement("a", "off", A);
            xml.WriteAttributeString("x", "0");
            xml.WriteAttributeString("y", "0");
            xml.WriteEndElement();
            xml.WriteStartElement("a", "ext", A);
            xml.WriteAttributeString("cx", "0");
            xml.WriteAttributeString("cy", "0");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("a", "graphic", A);
            xml.WriteStartElement("a", "graphicData", A);
            xml.WriteAttributeString("uri", C);
            xml.WriteStartElement("c", "chart", C);
            xml.WriteAttributeString("id", Ns.Relationships, "rId" + Ns.Int(i + 1));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement(); // graphicFrame
            xml.WriteElementString("xdr", "clientData", Xdr, "");
            xml.WriteEndElement(); // twoCellAnchor
        }

        xml.WriteEndElement();
    }

    private static void WriteSeries(XmlWriter xml, Chart chart, ChartSeries series)
    {
        var index = Ns.Int(IndexOf(chart, series));
        xml.WriteStartElement("c", "ser", C);
        Value(xml, "idx", index);
        Value(xml, "order", index);
        xml.WriteStartElement("c", "tx", C);
        xml.WriteElementString("c", "v", C, series.Name);
        xml.WriteEndElement();
        xml.WriteStartElement("c", "spPr", C);
        if (series.Kind == SeriesKind.Line)
        {
            xml.WriteStartElement("a", "ln", A);
            xml.WriteAttributeString("w", "28575");
            SolidFill(xml, series.Color);
            xml.WriteEndElement();
        }
        else
        {
            SolidFill(xml, series.Color);
        }

        xml.WriteEndElement();
        if (series.Kind == SeriesKind.Line)
        {
            xml.WriteStartElement("c", "marker", C);
            Value(xml, "symbol", "circle");
            Value(xml, "size", "5");
            xml.WriteEndElement();
        }
        else
        {
            Value(xml, "invertIfNegative", "0");
        }

        xml.WriteStartElement("c", "cat", C);
        if (chart.DateCategories)
        {
            xml.WriteStartElement("c", "numRef", C);
            xml.WriteElementString("c", "f", C, chart.Categories);
            xml.WriteStartElement("c", "numCache", C);
            xml.WriteElementString("c", "formatCode", C, chart.DateFormat);
        }
        else
        {
            xml.WriteStartElement("c", "strRef", C);
            xml.WriteElementString("c", "f", C, chart.Categories);
            xml.WriteStartElement("c", "strCache", C);
        }

        Value(xml, "ptCount", Ns.Int(chart.CategoryCache.Count));
        for (var i = 0; i < chart.CategoryCache.Count; i++)
        {
            if (chart.CategoryCache[i].Length > 0)
            {
                Point(xml, i, chart.CategoryCache[i]);
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement(); // cat
        xml.WriteStartElement("c", "val", C);
        xml.WriteStartElement("c", "numRef", C);
        xml.WriteElementString("c", "f", C, series.Values);
        xml.WriteStartElement("c", "numCache", C);
        xml.WriteElementString("c", "formatCode", C, "General");
        Value(xml, "ptCount", Ns.Int(series.Cache.Count));
        for (var i = 0; i < series.Cache.Count; i++)
        {
            if (series.Cache[i] is { } value)
            {
                Point(xml, i, Ns.Number(value));
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement(); // val
        if (series.Kind == SeriesKind.Line)
        {
            Value(xml, "smooth", "0");
        }

        xml.WriteEndElement(); // ser
    }

    private static int IndexOf(Chart chart, ChartSeries series)
    {
        for (var i = 0; i < chart.Series.Count; i++)
        {
            if (ReferenceEquals(chart.Series[i], series))
            {
                return i;
            }
        }

        return 0;
    }

    private static void CategoryAxis(XmlWriter xml, Chart chart, string id, string cross, string position, bool deleted)
    {
        AxisStart(xml, "catAx", id, chart.ReverseCategories ? "maxMin" : "minMax", deleted, position);
        if (chart.DateCategories)
        {
            NumberFormat(xml, chart.DateFormat);
        }

        Ticks(xml, "low", cross);
        Value(xml, "crosses", "autoZero");
        Value(xml, "auto", "1");
        Value(xml, "lblAlgn", "ctr");
        Value(xml, "lblOffset", "100");
        if (chart.LabelEvery > 1)
        {
            Value(xml, "tickLblSkip", Ns.Int(chart.LabelEvery));
        }

        Value(xml, "noMultiLvlLbl", "0");
        xml.WriteEndElement();
    }

    private static void ValueAxis(XmlWriter xml, string id, string cross, string position, string format, bool crossesMax, bool gridlines)
    {
        AxisStart(xml, "valAx", id, "minMax", deleted: false, position);
        if (gridlines)
        {
            xml.WriteStartElement("c", "majorGridlines", C);
            xml.WriteStartElement("c", "spPr", C);
            xml.WriteStartElement("a", "ln", A);
            SolidFill(xml, "D9D9D9");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        NumberFormat(xml, format);
        Ticks(xml, "nextTo", cross);
        Value(xml, "crosses", crossesMax ? "max" : "autoZero");
        Value(xml, "crossBetween", "between");
        xml.WriteEndElement();
    }

    /// <summary>What every axis starts with: its id, direction, whether it shows, and its side.</summary>
    private static void AxisStart(XmlWriter xml, string element, string id, string orientation, bool deleted, string position)
    {
        xml.WriteStartElement("c", element, C);
        Value(xml, "axId", id);
        xml.WriteStartElement("c", "scaling", C);
        Value(xml, "orientation", orientation);
        xml.WriteEndElement();
        Value(xml, "delete", deleted ? "1" : "0");
        Value(xml, "axPos", position);
    }

    /// <summary>No tick marks, small labels, and the axis this one crosses.</summary>
    private static void Ticks(XmlWriter xml, string labelPosition, string cross)
    {
        Value(xml, "majorTickMark", "none");
        Value(xml, "minorTickMark", "none");
        Value(xml, "tickLblPos", labelPosition);
        SmallText(xml);
        Value(xml, "crossAx", cross);
    }

    private static void NumberFormat(XmlWriter xml, string code)
    {
        xml.WriteStartElement("c", "numFmt", C);
        xml.WriteAttributeString("formatCode", code);
        xml.WriteAttributeString("sourceLinked", "0");
        xml.WriteEndElement();
    }

    private static void Title(XmlWriter xml, string title)
    {
        xml.WriteStartElement("c", "title", C);
        xml.WriteStartElement("c", "tx", C);
        xml.WriteStartElement("c", "rich", C);
        xml.WriteElementString("a", "bodyPr", A, "");
        xml.WriteStartElement("a", "p", A);
        xml.WriteStartElement("a", "pPr", A);
        xml.WriteStartElement("a", "defRPr", A);
        xml.WriteAttributeString("sz", "1200");
        xml.WriteAttributeString("b", "1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("a", "r", A);
        xml.WriteStartElement("a", "rPr", A);
        xml.WriteAttributeString("lang", "en-US");
        xml.WriteAttributeString("sz", "1200");
        xml.WriteAttributeString("b", "1");
        xml.WriteEndElement();
        xml.WriteElementString("a", "t", A, title);
        xml.WriteEndElement();
        xml.WriteEndElement(); // p
        xml.WriteEndElement(); // rich
        xml.WriteEndElement(); // tx
        Value(xml, "overlay", "0");
        xml.WriteEndElement();
    }

    /// <summary>Axis labels a size smaller than body text, so that a year of periods fits under a chart.</summary>
    private static void SmallText(XmlWriter xml)
    {
        xml.WriteStartElement("c", "txPr", C);
        xml.WriteElementString("a", "bodyPr", A, "");
        xml.WriteElementString("a", "lstStyle", A, "");
        xml.WriteStartElement("a", "p", A);
        xml.WriteStartElement("a", "pPr", A);
        xml.WriteStartElement("a", "defRPr", A);
        xml.WriteAttributeString("sz", "800");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("a", "endParaRPr", A);
        xml.WriteAttributeString("lang", "en-US");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Marker(XmlWriter xml, string name, int column, int row)
    {
        xml.WriteStartElement("xdr", name, Xdr);
        xml.WriteElementString("xdr", "col", Xdr, Ns.Int(column));
        xml.WriteElementString("xdr", "colOff", Xdr, "0");
        xml.WriteElementString("xdr", "row", Xdr, Ns.Int(row));
        xml.WriteElementString("xdr", "rowOff", Xdr, "0");
        xml.WriteEndElement();
    }

    private static void Point(XmlWriter xml, int index, string value)
    {
        xml.WriteStartElement("c", "pt", C);
        xml.WriteAttributeString("idx", Ns.Int(index));
        xml.WriteElementString("c", "v", C, value);
        xml.WriteEndElement();
    }

    private static void SolidFill(XmlWriter xml, string color)
    {
        xml.WriteStartElement("a", "solidFill", A);
        xml.WriteStartElement("a", "srgbClr", A);
        xml.WriteAttributeString("val", color);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string element, string value)
    {
        xml.WriteStartElement("c", element, C);
        xml.WriteAttributeString("val", value);
        xml.WriteEndElement();
    }
}
