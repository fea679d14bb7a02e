using System;
using System.Globalization;
using System.Text;

namespace SalesKpi.Csv;

/// <summary>How a text reads as a number or date under one way of writing them.</summary>
internal enum Shape
{
    /// <summary>It is a number or date.</summary>
    Valid,

    /// <summary>It is not one.</summary>
    Malformed,

    /// <summary>It is a number, but beyond what a decimal holds.</summary>
    OutOfRange,
}

/// <summary>
/// Numbers and dates as a CSV writes them, read strictly under one way of writing them: a decimal
/// mark and a group mark in groups of three (never "1,5" as 15), or a day-month order.
/// </summary>
internal static class CsvValues
{
    private const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Reads a number written with <paramref name="decimalMark"/> and, optionally, <paramref name="groupMark"/> every three digits.</summary>
    public static Shape Number(string text, char decimalMark, char groupMark, out decimal value)
    {
        if (TryPlain(text, decimalMark, out value))
        {
            return Shape.Valid;
        }

        value = 0;
        var s = text.Trim();
        var plain = new StringBuilder(s.Length);
        var i = 0;
        if (i < s.Length && (s[i] == '-' || s[i] == '\u2212' || s[i] == '+'))
        {
            plain.Append(s[i] == '+' ? '+' : '-');
            i++;
        }

        var exponent = s.IndexOfAny(new[] { 'e', 'E' }, i);
        var mantissaEnd = exponent < 0 ? s.Length : exponent;
        var decimalAt = s.IndexOf(decimalMark, i, mantissaEnd - i);
        var integerEnd = decimalAt < 0 ? mantissaEnd : decimalAt;

        // Integer part: plain digits, or groups of three after a first group of one to three.
        var digits = 0;
        var group = -1; // digits since the last group mark; -1 before any
        var firstGroup = 0;
        for (; i < integerEnd; i++)
        {
            var c = s[i];
            if (c is >= '0' and <= '9')
            {
                plain.Append(c);
                digits++;
                if (group >= 0)
                {
                    group++;
                }
            }
            else if (IsGroupMark(c, groupMark))
            {
                if (group < 0)
                {
                    firstGroup = digits;
                    if (firstGroup is < 1 or > 3 || s[plain.Length > 0 && (plain[0] == '-' || plain[0] == '+') ? 1 : 0] == '0')
                    {
                        return Shape.Malformed;
                    }
                }
                else if (group != 3)
                {
                    return Shape.Malformed;
                }

                group = 0;
            }
            else
            {
                return Shape.Malformed;
            }
        }

        if (group >= 0 && group != 3)
        {
            return Shape.Malformed;
        }

        var fraction = 0;
        if (decimalAt >= 0)
        {
            plain.Append('.');
            for (i = decimalAt + 1; i < mantissaEnd; i++)
            {
                if (s[i] is not (>= '0' and <= '9'))
                {
                    return Shape.Malformed;
                }

                plain.Append(s[i]);
                fraction++;
            }

            if (fraction == 0)
            {
                return Shape.Malformed;
            }
        }

        if (digits + fraction == 0)
        {
            return Shape.Malformed;
        }

        if (exponent >= 0)
        {
            var power = s.Substring(exponent + 1);
            var sign = power.Length > 0 && (power[0] == '+' || power[0] == '-') ? 1 : 0;
            if (power.Length == sign || power.Length - sign > 4 || !IsDigits(power, sign))
            {
                return Shape.Malformed;
            }

            plain.Append('E').Append(power);
        }

        if (digits > 30)
        {
            return Shape.OutOfRange;
        }

        return decimal.TryParse(plain.ToString(), Plain, CultureInfo.InvariantCulture, out value) ? Shape.Valid : Shape.OutOfRange;
    }

    /// <summary>The common case, read without allocating: digits, at most one decimal mark with digits after it, no group marks, at most 18 digits.</summary>
    private static bool TryPlain(string text, char decimalMark, out decimal value)
    {
        value = 0;
        var i = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        var negative = i == 1 && text[0] == '-';
        long mantissa = 0;
        var digits = 0;
        var scale = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                if (++digits > 18)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (c - '0');
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (c == decimalMark && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || scale == 0)
        {
            return false;
        }

        value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>
    /// Reads a date: year first (2025-01-31, 2025/01/31, 2025.01.31) whatever the order, or day and month
    /// before a four-digit year (31/01/2025, 01.31.2025) in the order given; an optional time of day follows.
    /// </summary>
    /// <param name="text">The text of a CSV value.</param>
    /// <param name="dayFirst">Whether day comes before month; null reads only what does not depend on it.</param>
    /// <param name="date">The date read, with its time of day.</param>
    /// <param name="needsOrder">Set when the text is a date whose meaning depends on the order (both parts 12 or less and different).</param>
    public static Shape Date(string text, bool? dayFirst, out DateTime date, out bool needsOrder)
    {
        date = default;
        needsOrder = false;
        var s = text.Trim();
        var space = s.IndexOfAny(new[] { ' ', 'T' });
        var day = space < 0 ? s : s.Substring(0, space);
        var time = TimeSpan.Zero;
        if (space >= 0 && !TryTime(s.Substring(space + 1).Trim(), out time))
        {
            return Shape.Malformed;
        }

        var parts = day.Split('-', '/', '.');
        if (parts.Length != 3 || day.Length < 8 || day[parts[0].Length] != day[day.Length - parts[2].Length - 1] || !Array.TrueForAll(parts, p => p.Length > 0 && IsDigits(p, 0)))
        {
            return Shape.Malformed;
        }

        int year, month, dayOfMonth;
        if (parts[0].Length == 4 && parts[1].Length <= 2 && parts[2].Length <= 2)
        {
            (year, month, dayOfMonth) = (Int(parts[0]), Int(parts[1]), Int(parts[2]));
        }
        else if (parts[2].Length == 4 && parts[0].Length <= 2 && parts[1].Length <= 2)
        {
            var (a, b) = (Int(parts[0]), Int(parts[1]));
            year = Int(parts[2]);
            // A known order is kept to strictly; otherwise a day above 12, or day and month alike, tells.
            var order = dayFirst ?? (a == b ? true : a > 12 && b <= 12 ? true : b > 12 && a <= 12 ? false : null);
            if (order is not { } first)
            {
                needsOrder = a <= 12 && b <= 12;
                return needsOrder ? Shape.Valid : Shape.Malformed;
            }

            (dayOfMonth, month) = first ? (a, b) : (b, a);
        }
        else
        {
            return Shape.Malformed;
        }

        if (year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return Shape.Malformed;
        }

        date = new DateTime(year, month, dayOfMonth) + time;
        return Shape.Valid;
    }

    /// <summary>Whether day comes before month in a culture's short dates; null where the year comes first.</summary>
    public static bool? DayFirst(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.ShortDatePattern;
        var d = pattern.IndexOf("d", StringComparison.Ordinal);
        var m = pattern.IndexOf("M", StringComparison.Ordinal);
        var y = pattern.IndexOf("y", StringComparison.Ordinal);
        return d < 0 || m < 0 || (y >= 0 && y < d && y < m) ? null : d < m;
    }

    /// <summary>What a decimal mark is called in messages.</summary>
    public static string Mark(char mark) => mark switch
    {
        '.' => "'.' (point)",
        ',' => "',' (comma)",
        _ => "'" + mark + "'",
    };

    private static bool IsGroupMark(char c, char groupMark) =>
        c == groupMark || (IsSpace(groupMark) && IsSpace(c));

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    private static bool TryTime(string text, out TimeSpan time)
    {
        time = TimeSpan.Zero;
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3 || !Array.TrueForAll(parts, p => p.Length is > 0 and <= 2 && IsDigits(p, 0)))
        {
            // Seconds may carry a fraction, as some exports write them.
            if (parts.Length != 3 || !decimal.TryParse(parts[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
                || !IsDigits(parts[0], 0) || !IsDigits(parts[1], 0) || parts[0].Length is 0 or > 2 || parts[1].Length is 0 or > 2)
            {
                return false;
            }
        }

        var hours = Int(parts[0]);
        var minutes = Int(parts[1]);
        var seconds = parts.Length == 3 ? decimal.Parse(parts[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 0;
        if (hours > 23 || minutes > 59 || seconds >= 60)
        {
            return false;
        }

        time = new TimeSpan(hours, minutes, 0) + TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    private static bool IsDigits(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is not (>= '0' and <= '9'))
            {
                return false;
            }
        }

        return text.Length > from;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
