using System;
using System.Globalization;

namespace SalesKpi.Catalog;

/// <summary>
/// What a value of an input field may be: the one definition of valid input. The writer, CSV reading,
/// read-back and the Data sheet's validations all ask here, so what one accepts the others accept.
/// </summary>
/// <remarks>
/// The limits come from what a sales figure can be and what a spreadsheet holds exactly (15
/// significant digits): amounts stay under 10^13 so that cents stay exact, and counts at or under
/// 10^9 so that a column of them summed over every row a sheet holds stays exact too. Text fits a
/// CRM's name field, far below the 32,767 characters a cell holds.
/// </remarks>
internal static class FieldDomain
{
    /// <summary>The largest amount (money, days, hours): 15 significant digits with two decimals.</summary>
    public const decimal MaxAmount = 9_999_999_999_999.99m;

    /// <summary>The largest count.</summary>
    public const int MaxCount = 1_000_000_000;

    /// <summary>The longest text (rep id, name, team, location).</summary>
    public const int MaxTextLength = 255;

    /// <summary>The first and last day a period may start or end on, as the Data sheet's validation says.</summary>
    public static readonly DateTime FirstDate = new(2000, 1, 1);

    public static readonly DateTime LastDate = new(2100, 12, 31);

    public static decimal? Minimum(InputField field) => field.Type switch
    {
        FieldType.Integer => 0,
        FieldType.Decimal => field.AllowsNegative ? -MaxAmount : 0,
        _ => null,
    };

    public static decimal? Maximum(InputField field) => field.Type switch
    {
        FieldType.Integer => MaxCount,
        FieldType.Decimal => MaxAmount,
        _ => null,
    };

    public static int? MaxLength(InputField field) => field.Type == FieldType.Text ? MaxTextLength : null;

    /// <summary>Why a number is not a valid value of the field, or null when it is.</summary>
    public static string? Problem(InputField field, decimal value)
    {
        if (field.Type == FieldType.Integer)
        {
            return value < 0 || value != decimal.Truncate(value) ? "Counts are whole numbers, 0 or more."
                : value > MaxCount ? TooLarge(field)
                : null;
        }

        if (value < 0 && !field.AllowsNegative)
        {
            return "This figure cannot be negative; only gross profit can.";
        }

        return Math.Abs(value) > MaxAmount ? TooLarge(field) : null;
    }

    /// <summary>Why a number read from a spreadsheet is not a valid value of the field, or null when it is.</summary>
    public static string? Problem(InputField field, double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "The number is not finite."
        : Math.Abs(value) > 1e15 ? TooLarge(field)
        : Problem(field, (decimal)value);

    private static string TooLarge(InputField field) => field.Type == FieldType.Integer
        ? Invariant($"The number is too large to be a count: counts go up to {MaxCount:N0}.")
        : Invariant($"The number is too large to be a sales figure: amounts stay under 10,000,000,000,000 (10^13), so that a spreadsheet holds them to the cent.");

    /// <summary>Why a text is not a valid value of the field, or null when it is.</summary>
    public static string? Problem(InputField field, string text)
    {
        if (text.Length > MaxTextLength)
        {
            return Invariant($"The text has {text.Length:N0} characters; a {field.Name} holds at most {MaxTextLength}.");
        }

        if (field.IsRequired && string.IsNullOrWhiteSpace(text))
        {
            return "Every row needs a rep id.";
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])))
            {
                return "The text holds a broken character (an unpaired surrogate) that a workbook cannot store.";
            }
        }

        return null;
    }

    /// <summary>Why a date is not a valid value of the field, or null when it is.</summary>
    public static string? Problem(DateTime date)
    {
        if (date.TimeOfDay != TimeSpan.Zero)
        {
            return "A period starts and ends on a day: leave out the time of day.";
        }

        return date < FirstDate || date > LastDate
            ? Invariant($"Period dates lie between {FirstDate:yyyy-MM-dd} and {LastDate:yyyy-MM-dd}.")
            : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
