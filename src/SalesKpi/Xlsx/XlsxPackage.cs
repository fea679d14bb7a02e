using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;

namespace SalesKpi.Xlsx;

/// <summary>A sheet of the workbook part: its name and whether people see it.</summary>
internal sealed record SheetEntry(string Name, bool Hidden = false);

/// <summary>A defined name: workbook-scoped, or scoped to the sheet at a position (0 the first).</summary>
internal sealed record DefinedName(string Name, string Formula, bool Hidden = false)
{
    public int? LocalSheetId { get; init; }
}

/// <summary>
/// Writes an .xlsx package straight into a zip, part by part, so nothing but the part being written
/// is held in memory. Entry dates are fixed so the same content gives the same bytes. Single use.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private static readonly DateTimeOffset EntryDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    private readonly ZipArchive _zip;
    private readonly CompressionLevel _level;
    private readonly SortedDictionary<int, string> _sheetParts = new();
    private readonly List<(string Part, string Type)> _otherParts = new();

    public XlsxPackage(Stream output, CompressionLevel level)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        _level = level;
    }

    /// <summary>The part of the sheet at a 1-based position.</summary>
    public static string SheetPart(int position) => $"xl/worksheets/sheet{position}.xml";

    /// <summary>Writes the worksheet part of the sheet at a 1-based position; parts may come in any order.</summary>
    public void WriteSheet(int position, Action<XmlWriter> write)
    {
        var path = SheetPart(position);
        _sheetParts.Add(position, path);
        WritePart(path, write);
    }

    /// <summary>
    /// Writes a sheet's charts: the chart parts, the drawing that places them and the relationships
    /// between them. Returns the relationship id the sheet's drawing element names.
    /// </summary>
    public string WriteCharts(int sheetPosition, IReadOnlyList<Chart> charts)
    {
        const string ChartType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
        var drawing = _otherParts.Count(p => p.Type == DrawingContent) + 1;
        var first = _otherParts.Count(p => p.Type == ChartContent) + 1;
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = charts[i];
            var part = $"xl/charts/chart{first + i}.xml";
            WritePart(part, xml => ChartWriter.WriteChart(xml, chart));
            _otherParts.Add((part, ChartContent));
        }

        var drawingPart = $"xl/drawings/drawing{drawing}.xml";
        WritePart(drawingPart, xml => ChartWriter.WriteDrawing(xml, charts));
        _otherParts.Add((drawingPart, DrawingContent));
        WritePart($"xl/drawings/_rels/drawing{drawing}.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", Ns.PackageRelationships);
            for (var i = 0; i < charts.Count; i++)
            {
                Relationship(xml, $"rId{i + 1}", ChartType, $"../charts/chart{first + i}.xml");
            }

            xml.WriteEndElement();
        });
        WritePart($"xl/worksheets/_rels/sheet{sheetPosition}.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", Ns.PackageRelationships);
            Relationship(xml, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing", $"../drawings/drawing{drawing}.xml");
            xml.WriteEndElement();
        });
        return "rId1";
    }

    private const string ChartContent = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    private const string DrawingContent = "application/vnd.openxmlformats-officedocument.drawing+xml";

    /// <summary>Writes the parts that tie the sheets together. Call once, after every sheet.</summary>
    public void Finish(IReadOnlyList<SheetEntry> sheets, IReadOnlyList<DefinedName> names, StyleSheet styles, string title, DateTime? created)
    {
        if (sheets.Count != _sheetParts.Count || _sheetParts.Keys.Last() != sheets.Count)
        {
            throw new InvalidOperationException($"{_sheetParts.Count} sheet parts written for {sheets.Count} sheets.");
        }

        WritePart("xl/workbook.xml", xml => WriteWorkbook(xml, sheets, names));
        WritePart("xl/styles.xml", styles.Write);
        WritePart("xl/_rels/workbook.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", Ns.PackageRelationships);
            for (var i = 0; i < _sheetParts.Count; i++)
            {
                Relationship(xml, $"rId{i + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", $"worksheets/sheet{i + 1}.xml");
            }

            Relationship(xml, $"rId{_sheetParts.Count + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml");
            xml.WriteEndElement();
        });
        WritePart("docProps/core.xml", xml => WriteCore(xml, title, created));
        WritePart("docProps/app.xml", xml =>
        {
            xml.WriteStartElement("Properties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
            xml.WriteElementString("Application", "SalesKpi");
            xml.WriteEndElement();
        });
        WritePart("_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", Ns.PackageRelationships);
            Relationship(xml, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
            Relationship(xml, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
            Relationship(xml, "rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml");
            xml.WriteEndElement();
        });
        WritePart("[Content_Types].xml", WriteContentTypes);
    }

    public void Dispose() => _zip.Dispose();

    private void WritePart(string path, Action<XmlWriter> write)
    {
        var entry = _zip.CreateEntry(path, _level);
        entry.LastWriteTime = EntryDate;
        using var stream = entry.Open();
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void WriteWorkbook(XmlWriter xml, IReadOnlyList<SheetEntry> sheets, IReadOnlyList<DefinedName> names)
    {
        xml.WriteStartElement("workbook", Ns.Main);
        xml.WriteAttributeString("xmlns", "r", null, Ns.Relationships);
        xml.WriteStartElement("bookViews");
        xml.WriteStartElement("workbookView");
        xml.WriteAttributeString("activeTab", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheets");
        for (var i = 0; i < sheets.Count; i++)
        {
            xml.WriteStartElement("sheet");
            xml.WriteAttributeString("name", sheets[i].Name);
            xml.WriteAttributeString("sheetId", Ns.Int(i + 1));
            if (sheets[i].Hidden)
            {
                xml.WriteAttributeString("state", "hidden");
            }

            xml.WriteAttributeString("id", Ns.Relationships, $"rId{i + 1}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        if (names.Count > 0)
        {
            xml.WriteStartElement("definedNames");
            foreach (var name in names)
            {
                xml.WriteStartElement("definedName");
                xml.WriteAttributeString("name", name.Name);
                if (name.LocalSheetId is { } sheet)
                {
                    xml.WriteAttributeString("localSheetId", Ns.Int(sheet));
                }

                if (name.Hidden)
                {
                    xml.WriteAttributeString("hidden", "1");
                }

                xml.WriteString(name.Formula);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        // Formulas carry no cached values: ask every program to compute them all on open.
        xml.WriteStartElement("calcPr");
        xml.WriteAttributeString("calcId", "191029");
        xml.WriteAttributeString("fullCalcOnLoad", "1");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteCore(XmlWriter xml, string title, DateTime? created)
    {
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string terms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        xml.WriteStartElement("cp", "coreProperties", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, terms);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        xml.WriteElementString("dc", "title", dc, title);
        xml.WriteElementString("dc", "creator", dc, "SalesKpi");
        if (created is { } date)
        {
            var text = date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            foreach (var element in new[] { "created", "modified" })
            {
                xml.WriteStartElement("dcterms", element, terms);
                xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
                xml.WriteString(text);
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
    }

    private void WriteContentTypes(XmlWriter xml)
    {
        xml.WriteStartElement("Types", Ns.ContentTypes);
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, "xml", "application/xml");
        Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        foreach (var part in _sheetParts.Values)
        {
            Override(xml, "/" + part, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }

        foreach (var (part, type) in _otherParts)
        {
            Override(xml, "/" + part, type);
        }

        Override(xml, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override(xml, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        xml.WriteEndElement();
    }

    private static void Default(XmlWriter xml, string extension, string type)
    {
        xml.WriteStartElement("Default");
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string type)
    {
        xml.WriteStartElement("Override");
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship");
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}
