using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace SalesKpi.Formulas;

/// <summary>
/// The criteria of COUNTIF, COUNTIFS and SUMIFS as a spreadsheet reads them: a number equals that
/// number; text may start with an operator (=, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;=); "&lt;&gt;" alone is any
/// non-blank cell and "" a blank one; text compares without regard to case, with * and ? as wildcards.
/// </summary>
internal static class Criteria
{
    /// <summary>COUNTIFS(range, criterion, ...): arguments in pairs.</summary>
    public static CellValue Count(IReadOnlyList<CellValue> pairs) => Over(null, pairs);

    /// <summary>SUMIFS(sum, range, criterion, ...): the numbers of the sum range in the rows that match.</summary>
    public static CellValue Sum(CellValue sum, IReadOnlyList<CellValue> pairs) => Over(sum, pairs);

    private static CellValue Over(CellValue? sum, IReadOnlyList<CellValue> pairs)
    {
        var ranges = new List<IReadOnlyList<CellValue>>();
        var tests = new List<Func<CellValue, bool>>();
        for (var i = 0; i < pairs.Count; i += 2)
        {
            if (pairs[i + 1].IsError)
            {
                return pairs[i + 1];
            }

            ranges.Add(Evaluator.Cells(pairs[i]));
            tests.Add(Test(pairs[i + 1]));
        }

        var sums = sum is { } s ? Evaluator.Cells(s) : null;
        if (ranges.Any(r => r.Count != ranges[0].Count) || (sums is not null && sums.Count != ranges[0].Count))
        {
            return CellValue.Error(CellValue.WrongTypeCode);
        }

        double total = 0;
        var count = 0;
        for (var row = 0; row < ranges[0].Count; row++)
        {
            var matches = true;
            for (var c = 0; c < ranges.Count && matches; c++)
            {
                matches = tests[c](ranges[c][row]);
            }

            if (!matches)
            {
                continue;
            }

            count++;
            if (sums is not null)
            {
                if (sums[row].IsError)
                {
                    return sums[row];
                }

                total += sums[row].Kind == ValueKind.Number ? sums[row].Number : 0;
            }
        }

        return CellValue.Of(sums is null ? count : total);
    }

    private static Func<CellValue, bool> Test(CellValue criterion)
    {
        if (criterion.Kind is ValueKind.Number or ValueKind.Logical)
        {
            return cell => cell.Kind == criterion.Kind && cell.Number == criterion.Number;
        }

        var text = criterion.Kind == ValueKind.Text ? criterion.Text : "";
        var op = new[] { "<>", "<=", ">=", "=", "<", ">" }.FirstOrDefault(text.StartsWith) ?? "";
        var operand = text.Substring(op.Length);
        if (operand.Length == 0)
        {
            // "" and "=" match blank cells (and empty text), "<>" every other cell.
            return op == "<>" ? cell => !IsEmpty(cell) : op is "" or "=" ? IsEmpty : _ => false;
        }

        if (double.TryParse(operand, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return op switch
            {
                "" or "=" => cell => cell.Kind == ValueKind.Number && cell.Number == number,
                "<>" => cell => !(cell.Kind == ValueKind.Number && cell.Number == number),
                _ => cell => cell.Kind == ValueKind.Number && Holds(op, cell.Number.CompareTo(number)),
            };
        }

        var pattern = Wildcards(operand);
        return op switch
        {
            "" or "=" => cell => cell.Kind == ValueKind.Text && pattern.IsMatch(cell.Text),
            "<>" => cell => !(cell.Kind == ValueKind.Text && pattern.IsMatch(cell.Text)),
            _ => cell => cell.Kind == ValueKind.Text && Holds(op, string.Compare(cell.Text, operand, StringComparison.OrdinalIgnoreCase)),
        };
    }

    private static bool IsEmpty(CellValue cell) => cell.Kind == ValueKind.Blank || (cell.Kind == ValueKind.Text && cell.Text.Length == 0);

    private static bool Holds(string op, int order) => op switch
    {
        "<" => order < 0,
        "<=" => order <= 0,
        ">" => order > 0,
        _ => order >= 0,
    };

    /// <summary>* any run of characters, ? any one, ~ before either the character itself.</summary>
    private static Regex Wildcards(string operand)
    {
        var pattern = new System.Text.StringBuilder("^");
        for (var i = 0; i < operand.Length; i++)
        {
            var c = operand[i];
            if (c == '~' && i + 1 < operand.Length && operand[i + 1] is '*' or '?' or '~')
            {
                pattern.Append(Regex.Escape(operand[++i].ToString()));
            }
            else
            {
                pattern.Append(c switch { '*' => ".*", '?' => ".", _ => Regex.Escape(c.ToString()) });
            }
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
