using System.Globalization;
using SalesKpi.Xlsx;

namespace SalesKpi.Filling;

/// <summary>Moves a formula down as a fill does: its relative row references shift, absolute ones ($5) stay.</summary>
internal static class FormulaShift
{
    public static string Rows(string formula, int delta)
    {
        if (delta == 0)
        {
            return formula;
        }

        return FormulaReferences.OutsideLiterals(formula, part => FormulaReferences.Cell.Replace(part, m => m.Groups["anchor"].Value.Length > 0
            ? m.Value
            : m.Groups["column"].Value + (int.Parse(m.Groups["row"].Value, CultureInfo.InvariantCulture) + delta).ToString(CultureInfo.InvariantCulture)));
    }
}
