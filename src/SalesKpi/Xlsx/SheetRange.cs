using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesKpi.Xlsx;

/// <summary>A sheet range as a defined name gives it: <c>'Sheet name'!$B$2:$B$1001</c>.</summary>
internal sealed record SheetRange(string Sheet, int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    private static readonly Regex Pattern = new(
        @"^(?<sheet>'(?:[^']|'')+'|[^'!]+)!\$?(?<c1>[A-Za-z]{1,3})\$?(?<r1>\d+)(?::\$?(?<c2>[A-Za-z]{1,3})\$?(?<r2>\d+))?$",
        RegexOptions.CultureInvariant);

    /// <summary>The range a name refers to, or null where it is not one plain range on one sheet.</summary>
    public static SheetRange? Parse(string reference)
    {
        // A sheet name has at most 31 characters; a longer reference is no plain range.
        var match = reference.Length <= 100 ? Pattern.Match(reference.Trim()) : Match.Empty;
        if (!match.Success || !int.TryParse(match.Groups["r1"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var r1)
            || !int.TryParse(match.Groups[match.Groups["r2"].Success ? "r2" : "r1"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var r2))
        {
            return null;
        }

        var sheet = SheetName(match.Groups["sheet"].Value);
        var c1 = CellRef.ColumnNumber(match.Groups["c1"].Value);
        var c2 = match.Groups["c2"].Success ? CellRef.ColumnNumber(match.Groups["c2"].Value) : c1;
        return r1 is >= 1 and <= WorksheetCells.MaxRows && r2 >= r1 && r2 <= WorksheetCells.MaxRows && c2 >= c1 ? new SheetRange(sheet, r1, c1, r2, c2) : null;
    }

    /// <summary>A sheet's name as a formula writes it, plain or quoted (its own quotes doubled), as the sheet is named.</summary>
    public static string SheetName(string written) =>
        written.StartsWith("'", StringComparison.Ordinal)
            ? string.Join("'", written.Substring(1, written.Length - 2).Split(new[] { "''" }, StringSplitOptions.None))
            : written;
}
