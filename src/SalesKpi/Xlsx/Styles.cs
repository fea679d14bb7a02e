using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;

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
    private const string Font = "Calibri";

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

        xml.WriteStartElement("styleSheet", Ns.Main);
        if (formats.Count > 0)
        {
            xml.WriteStartElement("numFmts");
            xml.WriteAttributeString("count", Ns.Int(formats.Count));
            for (var i = 0; i < formats.Count; i++)
            {
                xml.WriteStartElement("numFmt");
                xml.WriteAttributeString("numFmtId", Ns.Int(164 + i));
                xml.WriteAttributeString("formatCode", formats[i]);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("fonts");
        xml.WriteAttributeString("count", Ns.Int(fonts.Count));
        foreach (var font in fonts)
        {
            WriteFont(xml, font.Bold, font.Italic, font.FontSize, font.FontColor);
        }

        xml.WriteEndElement();

        // Fills 0 and 1 are reserved by the format (none, gray125).
        xml.WriteStartElement("fills");
        xml.WriteAttributeString("count", Ns.Int(fills.Count + 2));
        WritePatternFill(xml, "none", null);
        WritePatternFill(xml, "gray125", null);
        foreach (var fill in fills)
        {
            WritePatternFill(xml, "solid", fill);
        }

        xml.WriteEndElement();

        xml.WriteStartElement("borders");
        xml.WriteAttributeString("count", "2");
        WriteBorder(xml, null);
        WriteBorder(xml, "BFBFBF");
        xml.WriteEndElement();

        xml.WriteStartElement("cellStyleXfs");
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("xf");
        xml.WriteAttributeString("numFmtId", "0");
        xml.WriteAttributeString("fontId", "0");
        xml.WriteAttributeString("fillId", "0");
        xml.WriteAttributeString("borderId", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("cellXfs");
        xml.WriteAttributeString("count", Ns.Int(_styles.Count));
        foreach (var style in _styles)
        {
            var numFmtId = style.NumberFormat is null ? 0 : 164 + formats.IndexOf(style.NumberFormat);
            xml.WriteStartElement("xf");
            xml.WriteAttributeString("numFmtId", Ns.Int(numFmtId));
            xml.WriteAttributeString("fontId", Ns.Int(fonts.IndexOf((style.Bold, style.Italic, style.FontSize, style.FontColor))));
            xml.WriteAttributeString("fillId", Ns.Int(style.Fill is null ? 0 : 2 + fills.IndexOf(style.Fill)));
            xml.WriteAttributeString("borderId", style.BottomBorder ? "1" : "0");
            xml.WriteAttributeString("xfId", "0");
            if (numFmtId != 0)
            {
                xml.WriteAttributeString("applyNumberFormat", "1");
            }

            xml.WriteAttributeString("applyProtection", "1");
            if (style.Align != HAlign.General || style.Wrap || style.Indent)
            {
                xml.WriteAttributeString("applyAlignment", "1");
                xml.WriteStartElement("alignment");
                if (style.Align != HAlign.General)
                {
                    xml.WriteAttributeString("horizontal", style.Align.ToString().ToLowerInvariant());
                }

                if (style.Indent)
                {
                    xml.WriteAttributeString("indent", "1");
                }

                xml.WriteAttributeString("vertical", "center");
                if (style.Wrap)
                {
                    xml.WriteAttributeString("wrapText", "1");
                }

                xml.WriteEndElement();
            }

            xml.WriteStartElement("protection");
            xml.WriteAttributeString("locked", style.Locked ? "1" : "0");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        xml.WriteStartElement("cellStyles");
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("cellStyle");
        xml.WriteAttributeString("name", "Normal");
        xml.WriteAttributeString("xfId", "0");
        xml.WriteAttributeString("builtinId", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("dxfs");
        xml.WriteAttributeString("count", Ns.Int(_diffs.Count));
        foreach (var diff in _diffs)
        {
            xml.WriteStartElement("dxf");
            if (diff.FontColor is not null || diff.Bold)
            {
                xml.WriteStartElement("font");
                if (diff.Bold)
                {
                    xml.WriteElementString("b", Ns.Main, null);
                }

                if (diff.FontColor is not null)
                {
                    WriteColor(xml, "color", diff.FontColor);
                }

                xml.WriteEndElement();
            }

            if (diff.NumberFormat is not null)
            {
                xml.WriteStartElement("numFmt");
                xml.WriteAttributeString("numFmtId", Ns.Int(164 + formats.IndexOf(diff.NumberFormat)));
                xml.WriteAttributeString("formatCode", diff.NumberFormat);
                xml.WriteEndElement();
            }

            if (diff.Fill is not null)
            {
                xml.WriteStartElement("fill");
                xml.WriteStartElement("patternFill");
                xml.WriteAttributeString("patternType", "solid");
                WriteColor(xml, "fgColor", diff.Fill);
                WriteColor(xml, "bgColor", diff.Fill);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteFont(XmlWriter xml, bool bold, bool italic, double size, string? color)
    {
        xml.WriteStartElement("font");
        if (bold)
        {
            xml.WriteElementString("b", Ns.Main, null);
        }

        if (italic)
        {
            xml.WriteElementString("i", Ns.Main, null);
        }

        xml.WriteStartElement("sz");
        xml.WriteAttributeString("val", Ns.Number(size));
        xml.WriteEndElement();
        if (color is not null)
        {
            WriteColor(xml, "color", color);
        }

        xml.WriteStartElement("name");
        xml.WriteAttributeString("val", Font);
        xml.WriteEndElement();
        xml.WriteStartElement("family");
        xml.WriteAttributeString("val", "2");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WritePatternFill(XmlWriter xml, string pattern, string? color)
    {
        xml.WriteStartElement("fill");
        xml.WriteStartElement("patternFill");
        xml.WriteAttributeString("patternType", pattern);
        if (color is not null)
        {
            WriteColor(xml, "fgColor", color);
            xml.WriteStartElement("bgColor");
            xml.WriteAttributeString("indexed", "64");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteBorder(XmlWriter xml, string? bottom)
    {
        xml.WriteStartElement("border");
        xml.WriteElementString("left", Ns.Main, null);
        xml.WriteElementString("right", Ns.Main, null);
        xml.WriteElementString("top", Ns.Main, null);
        xml.WriteStartElement("bottom");
        if (bottom is not null)
        {
            xml.WriteAttributeString("style", "thin");
            WriteColor(xml, "color", bottom);
        }

        xml.WriteEndElement();
        xml.WriteElementString("diagonal", Ns.Main, null);
        xml.WriteEndElement();
    }

    private static void WriteColor(XmlWriter xml, string element, string rgb)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("rgb", "FF" + rgb);
        xml.WriteEndElement();
    }
}
