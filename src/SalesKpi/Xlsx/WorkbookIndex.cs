using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SalesKpi.Xlsx;

/// <summary>
/// What the workbook part says: its sheets (name and part), its workbook-wide defined names and where
/// its shared strings are, found through the package's relationships as the format says, streamed.
/// </summary>
/// <param name="Sheets">The sheets in tab order: name and part path.</param>
/// <param name="Names">The workbook-wide defined names and what each refers to.</param>
/// <param name="SharedStringsPath">The shared strings' part, if the workbook has one.</param>
internal sealed record WorkbookIndex(IReadOnlyList<(string Name, string Path)> Sheets, IReadOnlyDictionary<string, string> Names, string? SharedStringsPath)
{
    private const int MaxNameChars = 65_536;

    /// <summary>Sheet name to part path, names compared without regard to case as Excel does; the first of two alike wins.</summary>
    public Dictionary<string, string> SheetPaths() =>
        Sheets.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(s => s.Key, s => s.First().Path, StringComparer.OrdinalIgnoreCase);

    public static WorkbookIndex Read(XlsxParts parts)
    {
        var workbook = Relationships(parts, "").Find(r => r.Is("officeDocument")).Target ?? PackageParts.Workbook;
        if (!parts.Has(workbook))
        {
            throw XlsxParts.Damaged("(file)", "This is not a readable .xlsx file: it has no workbook part. Is it a spreadsheet?");
        }

        var relationships = Relationships(parts, workbook);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            targets[relationship.Id] = relationship.Target;
        }

        var sheets = new List<(string, string)>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Elements(workbook))
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

        return new WorkbookIndex(sheets, names, relationships.FindLast(r => r.Is("sharedStrings")).Target);
    }

    /// <summary>The parts that a part's relationships of one type (its last segment, e.g. "table") point to, as part paths.</summary>
    public static List<string> Related(XlsxParts parts, string path, string type) =>
        Relationships(parts, path).FindAll(r => r.Is(type)).ConvertAll(r => r.Target);

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

    /// <summary>The relationships of a part ("" for the package's own), targets resolved to part paths; none where it has no relationships part.</summary>
    private static List<Relationship> Relationships(XlsxParts parts, string source)
    {
        var list = new List<Relationship>();
        var path = RelationshipsOf(source);
        if (!parts.Has(path))
        {
            return list;
        }

        foreach (var part in parts.Elements(path))
        {
            if (part.Xml.LocalName == "Relationship" && part.Xml.GetAttribute("TargetMode") != "External" && part.Xml.GetAttribute("Target") is { } target)
            {
                list.Add(new Relationship(part.Xml.GetAttribute("Id") ?? "", part.Xml.GetAttribute("Type") ?? "", Resolve(Folder(source), target)));
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

    private readonly record struct Relationship(string Id, string Type, string Target)
    {
        /// <summary>Whether the type ends with this segment, e.g. "table": transitional and strict types differ only before it.</summary>
        public bool Is(string type) => Type.EndsWith("/" + type, StringComparison.Ordinal);
    }
}
