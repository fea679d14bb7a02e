using System;

namespace SalesKpi;

/// <summary>A text in every language the library speaks.</summary>
/// <param name="English">The English text.</param>
/// <param name="Spanish">The Spanish text.</param>
public sealed record LocalizedText(string English, string Spanish)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string this[Language language] => language switch
    {
        Language.English => English,
        Language.Spanish => Spanish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };
}
