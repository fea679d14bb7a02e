using System.Globalization;
using System.Text.RegularExpressions;
using SalesKpi.Xlsx;

namespace SalesKpi.Filling;

/// <summary>A sheet range as a defined name gives it: <c>'Sheet name'!$B$2:$B$1001</c>.</summary>
internal sealed record SheetRange(string Sheet, int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    private static readonly Regex Pattern = new(
        @"^(?:'(?<quoted>(?:[^']|'')+)'|(?<plain>[^'!]+))!\$?(?<c1>[A-Za-z]{1,3})\$?(?<r1>\d+)(?::\$?(?<c2>[A-Za-z]{1,3})\$?(?<r2>\d+))?$",
        RegexOptions.CultureInvariant);

    /// <summary>The range a name refers to, or null where it is not one plain range on one sheet.</summary>
    public static SheetRange? Parse(string reference)
    {
        var match = Pattern.Match(reference.Trim());
        if (!match.Success)
        {
            return null;
        }

        var sheet = match.Groups["quoted"].Success ? Unquote(match.Groups["quoted"].Value) : match.Groups["plain"].Value;
        var c1 = CellRef.ColumnNumber(match.Groups["c1"].Value);
        var r1 = int.Parse(match.Groups["r1"].Value, CultureInfo.InvariantCulture);
        var c2 = match.Groups["c2"].Success ? CellRef.ColumnNumber(match.Groups["c2"].Value) : c1;
        var r2 = match.Groups["r2"].Success ? int.Parse(match.Groups["r2"].Value, CultureInfo.InvariantCulture) : r1;
        return new SheetRange(sheet, r1, c1, r2, c2);
    }

    /// <summary>A quoted sheet name's text, its doubled quotes made single.</summary>
    public static string Unquote(string quoted) => string.Join("'", quoted.Split(new[] { "''" }, System.StringSplitOptions.None));
}
