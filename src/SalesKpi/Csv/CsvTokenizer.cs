using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SalesKpi.Csv;

/// <summary>One CSV record: its values, and the line each value starts on.</summary>
internal sealed class CsvRow
{
    public CsvRow(int line, string[] values, int[] lines)
    {
        Line = line;
        Values = values;
        Lines = lines;
    }

    /// <summary>The line the record starts on, counting from 1.</summary>
    public int Line { get; }

    public string[] Values { get; }

    public int[] Lines { get; }

    /// <summary>Characters held, for bounding what waits in memory.</summary>
    public int Size
    {
        get
        {
            var size = 0;
            foreach (var value in Values)
            {
                size += value.Length;
            }

            return size;
        }
    }

    public bool IsBlank
    {
        get
        {
            foreach (var value in Values)
            {
                foreach (var c in value)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}

/// <summary>
/// Splits CSV text into records (RFC 4180: quoted values may hold the delimiter, quotes doubled, and
/// line breaks), counting lines. Bad input is a <see cref="SalesDataException"/> naming the line: an
/// unclosed quote, text after a closing quote, a value longer than a cell holds, a record too long,
/// a NUL or U+FFFD character. A quote inside an unquoted value is kept as text, as spreadsheets read it.
/// </summary>
internal sealed class CsvTokenizer
{
    /// <summary>The most characters a cell holds; no valid value comes near it.</summary>
    public const int MaxValueLength = 32_767;

    /// <summary>The most characters of one record, which bounds the memory a line takes.</summary>
    public const int MaxRecordLength = 1 << 20;

    /// <summary>The most values of one record: the columns a worksheet has.</summary>
    public const int MaxValues = 16_384;

    private readonly TextReader _reader;
    private readonly Func<string> _encoding;
    private readonly char[] _chars = new char[1 << 14];
    private int _position;
    private int _length;
    private readonly StringBuilder _value = new();
    private readonly List<string> _values = new();
    private readonly List<int> _lines = new();
    private int _line = 1;

    public CsvTokenizer(TextReader reader, Func<string> encoding)
    {
        _reader = reader;
        _encoding = encoding;
    }

    public char Delimiter { get; set; } = ',';

    /// <summary>The next record, or null at the end of the text.</summary>
    public CsvRow? Next()
    {
        if (Peek() < 0)
        {
            return null;
        }

        _values.Clear();
        _lines.Clear();
        var start = _line;
        var size = 0;
        while (true)
        {
            var valueLine = _line;
            var end = ReadValue(start);
            size += _value.Length + 1;
            if (size > MaxRecordLength)
            {
                throw Problem(start, FormattableString.Invariant($"The record is longer than {MaxRecordLength:N0} characters; no sales row is."));
            }

            if (_values.Count == MaxValues)
            {
                throw Problem(start, FormattableString.Invariant($"The record has more than {MaxValues:N0} values; a worksheet has no more columns."));
            }

            _values.Add(_value.ToString());
            _lines.Add(valueLine);
            if (end)
            {
                return new CsvRow(start, _values.ToArray(), _lines.ToArray());
            }
        }
    }

    /// <summary>Reads one value into the buffer; true when it ends its record.</summary>
    private bool ReadValue(int recordLine)
    {
        _value.Clear();
        if (Peek() == '"')
        {
            _position++;
            var quoteLine = _line;
            while (true)
            {
                var c = Take();
                if (c < 0)
                {
                    throw Problem(quoteLine, "A quoted value is never closed: a '\"' is missing.");
                }

                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        _position++;
                        Append('"', recordLine);
                        continue;
                    }

                    break;
                }

                Append((char)c, recordLine);
            }

            var next = Take();
            if (next < 0 || next == '\n')
            {
                return true;
            }

            if (next == Delimiter)
            {
                return false;
            }

            throw Problem(_line, "Text follows a closing quote: quote the whole value, and double each quote inside it.", _value + "\"" + (char)next);
        }

        while (true)
        {
            var c = Take();
            if (c < 0 || c == '\n')
            {
                return true;
            }

            if (c == Delimiter)
            {
                return false;
            }

            Append((char)c, recordLine);
        }
    }

    /// <summary>The next character, with "\r\n" and a lone "\r" read as "\n"; counts lines.</summary>
    private int Take()
    {
        var c = Peek();
        _position++;
        switch (c)
        {
            case -1:
                _position--;
                return -1;
            case '\r':
                if (Peek() == '\n')
                {
                    _position++;
                }

                _line++;
                return '\n';
            case '\n':
                _line++;
                return c;
            case '\0':
                throw Problem(_line, "The file holds a NUL character: it may be UTF-16 without a byte order mark. Save it as UTF-8.");
            case '\uFFFD':
                throw Problem(_line, $"The file is not valid {_encoding()} here (or it holds U+FFFD, a character some program already lost). "
                    + "Save it as UTF-8, with or without a byte order mark, as UTF-16 with one, or as Windows-1252 throughout.");
            default:
                return c;
        }
    }

    private int Peek()
    {
        if (_position == _length)
        {
            _length = _reader.Read(_chars, 0, _chars.Length);
            _position = 0;
            if (_length <= 0)
            {
                _length = 0;
                return -1;
            }
        }

        return _chars[_position];
    }

    private void Append(char c, int recordLine)
    {
        if (_value.Length == MaxValueLength)
        {
            throw Problem(recordLine, FormattableString.Invariant($"A value is longer than the {MaxValueLength:N0} characters a cell holds."));
        }

        _value.Append(c);
    }

    private static SalesDataException Problem(int line, string message, string? value = null) =>
        new(new DataProblem("line " + line.ToString(CultureInfo.InvariantCulture), "(file)", value, message));
}
