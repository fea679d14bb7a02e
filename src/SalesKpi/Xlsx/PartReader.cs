using System;
using System.Text;
using System.Xml;

namespace SalesKpi.Xlsx;

/// <summary>
/// One pass over one part with <see cref="XmlReader"/>, never a tree: nesting deeper than any
/// spreadsheet's and nodes longer than any cell's are refused, and malformed XML becomes bad input
/// naming the part. Text is read in chunks, so a long value costs no more than the limit it is read to.
/// </summary>
internal sealed class PartReader(XmlReader xml, PartStream stream) : IDisposable
{
    /// <summary>SpreadsheetML nests about ten deep (extensions a little more); anything far deeper is crafted.</summary>
    public const int MaxDepth = 64;

    private readonly char[] _chunk = new char[4096];

    public XmlReader Xml { get; } = xml;

    public string Part => stream.Part;

    /// <summary>Moves to the next node; false at the end of the part.</summary>
    public bool Read()
    {
        stream.Mark();
        try
        {
            if (!Xml.Read())
            {
                return false;
            }
        }
        catch (Exception e) when (e is XmlException or DecoderFallbackException or ArgumentException)
        {
            throw NotWellFormed(e);
        }

        if (Xml.Depth > MaxDepth)
        {
            throw XlsxParts.Damaged(Part, FormattableString.Invariant($"Part {Part} nests elements more than {MaxDepth} deep; no spreadsheet does."));
        }

        return true;
    }

    /// <summary>
    /// Moves to the next node inside the element that starts at <paramref name="depth"/>; false on its
    /// end tag. Callers take the depth where they stand on a start tag that is not empty.
    /// </summary>
    public bool ReadInside(int depth) => Read() && !(Xml.NodeType == XmlNodeType.EndElement && Xml.Depth == depth);

    /// <summary>Whether the reader stands on a start tag of SpreadsheetML's namespace with this name.</summary>
    public bool IsElement(string localName) =>
        Xml.NodeType == XmlNodeType.Element && Xml.LocalName == localName && Ns.IsMain(Xml.NamespaceURI);

    /// <summary>
    /// Reads the text of the element the reader stands on, up to its end tag, appending at most
    /// <paramref name="max"/> characters; false when it held more (the rest is read past, not kept).
    /// </summary>
    public bool ReadText(StringBuilder into, int max)
    {
        if (Xml.IsEmptyElement)
        {
            return true;
        }

        var depth = Xml.Depth;
        var fits = true;
        while (ReadInside(depth))
        {
            if (Xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                fits &= AppendChunks(into, max);
            }
        }

        return fits;
    }

    /// <summary>Reads past the element the reader stands on, to its end tag.</summary>
    public void Skip()
    {
        if (Xml.NodeType != XmlNodeType.Element || Xml.IsEmptyElement)
        {
            return;
        }

        var depth = Xml.Depth;
        while (ReadInside(depth))
        {
        }
    }

    public void Dispose() => Xml.Dispose();

    /// <summary>Appends the text node's value chunk by chunk while it fits; false when it did not.</summary>
    private bool AppendChunks(StringBuilder into, int max)
    {
        var fits = true;
        try
        {
            int read;
            while ((read = Xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
            {
                stream.Mark();
                fits = fits && into.Length + read <= max;
                if (fits)
                {
                    into.Append(_chunk, 0, read);
                }
            }
        }
        catch (Exception e) when (e is XmlException or DecoderFallbackException or ArgumentException)
        {
            throw NotWellFormed(e);
        }

        return fits;
    }

    private SalesDataException NotWellFormed(Exception e) => XlsxParts.Damaged(Part, $"Part {Part} is not well-formed XML: {e.Message}");
}
