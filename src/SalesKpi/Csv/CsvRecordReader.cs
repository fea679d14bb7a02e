using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SalesKpi.Calculation;
using SalesKpi.Catalog;

namespace SalesKpi.Csv;

/// <summary>
/// Turns CSV text into records, lazily, never guessing: every problem is a <see cref="SalesDataException"/>
/// whose places read "line 12" (the file's line, counting the header) or "line 12, column 4".
/// </summary>
/// <remarks>
/// The decimal mark and the day-month order are decided from the data. A row whose values read two
/// ways waits until a later value settles the question; at most <see cref="MaxWaitingRows"/> rows
/// wait, after which (or at the end of the file) the file is refused, naming <see cref="CsvOptions.Culture"/>.
/// </remarks>
internal static class CsvRecordReader
{
    public const int MaxWaitingRows = 10_000;

    private const int MaxWaitingChars = 8 << 20;

    public static IEnumerable<SalesRecord> Read(TextReader reader, Func<string> encoding, CsvOptions options)
    {
        var (text, delimiter) = Delimited(reader, options.Delimiter);
        var tokenizer = new CsvTokenizer(text, encoding) { Delimiter = delimiter };
        CsvRow? header;
        do
        {
            header = tokenizer.Next();
        }
        while (header is { IsBlank: true });

        if (header is null)
        {
            throw new SalesDataException(new DataProblem("line 1", "(file)", null, "The file is empty: it needs a header line naming its columns."));
        }

        var columns = CsvHeader.Columns(header, options);
        var conventions = new Conventions(options.Culture);
        var cases = new CaseConflicts();
        var waiting = new Queue<CsvRow>();
        var waitingChars = 0;
        for (var row = tokenizer.Next(); row is not null; row = tokenizer.Next())
        {
            if (row.IsBlank)
            {
                continue; // an empty line, or one of delimiters only, is no row
            }

            if (row.Values.Length != columns.Length)
            {
                throw new SalesDataException(new DataProblem(Where(row.Line), "(row)", null,
                    Invariant($"The row has {row.Values.Length} values, but the header (line {header.Line}) names {columns.Length} columns. Quote a value that holds the delimiter '{Shown(delimiter)}'.")));
            }

            conventions.Learn(row, columns);
            waiting.Enqueue(row);
            waitingChars += row.Size;
            while (waiting.Count > 0 && Record(waiting.Peek(), columns, conventions, cases) is { } record)
            {
                waitingChars -= waiting.Dequeue().Size;
                yield return record;
            }

            if (waiting.Count > MaxWaitingRows || waitingChars > MaxWaitingChars)
            {
                throw conventions.Undecided(waiting.Peek(), columns, Invariant($"in the {MaxWaitingRows:N0} rows that follow it"));
            }
        }

        if (waiting.Count > 0)
        {
            throw conventions.Undecided(waiting.Peek(), columns, "in the rest of the file");
        }
    }

    /// <summary>The record of a row, or null while one of its values reads two ways; throws with every problem of the row.</summary>
    private static SalesRecord? Record(CsvRow row, InputField?[] columns, Conventions conventions, CaseConflicts cases)
    {
        List<DataProblem>? problems = null;
        var count = InputFields.All.Count;
        var dates = new DateTime[count];
        var texts = new string?[count];
        var numbers = new decimal?[count];
        var columnOf = new int[count];
        string Place(int i) => Invariant($"line {row.Lines[i]}, column {i + 1}");
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is not { } field)
            {
                continue;
            }

            var text = row.Values[i];
            columnOf[field.Ordinal] = i;
            string? message = null;
            if (field.Type == FieldType.Text)
            {
                if (text.Length > 0)
                {
                    texts[field.Ordinal] = text; // text stays exactly as written
                    message = FieldDomain.Problem(field, text);
                }
                else if (field.IsRequired)
                {
                    message = "Every row needs a rep id.";
                }
            }
            else if (IsBlank(text))
            {
                message = field.IsRequired ? "Every row needs its period's dates." : null;
            }
            else
            {
                switch (conventions.Read(field, text, out var number, out var date, out var error))
                {
                    case null:
                        return null;
                    case false:
                        message = error;
                        break;
                    case true when field.Type == FieldType.Date:
                        message = FieldDomain.Problem(date);
                        dates[field.Ordinal] = date;
                        break;
                    default:
                        message = FieldDomain.Problem(field, number);
                        numbers[field.Ordinal] = number;
                        break;
                }
            }

            if (message is not null)
            {
                (problems ??= new()).Add(new DataProblem(Place(i), field.Name, text, message));
            }
        }

        var end = InputFields.PeriodEnd.Ordinal;
        if (problems is null && dates[end] < dates[InputFields.PeriodStart.Ordinal])
        {
            problems = new() { new DataProblem(Place(columnOf[end]), InputFields.PeriodEnd.Name, row.Values[columnOf[end]], "The period cannot end before it starts.") };
        }

        if (problems is not null)
        {
            throw new SalesDataException(problems);
        }

        var record = RecordBuilder.Build(f => dates[f.Ordinal], f => texts[f.Ordinal], f => numbers[f.Ordinal]);
        List<DataProblem>? conflicts = null;
        foreach (var conflict in cases.Check(record, f => Place(columnOf[f.Ordinal])))
        {
            (conflicts ??= new()).Add(conflict);
        }

        return conflicts is null ? record : throw new SalesDataException(conflicts);
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text, and its delimiter: the one given, or the one of comma, semicolon and tab the first line holds most of outside quotes.</summary>
    private static (TextReader Text, char Delimiter) Delimited(TextReader reader, char? given)
    {
        if (given is { } delimiter)
        {
            return given is '"' or '\r' or '\n'
                ? throw new ArgumentException($"'{Shown(delimiter)}' cannot be a CSV delimiter.", nameof(CsvOptions.Delimiter))
                : (reader, delimiter);
        }

        // Read up to the end of the first line that is not blank, which is the header.
        var start = new StringBuilder();
        var quoted = false;
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        var lines = 1;
        var headerLine = 1;
        var any = false;
        for (var c = reader.Read(); c >= 0 && start.Length < CsvTokenizer.MaxRecordLength; c = reader.Read())
        {
            start.Append((char)c);
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\n')
            {
                if (any)
                {
                    break;
                }

                lines++;
                headerLine = lines;
            }
            else if (!quoted && counts.ContainsKey((char)c))
            {
                counts[(char)c]++;
                any = true;
            }
            else if (!char.IsWhiteSpace((char)c) && c != '\uFEFF')
            {
                any = true;
            }
        }

        var top = counts.OrderByDescending(p => p.Value).ToList();
        if (top[0].Value > 0 && top[0].Value == top[1].Value)
        {
            throw new SalesDataException(new DataProblem(Where(headerLine), "(header)", null,
                Invariant($"The header holds as many '{Shown(top[0].Key)}' as '{Shown(top[1].Key)}', so the delimiter is not clear. Set it: CsvOptions.Delimiter (console --delimiter).")));
        }

        return (new PrefixedReader(start.ToString(), reader), top[0].Value > 0 ? top[0].Key : ',');
    }

    private static string Where(int line) => Invariant($"line {line}");

    private static string Shown(char delimiter) => delimiter == '\t' ? "\\t" : delimiter.ToString();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The way this file writes numbers and dates: given by a culture, or learned from its values.</summary>
    private sealed class Conventions
    {
        private readonly CultureInfo? _culture;
        private char? _decimalMark;
        private string _decimalSource = "";
        private bool? _dayFirst;
        private string _dateSource = "";

        public Conventions(CultureInfo? culture)
        {
            _culture = culture;
            if (culture is not null)
            {
                _decimalMark = Mark(culture.NumberFormat.NumberDecimalSeparator, '.');
                _dayFirst = CsvValues.DayFirst(culture) ?? true;
            }
        }

        /// <summary>Notes what the row's values say about the decimal mark and the day-month order; throws when they contradict earlier ones.</summary>
        public void Learn(CsvRow row, InputField?[] columns)
        {
            if (_culture is not null)
            {
                return;
            }

            for (var i = 0; i < columns.Length; i++)
            {
                // Once decided, a value written the other way is not a number (or date) of this file, which Read says.
                if (columns[i] is not { } field || (field.IsNumeric ? _decimalMark is not null : field.Type != FieldType.Date || _dayFirst is not null)
                    || IsBlank(row.Values[i]))
                {
                    continue;
                }

                var text = row.Values[i];
                var place = Invariant($"line {row.Lines[i]}, column {i + 1}");
                if (field.IsNumeric)
                {
                    // A value that reads only one way settles the mark; one that reads both ways, or neither, says nothing.
                    var point = CsvValues.Number(text, '.', ',', out _) == Shape.Valid;
                    var comma = CsvValues.Number(text, ',', '.', out _) == Shape.Valid;
                    if (point != comma)
                    {
                        var mark = point ? '.' : ',';
                        if (_decimalMark is null)
                        {
                            (_decimalMark, _decimalSource) = (mark, $"{place} ('{Short(text)}')");
                        }
                        else if (_decimalMark != mark)
                        {
                            throw new SalesDataException(new DataProblem(place, field.Name, text,
                                $"Here the decimal mark is {CsvValues.Mark(mark)}, but at {_decimalSource} it is {CsvValues.Mark(_decimalMark.Value)}. "
                                + "A file writes its numbers one way: correct the file, or set the culture it is written in (CsvOptions.Culture, console --culture)."));
                        }
                    }
                }
                else if (field.Type == FieldType.Date)
                {
                    var dayFirst = CsvValues.Date(text, true, out _, out _) == Shape.Valid;
                    var monthFirst = CsvValues.Date(text, false, out _, out _) == Shape.Valid;
                    if (dayFirst != monthFirst)
                    {
                        if (_dayFirst is null)
                        {
                            (_dayFirst, _dateSource) = (dayFirst, $"{place} ('{Short(text)}')");
                        }
                        else if (_dayFirst != dayFirst)
                        {
                            throw new SalesDataException(new DataProblem(place, field.Name, text,
                                $"Here the {(dayFirst ? "day" : "month")} comes first, but at {_dateSource} the {(dayFirst ? "month" : "day")} does. "
                                + "A file writes its dates one way: correct the file, or write dates as 2025-01-31."));
                        }
                    }
                }
            }
        }

        /// <summary>Reads a number or date: true, false with a message, or null while it reads two ways.</summary>
        public bool? Read(InputField field, string text, out decimal number, out DateTime date, out string? error)
        {
            number = 0;
            date = default;
            error = null;
            if (field.Type == FieldType.Date)
            {
                var shape = CsvValues.Date(text, _dayFirst, out date, out var needsOrder);
                if (needsOrder)
                {
                    return null;
                }

                error = shape == Shape.Valid ? null
                    : _culture is null && _dayFirst is { } first ? $"It is not a date as this file writes them, {(first ? "day" : "month")} first (see {_dateSource}): write 2025-01-31, or correct the order."
                    : _culture is null ? "It is not a date: write 2025-01-31, or 31/01/2025 with a four-digit year."
                    : $"It is not a date: write 2025-01-31, or as {Name(_culture)} writes dates.";
                return error is null;
            }

            Shape read;
            if (_decimalMark is { } mark)
            {
                read = CsvValues.Number(text, mark, Group(mark), out number);
            }
            else
            {
                var point = CsvValues.Number(text, '.', ',', out var asPoint);
                var comma = CsvValues.Number(text, ',', '.', out var asComma);
                if (point == Shape.Valid && comma == Shape.Valid && asPoint != asComma)
                {
                    return null;
                }

                (read, number) = point == Shape.Valid ? (point, asPoint) : comma == Shape.Valid ? (comma, asComma) : (point == Shape.OutOfRange || comma == Shape.OutOfRange ? Shape.OutOfRange : Shape.Malformed, 0m);
            }

            error = read switch
            {
                Shape.Valid => null,
                Shape.OutOfRange => "The number is too large to be a sales figure.",
                _ when _culture is not null => $"It is not a number as {Name(_culture)} writes numbers.",
                _ when _decimalMark is { } known => $"It is not a number as this file writes them, with {CsvValues.Mark(known)} as the decimal mark (see {_decimalSource}). "
                    + "If that value is the odd one, correct it; otherwise set the culture the file is written in (CsvOptions.Culture, console --culture).",
                _ => "It is not a number.",
            };
            return error is null;
        }

        /// <summary>The problem of a row whose value still reads two ways when no more rows may wait.</summary>
        public SalesDataException Undecided(CsvRow row, InputField?[] columns, string span)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i] is not { } field || row.Values[i].Trim().Length == 0 || Read(field, row.Values[i], out _, out _, out _) is not null)
                {
                    continue;
                }

                var text = row.Values[i];
                string readings;
                if (field.Type == FieldType.Date)
                {
                    CsvValues.Date(text, true, out var a, out _);
                    CsvValues.Date(text, false, out var b, out _);
                    readings = $"It reads as {a:yyyy-MM-dd} (day first) or {b:yyyy-MM-dd} (month first), and no date {span} tells which.";
                }
                else
                {
                    CsvValues.Number(text, '.', ',', out var a);
                    CsvValues.Number(text, ',', '.', out var b);
                    readings = Invariant($"It reads as {a} ('.' as the decimal mark) or {b} (',' as the decimal mark), and no number {span} tells which.");
                }

                return new SalesDataException(new DataProblem(Invariant($"line {row.Lines[i]}, column {i + 1}"), field.Name, text,
                    readings + " Set the culture the file is written in: CsvOptions.Culture (console --culture), for example en-US or es-ES."));
            }

            throw new InvalidOperationException("A waiting row has a value that reads two ways.");
        }

        private static char Mark(string text, char fallback) => text.Length > 0 ? text[0] : fallback;

        private char Group(char decimalMark)
        {
            var group = _culture is null ? '\0' : Mark(_culture.NumberFormat.NumberGroupSeparator, '\0');
            return _culture is null || group == decimalMark ? (decimalMark == '.' ? ',' : '.') : group;
        }

        private static string Name(CultureInfo culture) => culture.Name.Length == 0 ? "the invariant culture" : culture.Name;

        private static string Short(string text) => text.Length <= 20 ? text : text.Substring(0, 19) + "\u2026";
    }

    /// <summary>Text already read, then the rest of the reader.</summary>
    private sealed class PrefixedReader : TextReader
    {
        private readonly string _prefix;
        private readonly TextReader _rest;
        private int _position;

        public PrefixedReader(string prefix, TextReader rest)
        {
            _prefix = prefix;
            _rest = rest;
        }

        public override int Peek() => _position < _prefix.Length ? _prefix[_position] : _rest.Peek();

        public override int Read() => _position < _prefix.Length ? _prefix[_position++] : _rest.Read();

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position == _prefix.Length)
            {
                return _rest.Read(buffer, index, count);
            }

            var length = Math.Min(count, _prefix.Length - _position);
            _prefix.CopyTo(_position, buffer, index, length);
            _position += length;
            return length;
        }
    }
}
