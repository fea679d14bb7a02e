namespace SalesKpi;

/// <summary>What a number measures; decides its number format.</summary>
public enum Unit
{
    /// <summary>Not a number (dates and text).</summary>
    None,

    /// <summary>Money in the workbook's currency.</summary>
    Currency,

    /// <summary>A fraction shown as a percentage.</summary>
    Percent,

    /// <summary>A multiple, shown as "3.0x".</summary>
    Ratio,

    /// <summary>A count of things.</summary>
    Count,

    /// <summary>Calendar days.</summary>
    Days,

    /// <summary>Hours.</summary>
    Hours,

    /// <summary>Money per day.</summary>
    CurrencyPerDay,

    /// <summary>Things per day.</summary>
    CountPerDay,
}
