using System.Globalization;

namespace SalesKpi;

/// <summary>How to read a CSV export. Immutable.</summary>
public sealed record CsvOptions
{
    /// <summary>The field delimiter.</summary>
    /// <value>Default: <see langword="null"/>, detected from the header line (comma, semicolon or tab).</value>
    public char? Delimiter { get; init; }

    /// <summary>The culture numbers and dates are written in.</summary>
    /// <value>
    /// Default: <see langword="null"/>: Spanish (decimal comma) when the delimiter is a semicolon,
    /// as a Spanish export writes it, and the invariant culture otherwise.
    /// </value>
    public CultureInfo? Culture { get; init; }
}
