using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesKpi.Localization;

/// <summary>
/// How a choice reads in a cell, in either language, in the order of its enum: one table for the
/// cell a builder writes, the dropdown list it offers (its position is the enum's value plus one, as
/// formulas that CHOOSE by it expect) and the value read back from a person's cell.
/// </summary>
internal sealed class Choices<T>
    where T : struct, Enum
{
    private readonly (LocalizedText Label, T Value)[] _entries;

    public Choices(params (LocalizedText Label, T Value)[] entries)
    {
        _entries = entries;
    }

    /// <summary>The labels, in the enum's order: what a dropdown lists.</summary>
    public IReadOnlyList<LocalizedText> Labels => _entries.Select(e => e.Label).ToArray();

    public LocalizedText Label(T value) => _entries.First(e => EqualityComparer<T>.Default.Equals(e.Value, value)).Label;

    /// <summary>The choice a cell's text names in either language, ignoring case; the fallback for anything else.</summary>
    public T Parse(string? text, T fallback)
    {
        foreach (var (label, value) in _entries)
        {
            if (string.Equals(text, label.English, StringComparison.OrdinalIgnoreCase) || string.Equals(text, label.Spanish, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return fallback;
    }
}

/// <summary>The workbook's choice settings as their cells show them.</summary>
internal static class SettingChoices
{
    public static readonly Choices<PeriodKind> PeriodKinds = new((Labels.Week, PeriodKind.Week), (Labels.Month, PeriodKind.Month), (Labels.Quarter, PeriodKind.Quarter));

    public static readonly Choices<GrowthBasis> GrowthBases = new((Labels.YearOnYear, GrowthBasis.YearOnYear), (Labels.PreviousPeriod, GrowthBasis.PreviousPeriod));

    public static readonly Choices<ScopeKind> ScopeKinds = new(
        (Labels.Everyone, ScopeKind.Everyone), (Labels.Team, ScopeKind.Team), (Labels.Location, ScopeKind.Location), (Labels.Rep, ScopeKind.Rep));
}
