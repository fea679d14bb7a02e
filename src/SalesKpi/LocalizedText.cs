using System;

namespace SalesKpi;

/// <summary>A text in every language the library speaks.</summary>
public sealed record LocalizedText
{
    /// <summary>Creates the text.</summary>
    /// <param name="english">The English text.</param>
    /// <param name="spanish">The Spanish text.</param>
    public LocalizedText(string english, string spanish)
    {
        English = english;
        Spanish = spanish;
    }

    /// <summary>The English text.</summary>
    public string English { get; init; }

    /// <summary>The Spanish text.</summary>
    public string Spanish { get; init; }

    /// <summary>The text in <paramref name="language"/>.</summary>
    public string this[Language language] => language switch
    {
        Language.English => English,
        Language.Spanish => Spanish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };
}
