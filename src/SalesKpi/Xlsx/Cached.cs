namespace SalesKpi.Xlsx;

/// <summary>
/// The value a formula cell shows until a program recalculates: what phone and mail previews, and
/// programs that read without calculating, display.
/// </summary>
internal readonly struct Cached
{
    private Cached(CachedKind kind, double number, string? text)
    {
        Kind = kind;
        Number = number;
        Text = text;
    }

    public CachedKind Kind { get; }

    public double Number { get; }

    public string? Text { get; }

    /// <summary>No cached value: the program must calculate.</summary>
    public static Cached None => default;

    /// <summary>#N/A, the workbook's undefined.</summary>
    public static Cached NotAvailable => new(CachedKind.NotAvailable, 0, null);

    public static Cached Of(double number) => new(CachedKind.Number, number, null);

    public static Cached Of(string text) => new(CachedKind.Text, 0, text);

    /// <summary>A number, or #N/A where it is undefined.</summary>
    public static Cached OrNotAvailable(double? number) => number is { } n ? Of(n) : NotAvailable;
}

internal enum CachedKind
{
    None,
    Number,
    Text,
    NotAvailable,
}
