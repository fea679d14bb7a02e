using System;
using System.Text;
using System.Xml;

namespace SalesKpi.Xlsx;

/// <summary>
/// One pass over one part with <see cref="XmlReader"/>, never a tree: nesting deeper than any
/// spreadsheet's and nodes longer than any cell's are refused, and malformed XML becomes bad input
/// naming the part. Text is read in chunks, so a long value costs no more than the limit it is read to.
/// </summary>
internal sealed class PartReader : IDisposable
{
    /// <summary>SpreadsheetML nests about ten deep (extensions a little more); anything far deeper is crafted.</summary>
    public const int MaxDepth = 64;

    private readonly PartStream _stream;
    private readonly char[] _chunk = new char[4096];

    public PartReader(XmlReader xml, PartStream stream)
    {
        Xml = xml;
        _stream = stream;
    }

    public XmlReader Xml { get; }

    public string Part => _stream.Part;

    /// <summary>Moves to the next node; false at the end of the part.</summary>
    public bool Read()
    {
        _stream.Mark();
        try
        {
            if (!Xml.Read())
            {
                return false;
            }
        }
        catch (Exception e) when (e is XmlException or DecoderFallbackException or ArgumentException)
        {
            throw XlsxParts.Damaged(Part, $"Part {Part} is not well-formed XML: {e.Message}");
        }

        if (Xml.Depth > MaxDepth)
        {
            throw XlsxParts.Damaged(Part, FormattableString.Invariant($"Part {Part} nests elements more than {MaxDepth} deep; no spreadsheet does."));
        }

        return true;
    }

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
        while (Read() && !(Xml.NodeType == XmlNodeType.EndElement && Xml.Depth == depth))
        {
            if (Xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                fits &= AppendChunks(into, max);
            }
            else if (Xml.NodeType is XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                fits &= Append(into, Xml.Value, max);
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
        while (Read() && !(Xml.NodeType == XmlNodeType.EndElement && Xml.Depth == depth))
        {
        }
    }

    public void Dispose() => Xml.Dispose();

    private bool AppendChunks(StringBuilder into, int max)
    {
        var fits = true;
        try
        {
            int read;
            while ((read = Xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
            {
                _stream.Mark();
                if (fits && into.Length + read <= max)
                {
                    into.Append(_chunk, 0, read);
                }
                else
                {
                    fits = false;
                }
            }
        }
        catch (Exception e) when (e is XmlException or DecoderFallbackException or ArgumentException)
        {
            throw XlsxParts.Damaged(Part, $"Part {Part} is not well-formed XML: {e.Message}");
        }

        return fits;
    }

    private static bool Append(StringBuilder into, string text, int max)
    {
        if (into.Length + text.Length > max)
        {
            return false;
        }

        into.Append(text);
        return true;
    }
}
