using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace SalesKpi.Xlsx;

/// <summary>
/// An .xlsx opened for reading, with bounds: a damaged or cut-short zip is refused when it opens, a part
/// that would inflate far beyond its size or past its kind's limit is refused before it is read, and
/// every part read to its end is checked against its declared size and checksum. Limits hold per part
/// read, not summed over the package: a big workbook's many parts are no bomb.
/// </summary>
internal sealed class XlsxParts : IDisposable
{
    /// <summary>
    /// The most a worksheet may inflate to. The library's own workbook at Excel's row limit has a data
    /// sheet of about 1.4 GB (its KPI sheet, which the reader skips, about 2 GB); over four times that is
    /// more than any sheet of a KPI workbook holds.
    /// </summary>
    public const long MaxSheetBytes = 6L << 30;

    /// <summary>The most any other part may inflate to: shared strings, the workbook part, relationships.</summary>
    public const long MaxPartBytes = 1L << 30;

    /// <summary>How much larger than its compressed size a big part may be; XML compresses well, but not this well.</summary>
    private const long MaxRatio = 250;

    private const long RatioCheckedAbove = 10_000_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;

    private XlsxParts(ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries)
    {
        _zip = zip;
        _entries = entries;
    }

    /// <summary>Every part's path, in the package's order.</summary>
    public IEnumerable<string> Paths => _zip.Entries.Select(e => e.FullName);

    /// <exception cref="SalesDataException">The file is no zip, is cut short, or holds a part that inflates like a zip bomb.</exception>
    public static XlsxParts Open(Stream stream)
    {
        var zip = Unzipped(() => new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true), "its zip structure is damaged or it was cut short");
        try
        {
            var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
            // The runtime reads the zip's central directory only when first asked for its entries.
            foreach (var entry in Unzipped(() => zip.Entries, "its zip directory is damaged or it was cut short"))
            {
                if (entries.ContainsKey(entry.FullName))
                {
                    throw Damaged(entry.FullName, "This is not a readable .xlsx file: it holds two parts of this name.");
                }

                entries.Add(entry.FullName, entry);
            }

            if (!entries.ContainsKey(PackageParts.ContentTypes))
            {
                throw Damaged("(file)", "This is not a readable .xlsx file: it is a zip, but without the [Content_Types].xml every Office file has.");
            }

            return new XlsxParts(zip, entries);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>The bad-input exception for a damaged or oversized part.</summary>
    public static SalesDataException Damaged(string part, string message) => new(new DataProblem(part, "(file)", null, message));

    public bool Has(string path) => Entry(path) is not null;

    /// <summary>A part's bytes, never past the size its zip entry declares nor <paramref name="limit"/>; checked against its checksum at its end.</summary>
    public PartStream Open(string path, long limit = MaxSheetBytes)
    {
        var entry = Entry(path) ?? throw Damaged(path, $"The workbook has no part {path}.");
        // Limits hold for the parts read, each on its own: pictures or parts a reader skips cost nothing.
        if (entry.Length > RatioCheckedAbove && entry.Length > entry.CompressedLength * MaxRatio)
        {
            throw Damaged(entry.FullName, FormattableString.Invariant(
                $"Part {entry.FullName} would inflate from {entry.CompressedLength:N0} to {entry.Length:N0} bytes; that is no spreadsheet."));
        }

        if (entry.Length > limit)
        {
            throw Damaged(entry.FullName, FormattableString.Invariant(
                $"Part {entry.FullName} would inflate to {entry.Length:N0} bytes, more than the {limit:N0} this reader accepts for it."));
        }

        Stream inner;
        try
        {
            inner = entry.Open();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw Damaged(entry.FullName, $"Part {entry.FullName} cannot be unpacked: {e.Message}");
        }

#if NETSTANDARD2_0
        uint? checksum = null; // netstandard2.0's zip entries do not expose their checksum
#else
        uint? checksum = entry.Crc32;
#endif
        return new PartStream(inner, entry.FullName, entry.Length, checksum);
    }

    /// <summary>Reads a part as XML: no DTD, no depth beyond any spreadsheet's, no node larger than a cell can hold.</summary>
    public PartReader Read(string path, long limit = MaxPartBytes)
    {
        var stream = Open(path, limit);
        stream.NodeLimit = PartStream.MaxNodeBytes;
        return new PartReader(XmlReader.Create(stream, Settings), stream);
    }

    /// <summary>Reads a part as <see cref="Read"/> does, stopping on each start tag.</summary>
    public IEnumerable<PartReader> Elements(string path, long limit = MaxPartBytes)
    {
        using var part = Read(path, limit);
        while (part.Read())
        {
            if (part.Xml.NodeType == XmlNodeType.Element)
            {
                yield return part;
            }
        }
    }

    /// <summary>A part of a workbook this library just wrote, as XML.</summary>
    public XmlReader Xml(string path) => XmlReader.Create(Open(path), Settings);

    /// <summary>A part of a workbook this library just wrote, as an XML tree, whitespace kept; never a part of someone else's file.</summary>
    public XDocument Document(string path)
    {
        using var xml = Xml(path);
        return XDocument.Load(xml, LoadOptions.PreserveWhitespace);
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>Reads the zip's structure; what the runtime throws for a damaged or cut-short zip becomes bad input.</summary>
    private static T Unzipped<T>(Func<T> read, string damage)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException)
        {
            throw Damaged("(file)", $"This is not a readable .xlsx file: {damage}.");
        }
    }

    private ZipArchiveEntry? Entry(string path) => _entries.TryGetValue(path.TrimStart('/'), out var entry) ? entry : null;
}

/// <summary>
/// A part's bytes as they inflate: fails once more come out than were declared (a lying zip header
/// cannot flood memory), once one XML node runs longer than any cell's, and at the end when the size
/// or the checksum does not match.
/// </summary>
internal sealed class PartStream(Stream inner, string part, long declared, uint? checksum) : Stream
{
    private long _read;
    private long _sinceMark;
    private uint _crc = 0xFFFFFFFF;
    private bool _ended;

    /// <summary>The longest run of bytes between two marks: one XML node. A cell holds at most 32,767 characters.</summary>
    public const long MaxNodeBytes = 16 << 20;

    public string Part { get; } = part;

    /// <summary>The longest run of bytes allowed between two marks; none unless a <see cref="PartReader"/> sets it.</summary>
    public long NodeLimit { get; set; } = long.MaxValue;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    /// <summary>The reader has moved on to a new node: the node limit counts from here.</summary>
    public void Mark() => _sinceMark = 0;

    public override int Read(byte[] buffer, int offset, int count)
    {
        int read;
        try
        {
            read = inner.Read(buffer, offset, count);
        }
        catch (InvalidDataException)
        {
            throw XlsxParts.Damaged(Part, $"Part {Part} is damaged: its compressed data does not unpack.");
        }

        if (read == 0)
        {
            End();
            return 0;
        }

        _read += read;
        _sinceMark += read;
        _crc = Crc32.Update(_crc, buffer, offset, read);
        if (_read > declared)
        {
            throw XlsxParts.Damaged(Part, $"Part {Part} is damaged: it holds more than its zip entry declares.");
        }

        if (_sinceMark > NodeLimit)
        {
            throw XlsxParts.Damaged(Part, FormattableString.Invariant(
                $"Part {Part} holds one XML node of more than {MaxNodeBytes:N0} bytes; no cell of a spreadsheet is that long."));
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void End()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        if (_read != declared)
        {
            throw XlsxParts.Damaged(Part, FormattableString.Invariant($"Part {Part} is damaged: it holds {_read:N0} bytes, its zip entry declares {declared:N0}."));
        }

        if (checksum is { } expected && (_crc ^ 0xFFFFFFFF) != expected)
        {
            throw XlsxParts.Damaged(Part, $"Part {Part} is damaged: its content does not match its zip checksum.");
        }
    }
}

/// <summary>The zip format's CRC-32 (IEEE 802.3), which the runtime's zip reader does not check on every framework.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        }

        return c;
    }).ToArray();

    public static uint Update(uint crc, byte[] buffer, int offset, int count)
    {
        for (var i = offset; i < offset + count; i++)
        {
            crc = Table[(crc ^ buffer[i]) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }
}
