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

    // What is left once literals are dropped and areas folded: a sheet (!), an array constant, a range
    // operator, an external workbook, a future function.
    private static readonly Regex NotShareable = new(@"[!{:\[]|_xlfn\.", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

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

    /// <summary>
    /// Whether Excel can store the formula as a shared formula. Its shared-formula record cannot hold a
    /// reference to another sheet (3-D), an array constant, a range built with ':' from anything but two
    /// cells, or an external or future-function name ([MS-XLS] 2.5.198.118, [MS-XLSB] 2.5.98.98), so
    /// Excel writes such formulas in full in every cell, and so do we.
    /// </summary>
    public static bool CanBeShared(string formula)
    {
        var code = new StringBuilder();
        OutsideLiterals(formula, part =>
        {
            code.Append(part).Append(' ');
            return part;
        });
        return !NotShareable.IsMatch(Area.Replace(code.ToString(), "A1"));
    }
}
