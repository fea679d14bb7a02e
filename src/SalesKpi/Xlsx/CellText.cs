using System;
using System.Globalization;

namespace SalesKpi.Xlsx;

/// <summary>
/// A cell's content as the file holds it: a number, text, an error, or nothing; or, where the file's
/// content cannot be a value, the <see cref="Problem"/> with it.
/// </summary>
internal readonly record struct CellText(double? Number, string? Text, string? Error, string? Problem = null, string? Raw = null)
{
    /// <summary>The most characters a cell holds, in Excel and so in every file it reads.</summary>
    public const int MaxChars = 32_767;

    public static CellText Empty => default;

    public bool IsEmpty => Number is null && string.IsNullOrEmpty(Text) && Error is null && Problem is null;

    public static CellText OfNumber(double number) => new(number, null, null);

    public static CellText OfText(string text) => new(null, text, null);

    public static CellText OfError(string error) => new(null, null, error);

    public static CellText Bad(string? raw, string problem) => new(null, null, null, problem, raw);

    /// <summary>
    /// The one decoder of a cell's parts, for every reader: its type attribute (t), its saved value (v),
    /// the text of an inline string (is), and whether it holds a formula.
    /// </summary>
    /// <param name="type">The t attribute; null for a number.</param>
    /// <param name="value">The v element's text, or null without one.</param>
    /// <param name="inline">The is element's text (runs joined, escapes undone), or null without one.</param>
    /// <param name="formula">Whether the cell has an f element.</param>
    /// <param name="strings">The shared strings, for t="s"; an entry is null where the string was longer than a cell holds.</param>
    public static CellText Decode(string? type, string? value, string? inline, bool formula, SharedStrings strings)
    {
        if (formula && value is null && inline is null)
        {
            return Bad(null, "The cell holds a formula without a saved value: open the workbook in a spreadsheet program and save it, so its values are calculated.");
        }

        if (value is null && type != "inlineStr")
        {
            return Empty;
        }

        switch (type)
        {
            case null or "n":
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number) && !double.IsInfinity(number)
                    ? OfNumber(number)
                    : Bad(value, "The cell is marked as a number, but its value is not a finite number.");
            case "s":
                if (!int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= strings.Count)
                {
                    return Bad(value, FormattableString.Invariant($"The cell refers to shared string {value}, which the file does not have ({strings.Count:N0} shared strings)."));
                }

                return strings[index] is { } shared ? OfText(shared) : TooLong(null);
            case "inlineStr":
                return OfText(inline ?? "");
            case "str":
                // A formula's text result, escaped as the format escapes any text.
                var text = XmlText.Unescape(value ?? "");
                return text.Length <= MaxChars ? OfText(text) : TooLong(text);
            case "b":
                return value?.Trim() switch
                {
                    "1" => OfText("TRUE"),
                    "0" => OfText("FALSE"),
                    _ => Bad(value, "The cell is marked as true or false, but holds neither."),
                };
            case "e":
                return OfError(value ?? "");
            case "d":
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) && date.Year >= 1900
                    ? OfNumber(date.ToOADate())
                    : Bad(value, "The cell is marked as a date, but its value is not an ISO 8601 date.");
            default:
                return Bad(type, $"The cell has the type \"{type}\", which no spreadsheet writes.");
        }
    }

    public static CellText TooLong(string? text) =>
        Bad(text, FormattableString.Invariant($"The cell holds more than the {MaxChars:N0} characters a cell can hold."));

    public override string ToString() => Raw ?? Error ?? Text ?? Number?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
