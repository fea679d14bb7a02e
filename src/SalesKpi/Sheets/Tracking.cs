using System;
using SalesKpi.Localization;

namespace SalesKpi.Sheets;

/// <summary>
/// The track switch of a KPI on the Settings sheet, written and read in one place: "yes" or "no" in
/// the workbook's language; anything but "no" (a blank too) tracks the KPI, as the formulas read it.
/// </summary>
internal static class Tracking
{
    /// <summary>About the most KPIs a team can discuss regularly; more and none gets attention. The Settings sheet warns above it.</summary>
    public const int Recommended = 8;

    public static string Text(bool tracked, Language language) => (tracked ? Labels.Yes : Labels.No)[language];

    /// <summary>Whether a switch cell's text tracks its KPI: everything but "no", in either language, ignoring case.</summary>
    public static bool IsTracked(string? text) =>
        !string.Equals(text, Labels.No.English, StringComparison.OrdinalIgnoreCase)
        && !string.Equals(text, Labels.No.Spanish, StringComparison.OrdinalIgnoreCase);

    /// <summary>1 where the switch (a reference or a name) tracks its KPI, else 0: the formula twin of <see cref="IsTracked"/>.</summary>
    public static string Formula(string switchCell, Language language) => $"IF({switchCell}={FormulaText.Quote(Labels.No[language])},0,1)";
}
