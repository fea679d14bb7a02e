using System;
using System.Collections.Generic;
using System.Xml;
using System.Xml.Linq;

namespace SalesKpi.Xlsx;

/// <summary>
/// One small element of a streamed part (a cell) held as a tree while a rewrite changes it, then
/// written back in the prefixes it came with. The part's other nodes never become a tree.
/// </summary>
internal static class Buffered
{
    /// <summary>More nodes than a cell of 32,767 characters in runs of their own could hold.</summary>
    private const int MaxNodes = 1_000_000;

    private const string XmlnsUri = "http://www.w3.org/2000/xmlns/";

    /// <summary>The element the reader stands on, with everything in it; the reader is left on its end.</summary>
    public static XElement Read(PartReader part)
    {
        var x = part.Xml;
        var root = Start(x);
        if (x.IsEmptyElement)
        {
            return root;
        }

        var open = new Stack<XElement>();
        open.Push(root);
        var nodes = 0;
        while (part.Read())
        {
            if (++nodes > MaxNodes)
            {
                throw XlsxParts.Damaged(part.Part, FormattableString.Invariant($"Part {part.Part} holds an element of more than {MaxNodes:N0} nodes; no cell is that large."));
            }

            switch (x.NodeType)
            {
                case XmlNodeType.Element:
                    var element = Start(x);
                    open.Peek().Add(element);
                    if (!x.IsEmptyElement)
                    {
                        open.Push(element);
                    }

                    break;
                case XmlNodeType.EndElement:
                    open.Pop();
                    if (open.Count == 0)
                    {
                        return root;
                    }

                    break;
                case XmlNodeType.CDATA:
                    open.Peek().Add(new XCData(x.Value));
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    open.Peek().Add(new XText(x.Value));
                    break;
            }
        }

        throw XlsxParts.Damaged(part.Part, $"Part {part.Part} ends inside an element.");
    }

    /// <summary>Writes an element read by <see cref="Read"/>, or made, in the prefixes in scope where it was read.</summary>
    public static void Write(XElement element, XmlWriter xml)
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
            else if (name.Namespace == XNamespace.Xml)
            {
                xml.WriteAttributeString("xml", name.LocalName, XNamespace.Xml.NamespaceName, attribute.Value);
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
                    Write(child, xml);
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

    private static XElement Start(XmlReader x)
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
