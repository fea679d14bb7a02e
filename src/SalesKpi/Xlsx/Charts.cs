using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using static SalesKpi.Xlsx.Markup;

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

/// <summary>Builds chart and drawing parts (DrawingML) straight from the chart model.</summary>
internal static class ChartWriter
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace Xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

    public static XElement ChartPart(Chart chart)
    {
        var horizontal = chart.Series.FirstOrDefault(s => s.Kind != SeriesKind.Line)?.Kind == SeriesKind.Bar;
        var secondary = chart.Series.Any(s => s.Secondary);
        return new XElement(C + "chartSpace",
            Declare("a", A),
            Declare("r", Ns.Relationships),
            Declare("c", C),
            Val("roundedCorners", "0"),
            new XElement(C + "chart",
                Title(chart.Title),
                Val("autoTitleDeleted", "0"),
                new XElement(C + "plotArea",
                    new XElement(C + "layout"),
                    BarChart(chart, horizontal),
                    LineChart(chart, secondary: false),
                    LineChart(chart, secondary: true),
                    CategoryAxis(chart, "1", "2", horizontal ? "l" : "b", deleted: false),
                    ValueAxis("2", "1", horizontal ? "b" : "l", chart.ValueFormat, crossesMax: false, gridlines: true),
                    secondary ? CategoryAxis(chart, "3", "4", "b", deleted: true) : null,
                    secondary ? ValueAxis("4", "3", "r", chart.SecondaryFormat ?? chart.ValueFormat, crossesMax: true, gridlines: false) : null),
                new XElement(C + "legend", Val("legendPos", "b"), Val("overlay", "0")),
                Val("plotVisOnly", "1"),
                Val("dispBlanksAs", "gap")));
    }

    /// <summary>The drawing that places a sheet's charts; chart i is relationship rId{i+1}.</summary>
    public static XElement DrawingPart(IReadOnlyList<Chart> charts) =>
        new XElement(Xdr + "wsDr",
            Declare("a", A),
            Declare("c", C),
            Declare("r", Ns.Relationships),
            Declare("xdr", Xdr),
            charts.Select((chart, i) => new XElement(Xdr + "twoCellAnchor",
                Marker("from", chart.Anchor.Column, chart.Anchor.Row),
                Marker("to", chart.Anchor.ToColumn, chart.Anchor.ToRow),
                new XElement(Xdr + "graphicFrame",
                    new XAttribute("macro", ""),
                    new XElement(Xdr + "nvGraphicFramePr",
                        new XElement(Xdr + "cNvPr", Attributes(("id", Ns.Int(i + 2)), ("name", chart.Title))),
                        new XElement(Xdr + "cNvGraphicFramePr")),
                    new XElement(Xdr + "xfrm",
                        new XElement(A + "off", Attributes(("x", "0"), ("y", "0"))),
                        new XElement(A + "ext", Attributes(("cx", "0"), ("cy", "0")))),
                    new XElement(A + "graphic",
                        new XElement(A + "graphicData",
                            new XAttribute("uri", C.NamespaceName),
                            new XElement(C + "chart", RelationshipId("rId" + Ns.Int(i + 1)))))),
                new XElement(Xdr + "clientData"))));

    private static XElement? BarChart(Chart chart, bool horizontal)
    {
        var bars = Series(chart, s => s.Kind != SeriesKind.Line);
        return bars.Count == 0 ? null : new XElement(C + "barChart",
            Val("barDir", horizontal ? "bar" : "col"),
            Val("grouping", chart.Stacked ? "stacked" : "clustered"),
            Val("varyColors", "0"),
            bars,
            Val("gapWidth", "60"),
            chart.Stacked ? Val("overlap", "100") : null,
            Val("axId", "1"),
            Val("axId", "2"));
    }

    private static XElement? LineChart(Chart chart, bool secondary)
    {
        var lines = Series(chart, s => s.Kind == SeriesKind.Line && s.Secondary == secondary);
        return lines.Count == 0 ? null : new XElement(C + "lineChart",
            Val("grouping", "standard"),
            Val("varyColors", "0"),
            lines,
            Val("marker", "1"),
            Val("axId", secondary ? "3" : "1"),
            Val("axId", secondary ? "4" : "2"));
    }

    /// <summary>The chart's series drawn one way, each numbered by its place among all the chart's series.</summary>
    private static List<XElement> Series(Chart chart, Func<ChartSeries, bool> drawnThisWay) =>
        chart.Series.Select((series, index) => (series, index))
            .Where(s => drawnThisWay(s.series))
            .Select(s => Series(chart, s.series, Ns.Int(s.index)))
            .ToList();

    private static XElement Series(Chart chart, ChartSeries series, string index)
    {
        var line = series.Kind == SeriesKind.Line;
        var categories = chart.DateCategories
            ? NumberReference(chart.Categories, chart.DateFormat, chart.CategoryCache)
            : new XElement(C + "strRef", new XElement(C + "f", chart.Categories), new XElement(C + "strCache", Points(chart.CategoryCache)));
        return new XElement(C + "ser",
            Val("idx", index),
            Val("order", index),
            new XElement(C + "tx", new XElement(C + "v", series.Name)),
            new XElement(C + "spPr", line ? new XElement(A + "ln", new XAttribute("w", "28575"), SolidFill(series.Color)) : SolidFill(series.Color)),
            line ? new XElement(C + "marker", Val("symbol", "circle"), Val("size", "5")) : Val("invertIfNegative", "0"),
            new XElement(C + "cat", categories),
            new XElement(C + "val", NumberReference(series.Values, "General", series.Cache.Select(v => v is { } n ? Ns.Number(n) : null).ToList())),
            line ? Val("smooth", "0") : null);
    }

    /// <summary>Cells of numbers (or dates) with the values they hold now.</summary>
    private static XElement NumberReference(string cells, string format, IReadOnlyList<string?> cache) =>
        new(C + "numRef", new XElement(C + "f", cells), new XElement(C + "numCache", new XElement(C + "formatCode", format), Points(cache)));

    /// <summary>A cache's count, then its points; a null or empty value is a gap and has none.</summary>
    private static object[] Points(IReadOnlyList<string?> values) => new object[]
    {
        Val("ptCount", Ns.Int(values.Count)),
        values.Select((value, i) => string.IsNullOrEmpty(value) ? null : new XElement(C + "pt", new XAttribute("idx", Ns.Int(i)), new XElement(C + "v", value))),
    };

    private static XElement CategoryAxis(Chart chart, string id, string cross, string position, bool deleted) =>
        Axis("catAx", id, chart.ReverseCategories ? "maxMin" : "minMax", deleted, position,
            chart.DateCategories ? NumberFormat(chart.DateFormat) : null,
            Ticks("low", cross),
            Val("crosses", "autoZero"),
            Val("auto", "1"),
            Val("lblAlgn", "ctr"),
            Val("lblOffset", "100"),
            chart.LabelEvery > 1 ? Val("tickLblSkip", Ns.Int(chart.LabelEvery)) : null,
            Val("noMultiLvlLbl", "0"));

    private static XElement ValueAxis(string id, string cross, string position, string format, bool crossesMax, bool gridlines) =>
        Axis("valAx", id, "minMax", deleted: false, position,
            gridlines ? new XElement(C + "majorGridlines", new XElement(C + "spPr", new XElement(A + "ln", SolidFill("D9D9D9")))) : null,
            NumberFormat(format),
            Ticks("nextTo", cross),
            Val("crosses", crossesMax ? "max" : "autoZero"),
            Val("crossBetween", "between"));

    /// <summary>What every axis starts with: its id, direction, whether it shows, and its side; then the rest.</summary>
    private static XElement Axis(string element, string id, string orientation, bool deleted, string position, params object?[] rest) =>
        new(C + element,
            Val("axId", id),
            new XElement(C + "scaling", Val("orientation", orientation)),
            Val("delete", deleted ? "1" : "0"),
            Val("axPos", position),
            rest);

    /// <summary>No tick marks, small labels, and the axis this one crosses.</summary>
    private static XElement[] Ticks(string labelPosition, string cross) => new[]
    {
        Val("majorTickMark", "none"),
        Val("minorTickMark", "none"),
        Val("tickLblPos", labelPosition),
        SmallText(),
        Val("crossAx", cross),
    };

    private static XElement NumberFormat(string code) => new(C + "numFmt", Attributes(("formatCode", code), ("sourceLinked", "0")));

    private static XElement Title(string title) =>
        new(C + "title",
            new XElement(C + "tx",
                new XElement(C + "rich",
                    new XElement(A + "bodyPr"),
                    new XElement(A + "p",
                        new XElement(A + "pPr", new XElement(A + "defRPr", Attributes(("sz", "1200"), ("b", "1")))),
                        new XElement(A + "r",
                            new XElement(A + "rPr", Attributes(("lang", "en-US"), ("sz", "1200"), ("b", "1"))),
                            new XElement(A + "t", title))))),
            Val("overlay", "0"));

    /// <summary>Axis labels a size smaller than body text, so that a year of periods fits under a chart.</summary>
    private static XElement SmallText() =>
        new(C + "txPr",
            new XElement(A + "bodyPr"),
            new XElement(A + "lstStyle"),
            new XElement(A + "p",
                new XElement(A + "pPr", new XElement(A + "defRPr", new XAttribute("sz", "800"))),
                new XElement(A + "endParaRPr", new XAttribute("lang", "en-US"))));

    private static XElement Marker(string name, int column, int row) =>
        new(Xdr + name,
            new XElement(Xdr + "col", Ns.Int(column)),
            new XElement(Xdr + "colOff", "0"),
            new XElement(Xdr + "row", Ns.Int(row)),
            new XElement(Xdr + "rowOff", "0"));

    private static XElement SolidFill(string color) => new(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", color)));

    private static XElement Val(string element, string value) => new(C + element, new XAttribute("val", value));
}
