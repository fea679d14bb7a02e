using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using static SalesKpi.Xlsx.Markup;

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
        var drawing = _otherParts.Count(p => p.Type == DrawingContent) + 1;
        var first = _otherParts.Count(p => p.Type == PackageParts.ChartContent) + 1;
        for (var i = 0; i < charts.Count; i++)
        {
            var part = $"xl/charts/chart{first + i}.xml";
            WritePart(part, ChartWriter.ChartPart(charts[i]));
            _otherParts.Add((part, PackageParts.ChartContent));
        }

        var drawingPart = $"xl/drawings/drawing{drawing}.xml";
        WritePart(drawingPart, ChartWriter.DrawingPart(charts));
        _otherParts.Add((drawingPart, DrawingContent));
        WritePart($"xl/drawings/_rels/drawing{drawing}.xml.rels", Relationships(charts.Select((_, i) => (OfficeRelationship + "chart", $"../charts/chart{first + i}.xml"))));
        WritePart($"xl/worksheets/_rels/sheet{sheetPosition}.xml.rels", Relationships(new[] { (OfficeRelationship + "drawing", $"../drawings/drawing{drawing}.xml") }));
        return "rId1";
    }

    private const string StylesPart = "xl/styles.xml";
    private const string CorePropertiesPart = "docProps/core.xml";
    private const string AppPropertiesPart = "docProps/app.xml";
    private const string OfficeRelationship = Ns.Relationships + "/";
    private const string OfficeContent = "application/vnd.openxmlformats-officedocument.";
    private const string DrawingContent = OfficeContent + "drawing+xml";

    /// <summary>Writes the parts that tie the sheets together. Call once, after every sheet.</summary>
    public void Finish(IReadOnlyList<SheetEntry> sheets, IReadOnlyList<DefinedName> names, StyleSheet styles, string title, DateTime? created)
    {
        if (sheets.Count != _sheetParts.Count || _sheetParts.Keys.Last() != sheets.Count)
        {
            throw new InvalidOperationException($"{_sheetParts.Count} sheet parts written for {sheets.Count} sheets.");
        }

        WritePart(PackageParts.Workbook, Workbook(sheets, names));
        WritePart(StylesPart, styles.Write);
        WritePart(PackageParts.WorkbookRelationships, Relationships(
            _sheetParts.Keys.Select(position => (OfficeRelationship + "worksheet", $"worksheets/sheet{position}.xml"))
                .Append((OfficeRelationship + "styles", "styles.xml"))));
        WritePart(CorePropertiesPart, Core(title, created));
        XNamespace properties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        WritePart(AppPropertiesPart, new XElement(properties + "Properties", new XElement(properties + "Application", "SalesKpi")));
        WritePart("_rels/.rels", Relationships(new[]
        {
            (OfficeRelationship + "officeDocument", PackageParts.Workbook),
            (Ns.PackageRelationships + "/metadata/core-properties", CorePropertiesPart),
            (OfficeRelationship + "extended-properties", AppPropertiesPart),
        }));
        WritePart(PackageParts.ContentTypes, ContentTypes());
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

    private void WritePart(string path, XElement root) => WritePart(path, root.WriteTo);

    /// <summary>A relationships part; the relationships are numbered rId1, rId2, ... in the order given.</summary>
    private static XElement Relationships(IEnumerable<(string Type, string Target)> relationships)
    {
        XNamespace ns = Ns.PackageRelationships;
        return new XElement(
            ns + "Relationships",
            relationships.Select((r, i) => new XElement(ns + "Relationship", Attributes(("Id", $"rId{i + 1}"), ("Type", r.Type), ("Target", r.Target)))));
    }

    private static XElement Workbook(IReadOnlyList<SheetEntry> sheets, IReadOnlyList<DefinedName> names) =>
        Element("workbook",
            Declare("r", Ns.Relationships),
            Element("bookViews", Element("workbookView", new XAttribute("activeTab", "0"))),
            Element("sheets", sheets.Select((sheet, i) => Element("sheet", Attributes(
                ("name", sheet.Name),
                ("sheetId", Ns.Int(i + 1)),
                ("state", sheet.Hidden ? "hidden" : null)),
                RelationshipId($"rId{i + 1}")))),
            names.Count == 0 ? null : Element("definedNames", names.Select(name => Element("definedName",
                Attributes(("name", name.Name), ("localSheetId", name.LocalSheetId is { } sheet ? Ns.Int(sheet) : null), ("hidden", name.Hidden ? "1" : null)),
                name.Formula))),
            // The cached values are the writer's own: ask every program to compute them all again on open.
            Element("calcPr", Attributes(("calcId", "191029"), ("fullCalcOnLoad", "1"))));

    private static XElement Core(string title, DateTime? created)
    {
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace terms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        var date = created?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new XElement(cp + "coreProperties",
            Declare("dc", dc),
            Declare("dcterms", terms),
            Declare("xsi", xsi),
            Declare("cp", cp),
            // No text node for an empty title: the element is then written as one empty tag.
            new XElement(dc + "title", title.Length == 0 ? null : title),
            new XElement(dc + "creator", "SalesKpi"),
            date is null ? null : new[] { "created", "modified" }.Select(element => new XElement(terms + element, new XAttribute(xsi + "type", "dcterms:W3CDTF"), date)));
    }

    private XElement ContentTypes()
    {
        XNamespace ns = Ns.ContentTypes;
        XElement Default(string extension, string type) => new(ns + "Default", Attributes(("Extension", extension), ("ContentType", type)));
        XElement Override(string part, string type) => new(ns + "Override", Attributes(("PartName", "/" + part), ("ContentType", type)));
        return new XElement(ns + "Types",
            Default("rels", "application/vnd.openxmlformats-package.relationships+xml"),
            Default("xml", "application/xml"),
            Override(PackageParts.Workbook, OfficeContent + "spreadsheetml.sheet.main+xml"),
            Override(StylesPart, OfficeContent + "spreadsheetml.styles+xml"),
            _sheetParts.Values.Select(part => Override(part, OfficeContent + "spreadsheetml.worksheet+xml")),
            _otherParts.Select(part => Override(part.Part, part.Type)),
            Override(CorePropertiesPart, "application/vnd.openxmlformats-package.core-properties+xml"),
            Override(AppPropertiesPart, OfficeContent + "extended-properties+xml"));
    }
}
