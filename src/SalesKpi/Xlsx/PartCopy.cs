using System.Text;
using System.Xml;

namespace SalesKpi.Xlsx;

/// <summary>
/// Copies a part node by node, in its own prefixes, with the changes a subclass asks for: elements
/// taken over or dropped, attributes changed or added, the text of some elements rewritten, and nodes written
/// before others. Nothing of the part is held beyond the node being copied and one element's text.
/// </summary>
internal abstract class PartCopy
{
    public void Copy(PartReader part, XmlWriter xml)
    {
        var x = part.Xml;
        StringBuilder? text = null;
        string? textElement = null;
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
                xml.WriteString(whole ? Text(textElement!, text.ToString()) : text.ToString());
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
                XmlCopy.Node(x, xml);
                continue;
            }

            var name = x.LocalName;
            var empty = x.IsEmptyElement;
            xml.WriteStartElement(x.Prefix, name, x.NamespaceURI);
            XmlCopy.Attributes(x, xml, (attribute, ns, value) => Attribute(name, attribute, ns, value));
            MoreAttributes(x, xml);
            if (empty)
            {
                xml.WriteEndElement();
            }
            else if (RewritesText(x))
            {
                text = new StringBuilder();
                textElement = name;
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

    /// <summary>Names in SpreadsheetML whose text is a formula or a range list.</summary>
    protected static bool IsReferenceText(string name) => name is "f" or "formula" or "formula1" or "formula2" or "sqref";

    /// <summary>An attribute's value as written; null drops it.</summary>
    protected virtual string? Attribute(string element, string name, string ns, string value) => value;

    /// <summary>Attributes to add to the element whose own were just written.</summary>
    protected virtual void MoreAttributes(XmlReader element, XmlWriter xml)
    {
    }

    /// <summary>Whether the text of the element the reader stands on goes through <see cref="Text"/>.</summary>
    protected virtual bool RewritesText(XmlReader element) => false;

    protected virtual string Text(string element, string text) => text;

    /// <summary>Called before each start and end tag is copied, to write something in front of it.</summary>
    protected virtual void Before(XmlReader node, XmlWriter xml)
    {
    }
}
