using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using static SalesKpi.Xlsx.Markup;

namespace SalesKpi.Xlsx;

internal enum HAlign
{
    General,
    Left,
    Center,
    Right,
}

/// <summary>How a cell looks and whether it is locked. Colours are RGB hex ("1F4E79").</summary>
internal sealed record CellStyle
{
    public string? NumberFormat { get; init; }

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public double FontSize { get; init; } = 10;

    public string? FontColor { get; init; }

    public string? Fill { get; init; }

    public HAlign Align { get; init; }

    public bool Wrap { get; init; }

    public bool Indent { get; init; }

    public bool BottomBorder { get; init; }

    public bool Locked { get; init; } = true;
}

/// <summary>A differential format for conditional formatting.</summary>
internal sealed record DiffStyle(string? FontColor, string? Fill, bool Bold = false)
{
    /// <summary>A number format the rule applies, for cells whose unit follows a formula.</summary>
    public string? NumberFormat { get; init; }
}

/// <summary>Collects the styles cells use, in order of first use, and writes styles.xml.</summary>
internal sealed class StyleSheet
{
    private const string FontName = "Calibri";

    private readonly List<CellStyle> _styles = new() { new CellStyle() };
    private readonly Dictionary<CellStyle, int> _ids = new() { [new CellStyle()] = 0 };
    private readonly List<DiffStyle> _diffs = new();

    public int Id(CellStyle style)
    {
        if (!_ids.TryGetValue(style, out var id))
        {
            id = _styles.Count;
            _styles.Add(style);
            _ids.Add(style, id);
        }

        return id;
    }

    public int DiffId(DiffStyle style)
    {
        var id = _diffs.IndexOf(style);
        if (id < 0)
        {
            id = _diffs.Count;
            _diffs.Add(style);
        }

        return id;
    }

    public void Write(XmlWriter xml)
    {
        var formats = _styles.Select(s => s.NumberFormat).Concat(_diffs.Select(d => d.NumberFormat)).Where(f => f is not null).Distinct(StringComparer.Ordinal).ToList();
        var fonts = _styles.Select(s => (s.Bold, s.Italic, s.FontSize, s.FontColor)).Distinct().ToList();
        var fills = _styles.Select(s => s.Fill).Where(f => f is not null).Distinct(StringComparer.Ordinal).ToList();

        // Custom number formats take ids from 164 on; 0 is General.
        string FormatId(string? format) => Ns.Int(format is null ? 0 : 164 + formats.IndexOf(format));

        XElement CellFormat(CellStyle style)
        {
            var aligned = style.Align != HAlign.General || style.Wrap || style.Indent;
            return Element("xf",
                Attributes(
                    ("numFmtId", FormatId(style.NumberFormat)),
                    ("fontId", Ns.Int(fonts.IndexOf((style.Bold, style.Italic, style.FontSize, style.FontColor)))),
                    ("fillId", Ns.Int(style.Fill is null ? 0 : 2 + fills.IndexOf(style.Fill))),
                    ("borderId", style.BottomBorder ? "1" : "0"),
                    ("xfId", "0"),
                    ("applyNumberFormat", style.NumberFormat is null ? null : "1"),
                    ("applyProtection", "1"),
                    ("applyAlignment", aligned ? "1" : null)),
                !aligned ? null : Element("alignment", Attributes(
                    ("horizontal", style.Align == HAlign.General ? null : style.Align.ToString().ToLowerInvariant()),
                    ("indent", style.Indent ? "1" : null),
                    ("vertical", "center"),
                    ("wrapText", style.Wrap ? "1" : null))),
                Element("protection", new XAttribute("locked", style.Locked ? "1" : "0")));
        }

        XElement DiffFormat(DiffStyle diff) =>
            Element("dxf",
                diff.FontColor is null && !diff.Bold ? null : Element("font", diff.Bold ? Element("b") : null, Color("color", diff.FontColor)),
                diff.NumberFormat is null ? null : Element("numFmt", Attributes(("numFmtId", FormatId(diff.NumberFormat)), ("formatCode", diff.NumberFormat))),
                diff.Fill is null ? null : Element("fill", Element("patternFill", new XAttribute("patternType", "solid"), Color("fgColor", diff.Fill), Color("bgColor", diff.Fill))));

        Element("styleSheet",
            formats.Count == 0 ? null : Counted("numFmts", formats.Select(format => Element("numFmt", Attributes(("numFmtId", FormatId(format)), ("formatCode", format))))),
            Counted("fonts", fonts.Select(font => Font(font.Bold, font.Italic, font.FontSize, font.FontColor))),
            // Fills 0 and 1 are reserved by the format (none, gray125).
            Counted("fills", new[] { PatternFill("none", null), PatternFill("gray125", null) }.Concat(fills.Select(fill => PatternFill("solid", fill)))),
            Counted("borders", new[] { Border(null), Border("BFBFBF") }),
            Counted("cellStyleXfs", new[] { Element("xf", Attributes(("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0"))) }),
            Counted("cellXfs", _styles.Select(CellFormat)),
            Counted("cellStyles", new[] { Element("cellStyle", Attributes(("name", "Normal"), ("xfId", "0"), ("builtinId", "0"))) }),
            Counted("dxfs", _diffs.Select(DiffFormat))).WriteTo(xml);
    }

    private static XElement Font(bool bold, bool italic, double size, string? color) =>
        Element("font",
            bold ? Element("b") : null,
            italic ? Element("i") : null,
            Element("sz", new XAttribute("val", Ns.Number(size))),
            Color("color", color),
            Element("name", new XAttribute("val", FontName)),
            Element("family", new XAttribute("val", "2")));

    private static XElement PatternFill(string pattern, string? color) =>
        Element("fill", Element("patternFill",
            new XAttribute("patternType", pattern),
            Color("fgColor", color),
            color is null ? null : Element("bgColor", new XAttribute("indexed", "64"))));

    private static XElement Border(string? bottom) =>
        Element("border",
            Element("left"),
            Element("right"),
            Element("top"),
            Element("bottom", bottom is null ? null : new XAttribute("style", "thin"), Color("color", bottom)),
            Element("diagonal"));

    private static XElement? Color(string element, string? rgb) => rgb is null ? null : Element(element, new XAttribute("rgb", "FF" + rgb));
}
