using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesKpi.Filling;

/// <summary>Moves a formula down as a fill does: its relative row references shift, absolute ones ($5) stay.</summary>
internal static class FormulaShift
{
    // A cell reference: column (maybe $), row (maybe $); not part of a name, a number or a function.
    private static readonly Regex Reference = new(@"(?<![\w.$])(?<column>\$?[A-Za-z]{1,3})(?<anchor>\$?)(?<row>\d+)(?![\w(])", RegexOptions.CultureInvariant);

    /// <summary>A formula with <paramref name="map"/> applied to every stretch outside its "string literals".</summary>
    public static string OutsideLiterals(string formula, System.Func<string, string> map)
    {
        var result = new StringBuilder(formula.Length + 8);
        var parts = formula.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                result.Append('"');
            }

            // Even parts are outside literals ("" inside a literal splits into an empty odd part).
            result.Append(i % 2 == 0 ? map(parts[i]) : parts[i]);
        }

        return result.ToString();
    }

    public static string Rows(string formula, int delta)
    {
        if (delta == 0)
        {
            return formula;
        }

        return OutsideLiterals(formula, part => Reference.Replace(part, m => m.Groups["anchor"].Value.Length > 0
            ? m.Value
            : m.Groups["column"].Value + (int.Parse(m.Groups["row"].Value, CultureInfo.InvariantCulture) + delta).ToString(CultureInfo.InvariantCulture)));
    }
}
