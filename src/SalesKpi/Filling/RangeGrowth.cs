using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using SalesKpi.Xlsx;

namespace SalesKpi.Filling;

/// <summary>
/// Grows the references that cover the data table: any range on the data or KPI sheet that runs from
/// the header or first data row down to the template's last row is made to reach the new last row,
/// wherever it appears (names, formulas, validations, conditional formats, charts).
/// </summary>
internal sealed class RangeGrowth(IReadOnlyCollection<string> sheets, int oldLastRow, int newLastRow)
{
    private const int LastTopRow = 2;

    // A range, with or without a sheet: 'My sheet'!$A$2:$A$1001, Data!A2:B9, A2:A1001. A double quote
    // starts or ends a string literal, so no reference runs across one.
    private static readonly Regex Range = new(
        @"(?<![\w.$])(?<sheet>(?:'(?:[^'""]|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?(?<start>\$?[A-Za-z]{1,3}\$?(?<r1>\d+)):(?<endColumn>\$?[A-Za-z]{1,3}\$?)(?<r2>\d+)(?![\w(])",
        RegexOptions.CultureInvariant);

    private readonly HashSet<string> _sheets = new(sheets, StringComparer.OrdinalIgnoreCase);

    public int NewLastRow => newLastRow;

    /// <summary>A formula, sqref or chart reference with its data ranges grown. Text in quotes is left alone.</summary>
    /// <param name="text">The reference text.</param>
    /// <param name="sheet">The sheet the text lives on, for references without a sheet; null for workbook-level text.</param>
    public string Apply(string text, string? sheet) =>
        newLastRow <= oldLastRow || text.IndexOf(":", StringComparison.Ordinal) < 0
            ? text
            : FormulaReferences.Replace(text, Range, m => Grow(m, sheet));

    private string Grow(Match match, string? contextSheet)
    {
        var prefix = match.Groups["sheet"].Value;
        var sheet = prefix.Length == 0 ? contextSheet : SheetRange.SheetName(prefix.Substring(0, prefix.Length - 1));
        var first = int.Parse(match.Groups["r1"].Value, CultureInfo.InvariantCulture);
        var last = int.Parse(match.Groups["r2"].Value, CultureInfo.InvariantCulture);
        if (sheet is null || !_sheets.Contains(sheet) || first > LastTopRow || last != oldLastRow)
        {
            return match.Value;
        }

        return prefix + match.Groups["start"].Value + ":" + match.Groups["endColumn"].Value + newLastRow.ToString(CultureInfo.InvariantCulture);
    }
}
