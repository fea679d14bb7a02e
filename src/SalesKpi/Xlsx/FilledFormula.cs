using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesKpi.Xlsx;

/// <summary>
/// One formula filled down a column, as written for its first row. Where Excel can share it, the
/// sheet writes it once and refers to it below; where it cannot (see
/// <see cref="FormulaReferences.CanBeShared"/>), each row gets its own text, its relative rows moved
/// as a fill moves them. The formula is split once, so a row's text is a cheap concatenation.
/// </summary>
internal sealed class FilledFormula
{
    private readonly List<string> _pieces = new();
    private readonly List<(string Column, int Offset)> _rows = new();
    private readonly StringBuilder _text = new();

    public FilledFormula(string formula, int firstRow, int lastRow, int column)
    {
        Formula = formula;
        FirstRow = firstRow;
        Range = CellRef.RelativeRange(firstRow, column, lastRow, column);
        Shared = FormulaReferences.CanBeShared(formula);
        if (!Shared)
        {
            Split(formula);
        }
    }

    /// <summary>The formula of the first row.</summary>
    public string Formula { get; }

    public int FirstRow { get; }

    /// <summary>The cells it fills, for example "G2:G1001".</summary>
    public string Range { get; }

    /// <summary>Whether it is written once and shared, or in full in every row.</summary>
    public bool Shared { get; }

    /// <summary>The formula as it stands in <paramref name="row"/>.</summary>
    public string At(int row)
    {
        if (row == FirstRow || Shared)
        {
            return Formula;
        }

        _text.Clear();
        for (var i = 0; i < _rows.Count; i++)
        {
            _text.Append(_pieces[i]).Append(_rows[i].Column).Append((row + _rows[i].Offset).ToString(CultureInfo.InvariantCulture));
        }

        return _text.Append(_pieces[_rows.Count]).ToString();
    }

    private void Split(string formula)
    {
        var piece = new StringBuilder();
        var parts = formula.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i > 0)
            {
                piece.Append('"');
            }

            // Odd parts are inside string literals: copied as they are.
            var at = 0;
            if (i % 2 == 0)
            {
                foreach (Match match in FormulaReferences.Cell.Matches(part))
                {
                    if (match.Groups["anchor"].Length > 0)
                    {
                        continue;
                    }

                    piece.Append(part, at, match.Index - at);
                    _pieces.Add(piece.ToString());
                    piece.Clear();
                    _rows.Add((match.Groups["column"].Value, int.Parse(match.Groups["row"].Value, CultureInfo.InvariantCulture) - FirstRow));
                    at = match.Index + match.Length;
                }
            }

            piece.Append(part, at, part.Length - at);
        }

        _pieces.Add(piece.ToString());
    }
}
