using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesKpi.Xlsx;

/// <summary>
/// A formula moved down as a fill moves it: its relative rows shift, absolute ones ($5) and text in
/// "string literals" stay. The formula is split once at its relative rows, so each row's text is a
/// cheap concatenation.
/// </summary>
internal sealed class MovedFormula
{
    private readonly List<string> _pieces = new();
    private readonly List<(string Column, int Row)> _rows = new();
    private readonly StringBuilder _text = new();

    public MovedFormula(string formula)
    {
        var at = 0;
        foreach (Match match in FormulaReferences.Cell.Matches(FormulaReferences.Code(formula)))
        {
            if (match.Groups["anchor"].Length == 0)
            {
                _pieces.Add(formula.Substring(at, match.Index - at));
                _rows.Add((match.Groups["column"].Value, int.Parse(match.Groups["row"].Value, CultureInfo.InvariantCulture)));
                at = match.Index + match.Length;
            }
        }

        _pieces.Add(formula.Substring(at));
    }

    /// <summary>The formula moved down <paramref name="delta"/> rows (up where negative).</summary>
    public string By(int delta)
    {
        _text.Clear();
        for (var i = 0; i < _rows.Count; i++)
        {
            _text.Append(_pieces[i]).Append(_rows[i].Column).Append((_rows[i].Row + delta).ToString(CultureInfo.InvariantCulture));
        }

        return _text.Append(_pieces[_rows.Count]).ToString();
    }

    /// <summary>The formula moved down <paramref name="delta"/> rows; one formula, one move.</summary>
    public static string Rows(string formula, int delta) => delta == 0 ? formula : new MovedFormula(formula).By(delta);
}
