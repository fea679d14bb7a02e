using System;
using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SalesKpi.Xlsx;

/// <summary>
/// Copies a part node by node, in its own prefixes, with the changes a subclass asks for: elements
/// taken over or dropped, attributes changed or added, the text of some elements rewritten, and nodes written
/// before others. Nothing of the part is held beyond the node being copied, one element's text, and the
/// one small element (a cell) a subclass may hold as a tree while it changes it.
/// </summary>
internal abstract class PartCopy
{
    private const string XmlnsUri = "http://www.w3.org/2000/xmlns/";

    /// <summary>More nodes than a cell of 32,767 characters in runs of their own could hold.</summary>
    private const int MaxElementNodes = 1_000_000;

    /// <summary>Copies the part to <paramref name="output"/>: UTF-8 without a byte-order mark, standalone, as Excel writes; a carriage return in text stays one.</summary>
    public virtual void Copy(PartReader part, Stream output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false, NewLineHandling = NewLineHandling.Entitize });
        xml.WriteStartDocument(standalone: true);
        var x = part.Xml;
        StringBuilder? text = null;
        Func<string, string>? rewrite = null;
        var textDepth = -1;
        while (part.Read())
        {
            if (text is not null)
            {
                if (x.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                {
                    text.Append(x.Value);
                    continue;
                }

                // Only text that is all an element holds is rewritten; an element with elements in it is copied as it is.
                var whole = x.NodeType == XmlNodeType.EndElement && x.Depth == textDepth;
                xml.WriteString(whole ? rewrite!(text.ToString()) : text.ToString());
                text = null;
            }

            if (x.NodeType is XmlNodeType.Element or XmlNodeType.EndElement)
            {
                Before(x, xml);
            }

            if (x.NodeType == XmlNodeType.Element && Takes(part, xml))
            {
                continue;
            }

            if (x.NodeType != XmlNodeType.Element)
            {
                CopyNode(x, xml);
                continue;
            }

            var empty = x.IsEmptyElement;
            WriteStart(x, xml);
            if (empty)
            {
                xml.WriteEndElement();
            }
            else if (TextRewrite(x) is { } textRewrite)
            {
                text = new StringBuilder();
                rewrite = textRewrite;
                textDepth = x.Depth;
            }
        }

        xml.WriteEndDocument();
    }

    /// <summary>
    /// Whether the subclass took the element the reader stands on: wrote what it stands for, or
    /// nothing, and read to its end (<see cref="PartReader.Skip"/> drops it with all it holds).
    /// </summary>
    protected virtual bool Takes(PartReader part, XmlWriter xml) => false;

    /// <summary>An attribute's value as written; null drops it.</summary>
    protected virtual string? Attribute(string element, string name, string ns, string value) => value;

    /// <summary>Attributes to add to the element whose own were just written.</summary>
    protected virtual void MoreAttributes(XmlReader element, XmlWriter xml)
    {
    }

    /// <summary>How the text of the element the reader stands on is rewritten; null where it is copied as it is.</summary>
    protected virtual Func<string, string>? TextRewrite(XmlReader element) => null;

    /// <summary>Called before each start and end tag is copied, to write something in front of it.</summary>
    protected virtual void Before(XmlReader node, XmlWriter xml)
    {
    }

    /// <summary>The start tag of the element the reader stands on, its attributes as <see cref="Attribute"/> and <see cref="MoreAttributes"/> make them.</summary>
    protected void WriteStart(XmlReader element, XmlWriter xml)
    {
        var name = element.LocalName;
        xml.WriteStartElement(element.Prefix, name, element.NamespaceURI);
        CopyAttributes(element, xml, (attribute, ns, value) => Attribute(name, attribute, ns, value));
        MoreAttributes(element, xml);
    }

    /// <summary>Writes the node the reader stands on when it is no element: an end tag, text or whitespace. The XML declaration is the writer's own.</summary>
    protected static void CopyNode(XmlReader reader, XmlWriter writer)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                break;
            case XmlNodeType.Text:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
            case XmlNodeType.Whitespace:
            case XmlNodeType.SignificantWhitespace:
                writer.WriteWhitespace(reader.Value);
                break;
        }
    }

    /// <summary>The element's attributes, namespace declarations first as they stand; the reader is left on the element.</summary>
    /// <param name="reader">The reader, on an element.</param>
    /// <param name="writer">The writer the attributes go to.</param>
    /// <param name="attribute">Each attribute's value as written, from its local name, namespace and value; null drops it.</param>
    protected static void CopyAttributes(XmlReader reader, XmlWriter writer, Func<string, string, string, string?> attribute)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            var value = reader.NamespaceURI == XmlnsUri ? reader.Value : attribute(reader.LocalName, reader.NamespaceURI, reader.Value);
            if (value is not null)
            {
                writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, value);
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    /// <summary>Revision ids (xr2:uid and kin) that some programs write without marking them ignorable, which makes the part invalid.</summary>
    protected static bool IsRevisionId(string namespaceUri) =>
        namespaceUri.StartsWith("http://schemas.microsoft.com/office/spreadsheetml/201", StringComparison.Ordinal)
        && namespaceUri.IndexOf("/revision", StringComparison.Ordinal) > 0;

    /// <summary>The element the reader stands on, with everything in it, as a tree; the reader is left on its end.</summary>
    protected static XElement ReadElement(PartReader part)
    {
        var nodes = 0;
        return ReadTree(part, ref nodes);
    }

    private static XElement ReadTree(PartReader part, ref int nodes)
    {
        var x = part.Xml;
        var element = StartOf(x);
        if (x.IsEmptyElement)
        {
            return element;
        }

        // The reader refuses a part that ends inside an element, so this ends at the element's end tag.
        var depth = x.Depth;
        while (part.Read() && !(x.NodeType == XmlNodeType.EndElement && x.Depth == depth))
        {
            if (++nodes > MaxElementNodes)
            {
                throw XlsxParts.Damaged(part.Part, FormattableString.Invariant($"Part {part.Part} holds an element of more than {MaxElementNodes:N0} nodes; no cell is that large."));
            }

            // PartReader refuses nesting deeper than a spreadsheet's, so the recursion stays shallow.
            element.Add(x.NodeType switch
            {
                XmlNodeType.Element => ReadTree(part, ref nodes),
                XmlNodeType.CDATA => new XCData(x.Value),
                XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace => new XText(x.Value),
                _ => null,
            });
        }

        return element;
    }

    /// <summary>Writes an element read by <see cref="ReadElement"/>, or made, in the prefixes in scope where it was read.</summary>
    protected static void WriteElement(XElement element, XmlWriter xml)
    {
        var ns = element.Name.NamespaceName;
        var prefix = element.Annotation<Prefix>()?.Text ?? (ns.Length == 0 ? "" : xml.LookupPrefix(ns) ?? "");
        xml.WriteStartElement(prefix, element.Name.LocalName, ns);
        foreach (var attribute in element.Attributes())
        {
            var name = attribute.Name;
            if (name.Namespace == XNamespace.Xmlns)
            {
                xml.WriteAttributeString("xmlns", name.LocalName, XmlnsUri, attribute.Value);
            }
            else if (name.Namespace == XNamespace.None && name.LocalName == "xmlns")
            {
                xml.WriteAttributeString("", "xmlns", XmlnsUri, attribute.Value);
            }
            else
            {
                xml.WriteAttributeString(name.LocalName, name.NamespaceName, attribute.Value);
            }
        }

        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement child:
                    WriteElement(child, xml);
                    break;
                case XCData data:
                    xml.WriteCData(data.Value);
                    break;
                case XText text:
                    xml.WriteString(text.Value);
                    break;
            }
        }

        xml.WriteFullEndElement();
    }

    /// <summary>The start tag the reader stands on as an element, its prefix kept for writing it back.</summary>
    private static XElement StartOf(XmlReader x)
    {
        var element = new XElement(XName.Get(x.LocalName, x.NamespaceURI));
        element.AddAnnotation(new Prefix(x.Prefix));
        if (x.MoveToFirstAttribute())
        {
            do
            {
                var name = x.NamespaceURI == XmlnsUri
                    ? (x.Prefix.Length == 0 ? XName.Get("xmlns") : XNamespace.Xmlns + x.LocalName)
                    : XName.Get(x.LocalName, x.NamespaceURI);
                element.SetAttributeValue(name, x.Value);
            }
            while (x.MoveToNextAttribute());

            x.MoveToElement();
        }

        return element;
    }

    private sealed class Prefix(string text)
    {
        public string Text { get; } = text;
    }
}
