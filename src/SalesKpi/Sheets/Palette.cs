using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>The workbook's look, in one place: colours, fonts and the number format of each unit.</summary>
internal static class Palette
{
    public const string Navy = "1F3864";
    public const string Blue = "1F4E79";
    public const string InputFill = "FFF8DC";
    public const string Muted = "7F7F7F";
    public const string Band = "F2F2F2";
    public const string GoodFill = "C6EFCE";
    public const string GoodText = "006100";
    public const string CloseFill = "FFEB9C";
    public const string CloseText = "9C5700";
    public const string BadFill = "FFC7CE";
    public const string BadText = "9C0006";
    public const string UntrackedText = "A6A6A6";
    public const string UntrackedFill = "E7E6E6";

    /// <summary>The headers of computed columns beside typed ones, so the eye tells them apart.</summary>
    public const string ComputedFill = "548235";

    public const string DateFormat = "yyyy-mm-dd";
    public const string MonthFormat = "mmm yyyy";

    /// <summary>How a period reads in a heading: its month for months and quarters, its start date for weeks.</summary>
    public static string PeriodFormat(PeriodKind kind) => kind == PeriodKind.Week ? DateFormat : MonthFormat;
    public const string TextFormat = "@";

    public static readonly CellStyle Title = new() { Bold = true, FontSize = 18, FontColor = Navy };
    public static readonly CellStyle Section = new() { Bold = true, FontSize = 12, FontColor = Blue, BottomBorder = true };
    public static readonly CellStyle Header = new() { Bold = true, FontColor = "FFFFFF", Fill = Blue, Wrap = true, Align = HAlign.Center };
    public static readonly CellStyle ComputedHeader = Header with { Fill = ComputedFill };
    public static readonly CellStyle HeaderLeft = Header with { Align = HAlign.Left };
    public static readonly CellStyle Label = new();
    public static readonly CellStyle LabelBold = new() { Bold = true };
    public static readonly CellStyle Hint = new() { Italic = true, FontColor = Muted };
    public static readonly CellStyle Paragraph = new() { Wrap = true };
    public static readonly CellStyle Input = new() { Locked = false, Fill = InputFill };
    public static readonly CellStyle Shown = new() { Align = HAlign.Right };
    public static readonly CellStyle ShownDate = new() { Align = HAlign.Left, NumberFormat = DateFormat, Bold = true };
    public static readonly CellStyle Key = new() { NumberFormat = TextFormat };
    // Dates centred, so a right-aligned date never runs into the left-aligned text beside it.
    public static readonly CellStyle KeyDate = new() { NumberFormat = DateFormat, Align = HAlign.Center };

    /// <summary>Number format of a KPI value shown to a person.</summary>
    public static string ValueFormat(Unit unit) => unit switch
    {
        Unit.Percent => "0.0%",
        Unit.Ratio => "0.00\"x\"",
        Unit.Days or Unit.Hours or Unit.CountPerDay => "#,##0.0",
        _ => "#,##0",
    };

    /// <summary>Every value format <see cref="ValueFormat"/> gives, the first the plainest: a cell whose KPI follows a formula starts with it, and a conditional format by this index gives it the others.</summary>
    public static readonly string[] ValueFormats = { "#,##0", "0.0%", "0.00\"x\"", "#,##0.0" };

    public static int ValueFormatIndex(Unit unit) => System.Array.IndexOf(ValueFormats, ValueFormat(unit));

    /// <summary>Number format of a change, with its sign always shown.</summary>
    public static string SignedFormat(string format) => "+" + format + ";-" + format + ";" + format;

    /// <summary>Number format of an input cell.</summary>
    public static string InputFormat(InputField field) => field.Type switch
    {
        FieldType.Date => DateFormat,
        FieldType.Text => TextFormat,
        FieldType.Integer => "#,##0",
        _ => field.Unit == Unit.Currency ? "#,##0.00" : "#,##0.0#",
    };
}
