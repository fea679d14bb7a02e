using System;
using System.IO;
using System.Text;
using System.Xml;

namespace SalesKpi.Xlsx;

/// <summary>
/// Node-by-node copying from an <see cref="XmlReader"/> to an <see cref="XmlWriter"/>, in the source's
/// own prefixes: a rewrite changes what it must and keeps everything else as the part had it.
/// </summary>
internal static class XmlCopy
{
    private const string XmlnsUri = "http://www.w3.org/2000/xmlns/";

    /// <summary>A writer for a rewritten part: UTF-8 without a byte-order mark, standalone, as Excel writes; a carriage return in text stays one.</summary>
    public static XmlWriter Writer(Stream output)
    {
        var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false, NewLineHandling = NewLineHandling.Entitize });
        xml.WriteStartDocument(standalone: true);
        return xml;
    }

    /// <summary>
    /// Writes the node the reader stands on, without its content: a start tag with its attributes
    /// (closed at once when empty), an end tag, text or whitespace. The XML declaration is the writer's own.
    /// </summary>
    /// <param name="reader">The reader, left where it stands.</param>
    /// <param name="writer">The writer the node goes to.</param>
    /// <param name="attribute">Each attribute's value as written, from its local name, namespace and value; null drops it.</param>
    public static void Node(XmlReader reader, XmlWriter writer, Func<string, string, string, string?>? attribute = null)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                var empty = reader.IsEmptyElement;
                writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                Attributes(reader, writer, attribute);
                if (empty)
                {
                    writer.WriteEndElement();
                }

                break;
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
    public static void Attributes(XmlReader reader, XmlWriter writer, Func<string, string, string, string?>? attribute = null)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            var value = reader.NamespaceURI == XmlnsUri || attribute is null ? reader.Value : attribute(reader.LocalName, reader.NamespaceURI, reader.Value);
            if (value is not null)
            {
                writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, value);
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    /// <summary>Revision ids (xr2:uid and kin) that some programs write without marking them ignorable, which makes the part invalid.</summary>
    public static bool IsRevisionId(string namespaceUri) =>
        namespaceUri.StartsWith("http://schemas.microsoft.com/office/spreadsheetml/201", StringComparison.Ordinal)
        && namespaceUri.IndexOf("/revision", StringComparison.Ordinal) > 0;
}
