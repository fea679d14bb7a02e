using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace SalesKpi.Read;

/// <summary>
/// Opens an .xlsx for reading with bounds: a malformed or truncated zip, or one whose parts inflate
/// far beyond its size, is refused before any part is parsed, and no part is read past its limit.
/// </summary>
internal sealed class XlsxParts : IDisposable
{
    /// <summary>The most a whole package may inflate to.</summary>
    public const long MaxUncompressedBytes = 1L << 30;

    /// <summary>How much larger than its compressed size a big part may be; XML compresses well, but not this well.</summary>
    private const long MaxRatio = 250;

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false, CloseInput = true };

    private readonly ZipArchive _zip;

    private XlsxParts(ZipArchive zip) => _zip = zip;

    public static XlsxParts Open(Stream stream)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException("This is not a readable .xlsx file: its zip structure is damaged or it was cut short.", e);
        }

        try
        {
            var total = 0L;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > 10_000_000 && entry.Length > entry.CompressedLength * MaxRatio)
                {
                    throw new InvalidDataException(FormattableString.Invariant(
                        $"Part {entry.FullName} would inflate from {entry.CompressedLength:N0} to {entry.Length:N0} bytes; that is no spreadsheet."));
                }
            }

            if (total > MaxUncompressedBytes)
            {
                throw new InvalidDataException(FormattableString.Invariant(
                    $"The file's parts would inflate to {total:N0} bytes, more than the {MaxUncompressedBytes:N0} this reader accepts."));
            }

            return new XlsxParts(zip);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public bool Has(string path) => Entry(path) is not null;

    /// <summary>Reads a part as XML, never past the size its zip entry declares.</summary>
    public XmlReader Xml(string path)
    {
        return XmlReader.Create(Open(path), Settings);
    }

    /// <summary>Every part's path, in the package's order.</summary>
    public IEnumerable<string> Paths => _zip.Entries.Select(e => e.FullName);

    /// <summary>A part's bytes, never past the size its zip entry declares.</summary>
    public Stream Open(string path)
    {
        var entry = Entry(path) ?? throw new InvalidDataException($"The workbook has no part {path}.");
        return new BoundedStream(entry.Open(), entry.Length);
    }

    /// <summary>A part as an XML tree, whitespace kept: for the small parts a fill rewrites.</summary>
    public XDocument Document(string path)
    {
        using var xml = Xml(path);
        return XDocument.Load(xml, LoadOptions.PreserveWhitespace);
    }

    public void Dispose() => _zip.Dispose();

    private ZipArchiveEntry? Entry(string path) =>
        _zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, path.TrimStart('/'), StringComparison.OrdinalIgnoreCase));

    /// <summary>A stream that fails once more bytes come out than were declared: a lying zip header cannot flood memory.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            _read += read;
            return _read > limit ? throw new InvalidDataException("A part of the file holds more than its zip entry declares.") : read;
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
    }
}
