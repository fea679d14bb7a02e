using System.Text;
using System.Text.RegularExpressions;

namespace SalesKpi.Xlsx;

/// <summary>How the file format's formulas name cells: the one lexer for A1 references and string literals.</summary>
internal static class FormulaReferences
{
    /// <summary>A cell reference: column (maybe $), row (maybe $); not part of a name, a number or a function.</summary>
    public static readonly Regex Cell = new(@"(?<![\w.$])(?<column>\$?[A-Za-z]{1,3})(?<anchor>\$?)(?<row>\d+)(?![\w(])", RegexOptions.CultureInvariant);

    // A range of cells, whole columns or whole rows, written as one operand (A1:B9, $A:$A, 2:2).
    private static readonly Regex Area = new(
        @"(?<![\w.$])(\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\w(])",
        RegexOptions.CultureInvariant);

    // What is left once literals are blanked and areas folded: a sheet (!), an array constant, a range
    // operator, an external workbook, a future function.
    private static readonly Regex NotShareable = new(@"[!{:\[]|_xlfn\.", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A formula with each match of <paramref name="pattern"/> outside its "string literals" replaced.</summary>
    public static string Replace(string formula, Regex pattern, MatchEvaluator replacement)
    {
        var result = new StringBuilder(formula.Length + 8);
        var at = 0;
        foreach (Match match in pattern.Matches(Code(formula)))
        {
            result.Append(formula, at, match.Index - at).Append(replacement(match));
            at = match.Index + match.Length;
        }

        return result.Append(formula, at, formula.Length - at).ToString();
    }

    /// <summary>
    /// The formula with the text of its "string literals" blanked. It keeps its length, so a match in
    /// it stands where it stands in the formula, and nothing inside a literal is taken for a reference.
    /// </summary>
    public static string Code(string formula)
    {
        var code = formula.ToCharArray();
        var inLiteral = false;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '"')
            {
                inLiteral = !inLiteral;
            }
            else if (inLiteral)
            {
                code[i] = ' ';
            }
        }

        return new string(code);
    }

    /// <summary>
    /// Whether Excel can store the formula as a shared formula. Its shared-formula record cannot hold a
    /// reference to another sheet (3-D), an array constant, a range built with ':' from anything but two
    /// cells, or an external or future-function name ([MS-XLS] 2.5.198.118, [MS-XLSB] 2.5.98.98), so
    /// Excel writes such formulas in full in every cell, and so do we.
    /// </summary>
    public static bool CanBeShared(string formula) => !NotShareable.IsMatch(Area.Replace(Code(formula), "A1"));
}
