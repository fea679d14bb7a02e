using SalesKpi.Formulas;
using SalesKpi.Localization;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Sheets;

/// <summary>
/// The track switch of a KPI on the Settings sheet: "yes" or "no" in the workbook's language; anything
/// but "no" (a blank too) tracks the KPI. The rule is one formula, which the sheets render and the
/// readers evaluate.
/// </summary>
internal static class Tracking
{
    /// <summary>About the most KPIs a team can discuss regularly; more and none gets attention. The Settings sheet warns above it.</summary>
    public const int Recommended = 8;

    public static string Text(bool tracked, Language language) => (tracked ? Labels.Yes : Labels.No)[language];

    /// <summary>The dropdown of a switch: "yes,no" as a list validation holds it.</summary>
    public static string Choices(Language language) => ExcelRenderer.Render(Fx.Text(Text(true, language) + "," + Text(false, language)));

    /// <summary>1 where the switch (a cell or a name) tracks its KPI, else 0.</summary>
    public static Expression Flag(Expression switchCell, Language language) => If(switchCell.Is(Fx.Text(Labels.No[language])), 0, 1);

    /// <summary>How many of a range of switches track their KPI, by the same rule.</summary>
    public static Expression Count(Expression switches, Language language) => Rows(switches) - CountIf(switches, Fx.Text(Labels.No[language]));

    /// <summary>Whether a switch cell holding <paramref name="value"/> tracks its KPI, as the workbook's formulas read it.</summary>
    public static bool IsTracked(CellValue value, Language language) =>
        Evaluator.Evaluate(Flag(Ref("switch"), language), _ => value).AsNumber != 0;
}
