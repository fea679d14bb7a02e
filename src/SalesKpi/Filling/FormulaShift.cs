using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesKpi.Filling;

/// <summary>Moves a formula down as a fill does: its relative row references shift, absolute ones ($5) stay.</summary>
internal static class FormulaShift
{
    // A cell reference: column (maybe $), row (maybe $); not part of a name, a number or a function.
    private static readonly Regex Reference = new(@"(?<![\w.$])(?<column>\$?[A-Za-z]{1,3})(?<anchor>\$?)(?<row>\d+)(?![\w(])", RegexOptions.CultureInvariant);

    public static string Rows(string formula, int delta)
    {
        if (delta == 0)
        {
            return formula;
        }

        var result = new StringBuilder(formula.Length + 8);
        var parts = formula.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                result.Append('"');
            }

            // Even parts are outside string literals.
            result.Append(i % 2 == 1 ? parts[i] : Reference.Replace(parts[i], m => m.Groups["anchor"].Value.Length > 0
                ? m.Value
                : m.Groups["column"].Value + (int.Parse(m.Groups["row"].Value, CultureInfo.InvariantCulture) + delta).ToString(CultureInfo.InvariantCulture)));
        }

        return result.ToString();
    }
}
