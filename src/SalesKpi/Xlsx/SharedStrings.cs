using System;
using System.Collections.Generic;
using System.Text;

namespace SalesKpi.Xlsx;

/// <summary>
/// The workbook's shared strings, read in one pass. An entry is null where the string is longer than
/// a cell holds: a cell that uses it becomes a problem, the rest of the table still reads.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>More strings than a KPI workbook at Excel's row limit needs (four text columns a row), with room.</summary>
    public const int MaxCount = 8_000_000;

    /// <summary>The most characters all shared strings may hold together: about 256 MB in memory.</summary>
    public const long MaxTotalChars = 128_000_000;

    private readonly List<string?> _strings;

    private SharedStrings(List<string?> strings) => _strings = strings;

    public static SharedStrings None { get; } = new(new List<string?>());

    public int Count => _strings.Count;

    public string? this[int index] => _strings[index];

    public static SharedStrings Read(XlsxParts parts, string? path)
    {
        if (path is null || !parts.Has(path))
        {
            return None;
        }

        var strings = new List<string?>();
        var total = 0L;
        foreach (var part in parts.Elements(path))
        {
            if (part.IsElement("si") && part.Xml.Depth == 1)
            {
                var text = RichText(part);
                total += text?.Length ?? 0;
                if (strings.Count >= MaxCount || total > MaxTotalChars)
                {
                    throw XlsxParts.Damaged(part.Part, FormattableString.Invariant(
                        $"Part {part.Part} holds more than {MaxCount:N0} shared strings or {MaxTotalChars:N0} characters; that is no KPI workbook."));
                }

                strings.Add(text);
            }
        }

        return new SharedStrings(strings);
    }

    /// <summary>
    /// The text of the si or is element the reader stands on: its t, or its runs' t joined, never the
    /// phonetic guide; escapes undone. Null where it is longer than a cell holds.
    /// </summary>
    public static string? RichText(PartReader part)
    {
        if (part.Xml.IsEmptyElement)
        {
            return "";
        }

        var depth = part.Xml.Depth;
        var text = new StringBuilder();
        var run = new StringBuilder();
        var fits = true;
        while (part.ReadInside(depth))
        {
            if (part.IsElement("rPh"))
            {
                part.Skip();
            }
            else if (part.IsElement("t"))
            {
                run.Clear();
                // An escape takes up to seven characters for one.
                fits &= part.ReadText(run, CellText.MaxChars * 7);
                if (fits)
                {
                    text.Append(XmlText.Unescape(run.ToString()));
                    fits = text.Length <= CellText.MaxChars;
                }
            }
        }

        return fits ? text.ToString() : null;
    }
}
