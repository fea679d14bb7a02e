using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SalesKpi.Tests.Support;

/// <summary>
/// A package as the Open XML SDK's typed model loads it: what the model does not know, and where an
/// element's children stand in another order than the schema's. Independent of the library's writer.
/// </summary>
public static class TypedModel
{
    /// <summary>The parts the SDK reads without a typed model: the package's core properties, an OPC part it reads as package properties.</summary>
    public static readonly string[] Untyped = ["/docProps/core.xml"];

    /// <summary>Every part of the package, each once, by its name.</summary>
    public static IReadOnlyDictionary<string, OpenXmlPart> Parts(SpreadsheetDocument document)
    {
        var parts = new SortedDictionary<string, OpenXmlPart>(StringComparer.Ordinal);
        void Visit(OpenXmlPartContainer container)
        {
            foreach (var pair in container.Parts)
            {
                if (parts.TryAdd(pair.OpenXmlPart.Uri.OriginalString, pair.OpenXmlPart))
                {
                    Visit(pair.OpenXmlPart);
                }
            }
        }

        Visit(document);
        return parts;
    }

    /// <summary>
    /// Each element the SDK loads as unknown (<see cref="OpenXmlUnknownElement"/>) and each attribute it
    /// does not know (<see cref="OpenXmlElement.ExtendedAttributes"/>), one line each with part and
    /// path, and each part that has no typed model besides <see cref="Untyped"/>.
    /// </summary>
    public static string[] Unknowns(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var found = new List<string>();
        foreach (var (name, part) in Parts(document))
        {
            if (part.RootElement is not { } root)
            {
                if (!Untyped.Contains(name))
                {
                    found.Add($"{name}: no typed model ({part.GetType().Name}, {part.ContentType})");
                }

                continue;
            }

            foreach (var element in root.Descendants().Prepend(root))
            {
                if (element is OpenXmlUnknownElement)
                {
                    found.Add($"{name} {Path(element)}: unknown element {{{element.NamespaceUri}}}{element.LocalName}");
                }

                found.AddRange(element.ExtendedAttributes.Select(a => $"{name} {Path(element)}: unknown attribute {{{a.NamespaceUri}}}{a.LocalName}=\"{a.Value}\""));
            }
        }

        return found.ToArray();
    }

    /// <summary>What <see cref="Unknowns"/> finds, once per part and kind, without where in the part: to compare two files.</summary>
    public static string[] UnknownKinds(string path) =>
        Unknowns(path).Select(u => System.Text.RegularExpressions.Regex.Replace(u, @"^(\S+) /\S*: ", "$1: ")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The local names of an element's children, once each, in the order the SDK's schema puts them:
    /// one child of each name added to an empty copy, last first. (AddChild keeps one child per name.)
    /// </summary>
    public static string[] SchemaOrder(OpenXmlCompositeElement element)
    {
        var ordered = (OpenXmlCompositeElement)element.CloneNode(false);
        foreach (var child in element.ChildElements.DistinctBy(c => (c.NamespaceUri, c.LocalName)).Reverse())
        {
            // AddChild puts a child the schema knows where the schema wants it, whatever is already there.
            ordered.AddChild(child.CloneNode(true));
        }

        return Names(ordered);
    }

    /// <summary>The children of the workbook and of every worksheet, by sheet name, as the file has them.</summary>
    public static IReadOnlyDictionary<string, OpenXmlCompositeElement> WorkbookAndSheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        var elements = new Dictionary<string, OpenXmlCompositeElement>(StringComparer.Ordinal) { ["(workbook)"] = workbook.Workbook };
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            elements[sheet.Name!] = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        }

        return elements;
    }

    /// <summary>The workbook and each worksheet whose children stand in another order than the schema's, with both orders.</summary>
    public static string[] OutOfOrder(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return WorkbookAndSheets(document)
            .Select(e => (e.Key, Actual: Runs(e.Value), Schema: SchemaOrder(e.Value)))
            .Where(e => !e.Actual.SequenceEqual(e.Schema))
            .Select(e => $"{e.Key}: {string.Join(",", e.Actual)}; the schema's order: {string.Join(",", e.Schema)}")
            .ToArray();
    }

    public static string[] Names(OpenXmlElement element) => element.ChildElements.Select(c => c.LocalName).ToArray();

    /// <summary>The local names of an element's children, each run of one name as one: conditionalFormatting x3 is one step.</summary>
    public static string[] Runs(OpenXmlElement element) =>
        Names(element).Where((name, i) => i == 0 || name != element.ChildElements[i - 1].LocalName).ToArray();

    private static string Path(OpenXmlElement element)
    {
        var steps = new List<string>();
        for (var at = element; at is not null; at = at.Parent)
        {
            var index = at.Parent?.ChildElements.Where(c => c.LocalName == at.LocalName).TakeWhile(c => !ReferenceEquals(c, at)).Count() ?? 0;
            steps.Add($"{at.Prefix}:{at.LocalName}[{index + 1}]");
        }

        steps.Reverse();
        return "/" + string.Join("/", steps);
    }
}
