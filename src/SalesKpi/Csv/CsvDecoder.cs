using System;
using System.IO;
using System.Text;

namespace SalesKpi.Csv;

/// <summary>
/// The text of a CSV file's bytes, its encoding decided without a silent guess: UTF-8 or UTF-16 by
/// their byte order mark; without one, UTF-8, unless the file is not valid UTF-8 and has no UTF-8
/// character before its first invalid line, which makes it Windows-1252 (what Excel's plain "CSV"
/// writes on a western Windows). Bytes that are valid in neither become U+FFFD, which the reader
/// refuses naming the line. Reads line by line, so memory stays bounded by a line.
/// </summary>
internal sealed class CsvDecoder : TextReader
{
    /// <summary>What Windows-1252 puts at 0x80 to 0x9F; the rest of its bytes are Latin-1 (U+0000 to U+00FF).</summary>
    private const string Windows1252High =
        "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD"
        + "\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178";

    /// <summary>A line is decoded whole; one longer than this is decoded in pieces (the reader refuses it anyway).</summary>
    private const int MaxChunk = 1 << 16;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(false, throwOnInvalidBytes: false);

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[MaxChunk];
    private readonly StreamReader? _utf16;
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _sawUtf8;
    private bool _windows1252;
    private bool _utf8Bom;
    private string _text = "";
    private int _position;

    public CsvDecoder(Stream stream)
    {
        _stream = stream;
        Fill();
        if (Starts(0xEF, 0xBB, 0xBF))
        {
            _start = 3;
            _utf8Bom = true;
        }
        else if (Starts(0xFF, 0xFE) || Starts(0xFE, 0xFF))
        {
            var bigEndian = _buffer[0] == 0xFE;
            _start = 2;

            // UTF-16 replaces invalid code units with U+FFFD, which the reader refuses with the line.
            var rest = new MemoryStream(_buffer, _start, _end - _start);
            _utf16 = new StreamReader(new ConcatenatedStream(rest, stream), new UnicodeEncoding(bigEndian, false, false), false, 4096);
        }
    }

    /// <summary>The encoding decided so far, for messages.</summary>
    public string EncodingName => _utf16 is not null ? "UTF-16" : _windows1252 ? "Windows-1252" : "UTF-8";

    public override int Peek() => _utf16?.Peek() ?? (_position < _text.Length || NextLine() ? _text[_position] : -1);

    public override int Read() => _utf16?.Read() ?? (_position < _text.Length || NextLine() ? _text[_position++] : -1);

    public override int Read(char[] buffer, int index, int count)
    {
        if (_utf16 is not null)
        {
            return _utf16.Read(buffer, index, count);
        }

        if (_position == _text.Length && !NextLine())
        {
            return 0;
        }

        var length = Math.Min(count, _text.Length - _position);
        _text.CopyTo(_position, buffer, index, length);
        _position += length;
        return length;
    }

    protected override void Dispose(bool disposing)
    {
        // The stream belongs to the caller.
        base.Dispose(disposing);
    }

    private bool Starts(params byte[] bom)
    {
        if (_end < bom.Length)
        {
            return false;
        }

        for (var i = 0; i < bom.Length; i++)
        {
            if (_buffer[i] != bom[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tops the buffer up from the stream, keeping what is not yet decoded.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        while (!_endOfStream && _end < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfStream = true;
            }

            _end += read;
        }
    }

    /// <summary>Decodes the next line (up to and including its '\n'), or a piece of a very long one.</summary>
    private bool NextLine()
    {
        var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
        if (newline < 0 && !_endOfStream)
        {
            Fill();
            newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
        }

        var length = newline >= 0 ? newline + 1 - _start : _end - _start;
        if (length == 0)
        {
            return false;
        }

        if (newline < 0 && !_endOfStream)
        {
            // A piece of a line longer than the buffer: never cut a UTF-8 character in two.
            while (length > 1 && (_buffer[_start + length - 1] & 0xC0) == 0x80)
            {
                length--;
            }

            if ((_buffer[_start + length - 1] & 0xC0) == 0xC0)
            {
                length--;
            }
        }

        _text = Decode(_start, Math.Max(length, 1));
        _position = 0;
        _start += Math.Max(length, 1);
        return true;
    }

    private string Decode(int offset, int count)
    {
        if (_windows1252)
        {
            return Windows1252(offset, count);
        }

        try
        {
            var text = StrictUtf8.GetString(_buffer, offset, count);
            _sawUtf8 |= text.Length != count; // fewer chars than bytes: a multi-byte UTF-8 character
            return text;
        }
        catch (DecoderFallbackException)
        {
            if (_sawUtf8 || _utf8Bom)
            {
                return LenientUtf8.GetString(_buffer, offset, count); // mixed encodings: U+FFFD marks the line
            }

            _windows1252 = true;
            return Windows1252(offset, count);
        }
    }

    private string Windows1252(int offset, int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            var b = _buffer[offset + i];
            chars[i] = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    /// <summary>The bytes already read, then the rest of the stream.</summary>
    private sealed class ConcatenatedStream : Stream
    {
        private readonly Stream _first;
        private readonly Stream _second;
        private bool _firstDone;

        public ConcatenatedStream(Stream first, Stream second)
        {
            _first = first;
            _second = second;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (!_firstDone)
            {
                var read = _first.Read(buffer, offset, count);
                if (read > 0)
                {
                    return read;
                }

                _firstDone = true;
            }

            return _second.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
