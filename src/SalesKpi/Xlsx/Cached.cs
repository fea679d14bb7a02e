namespace SalesKpi.Xlsx;

/// <summary>
/// The value a formula cell shows until a program recalculates: what phone and mail previews, and
/// programs that read without calculating, display. The default is none: the program must calculate.
/// </summary>
internal readonly record struct Cached(CachedKind Kind, double Number = 0, string? Text = null)
{
    /// <summary>#N/A, the workbook's undefined.</summary>
    public static Cached NotAvailable => new(CachedKind.NotAvailable);

    public static Cached Of(double number) => new(CachedKind.Number, number);

    public static Cached Of(string text) => new(CachedKind.Text, Text: text);
}

internal enum CachedKind
{
    None,
    Number,
    Text,
    NotAvailable,
}
