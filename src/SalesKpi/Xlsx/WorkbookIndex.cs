using System;
using System.Collections.Generic;
using System.Text;

namespace SalesKpi.Xlsx;

/// <summary>
/// What the workbook part says: its sheets (name and part), its workbook-wide defined names and where
/// its shared strings are, found through the package's relationships as the format says, streamed.
/// </summary>
internal sealed class WorkbookIndex
{
    private const int MaxNameChars = 65_536;

    private WorkbookIndex(List<(string Name, string Path)> sheets, Dictionary<string, string> names, string? sharedStrings)
    {
        Sheets = sheets;
        Names = names;
        SharedStringsPath = sharedStrings;
    }

    /// <summary>The sheets in tab order: name and part path.</summary>
    public IReadOnlyList<(string Name, string Path)> Sheets { get; }

    /// <summary>The workbook-wide defined names and what each refers to.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    public string? SharedStringsPath { get; }

    public static WorkbookIndex Read(XlsxParts parts)
    {
        var workbook = parts.Has("_rels/.rels")
            ? Relationships(parts, "", "_rels/.rels").Find(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target
            : null;
        workbook ??= "xl/workbook.xml";
        if (!parts.Has(workbook))
        {
            throw XlsxParts.Damaged("(file)", "This is not a readable .xlsx file: it has no workbook part. Is it a spreadsheet?");
        }

        var folder = Folder(workbook);
        var relationshipsPath = RelationshipsOf(workbook);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        string? sharedStrings = null;
        if (parts.Has(relationshipsPath))
        {
            foreach (var (id, type, target) in Relationships(parts, folder, relationshipsPath))
            {
                targets[id] = target;
                if (type.EndsWith("/sharedStrings", StringComparison.Ordinal))
                {
                    sharedStrings = target;
                }
            }
        }

        var sheets = new List<(string, string)>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        using var part = parts.Read(workbook);
        while (part.Read())
        {
            if (part.IsElement("sheet"))
            {
                var id = Id(part);
                if (id is not null && targets.TryGetValue(id, out var path))
                {
                    sheets.Add((part.Xml.GetAttribute("name") ?? "", path));
                }
            }
            else if (part.IsElement("definedName"))
            {
                var name = part.Xml.GetAttribute("name") ?? "";
                var global = part.Xml.GetAttribute("localSheetId") is null;
                var text = new StringBuilder();
                if (part.ReadText(text, MaxNameChars) && global)
                {
                    names[name] = text.ToString();
                }
            }
        }

        return new WorkbookIndex(sheets, names, sharedStrings);
    }

    /// <summary>The parts that a part's relationships of one type (its last segment, e.g. "table") point to, as part paths.</summary>
    public static List<string> Related(XlsxParts parts, string path, string type)
    {
        var relationships = RelationshipsOf(path);
        return parts.Has(relationships)
            ? Relationships(parts, Folder(path), relationships).FindAll(r => r.Type.EndsWith("/" + type, StringComparison.Ordinal)).ConvertAll(r => r.Target)
            : new List<string>();
    }

    /// <summary>The r:id attribute, in either the transitional or the strict namespace.</summary>
    private static string? Id(PartReader part)
    {
        for (var more = part.Xml.MoveToFirstAttribute(); more; more = part.Xml.MoveToNextAttribute())
        {
            if (part.Xml.LocalName == "id" && Ns.IsRelationships(part.Xml.NamespaceURI))
            {
                var id = part.Xml.Value;
                part.Xml.MoveToElement();
                return id;
            }
        }

        part.Xml.MoveToElement();
        return null;
    }

    private static List<(string Id, string Type, string Target)> Relationships(XlsxParts parts, string folder, string path)
    {
        var list = new List<(string, string, string)>();
        using var part = parts.Read(path);
        while (part.Read())
        {
            if (part.Xml.NodeType == System.Xml.XmlNodeType.Element && part.Xml.LocalName == "Relationship"
                && part.Xml.GetAttribute("TargetMode") != "External" && part.Xml.GetAttribute("Target") is { } target)
            {
                list.Add((part.Xml.GetAttribute("Id") ?? "", part.Xml.GetAttribute("Type") ?? "", Resolve(folder, target)));
            }
        }

        return list;
    }

    /// <summary>A relationship's target as a part path: relative to the source's folder, or absolute from the package's root.</summary>
    private static string Resolve(string folder, string target)
    {
        target = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var segments = new List<string>();
        foreach (var segment in ((target.StartsWith("/", StringComparison.Ordinal) ? "" : folder) + target).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join("/", segments);
    }

    private static string Folder(string path) => path.Substring(0, path.LastIndexOf('/') + 1);

    private static string RelationshipsOf(string path) => Folder(path) + "_rels/" + path.Substring(Folder(path).Length) + ".rels";
}
