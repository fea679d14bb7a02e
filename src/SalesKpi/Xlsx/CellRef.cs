using System.Globalization;

namespace SalesKpi.Xlsx;

/// <summary>A1-style addresses. Rows and columns are 1-based.</summary>
internal static class CellRef
{
    public static string Column(int column)
    {
        var letters = "";
        while (column > 0)
        {
            var rest = (column - 1) % 26;
            letters = (char)('A' + rest) + letters;
            column = (column - rest - 1) / 26;
        }

        return letters;
    }

    public static string Relative(int row, int column) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string Absolute(int row, int column) => "$" + Column(column) + "$" + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Column absolute, row relative: the form per-row formulas use.</summary>
    public static string RowRelative(int row, int column) => "$" + Column(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string AbsoluteRange(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        Absolute(firstRow, firstColumn) + ":" + Absolute(lastRow, lastColumn);

    public static string RelativeRange(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        Relative(firstRow, firstColumn) + ":" + Relative(lastRow, lastColumn);

    /// <summary>A sheet name as a formula writes it: always quoted, quotes doubled.</summary>
    public static string Sheet(string name) => "'" + string.Join("''", name.Split('\'')) + "'";

    /// <summary>The 1-based column of letters such as <c>AB</c>.</summary>
    public static int ColumnNumber(string letters)
    {
        var column = 0;
        foreach (var letter in letters)
        {
            column = (column * 26) + (char.ToUpperInvariant(letter) - 'A' + 1);
        }

        return column;
    }

    /// <summary>A cell (A1, $A$1) or a range (A1:B2) of one sheet, without the sheet's name: its corners, the same for a cell.</summary>
    public static bool TryParseArea(string reference, out (int Row, int Column) from, out (int Row, int Column) to, out bool isRange)
    {
        var corners = string.Concat(reference.Split('$')).Split(':');
        to = default;
        isRange = corners.Length == 2;
        return TryParse(corners[0], out from) && corners.Length <= 2 && TryParse(corners[corners.Length - 1], out to);
    }

    /// <summary>
    /// The row and column of a plain address such as <c>AB12</c>: one to three letters, then a row
    /// number without sign or leading zero; false for anything else.
    /// </summary>
    public static bool TryParse(string address, out (int Row, int Column) at)
    {
        at = default;
        var letters = 0;
        while (letters < address.Length && letters <= 3 && address[letters] is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z'))
        {
            letters++;
        }

        var digits = address.Length - letters;
        if (letters is 0 or > 3 || digits is 0 or > 7 || address[letters] == '0')
        {
            return false;
        }

        var row = 0;
        for (var i = letters; i < address.Length; i++)
        {
            if (address[i] is < '0' or > '9')
            {
                return false;
            }

            row = (row * 10) + (address[i] - '0');
        }

        at = (row, ColumnNumber(address.Substring(0, letters)));
        return true;
    }

    /// <summary>The row and column of an address such as <c>AB12</c>.</summary>
    public static (int Row, int Column) Parse(string address) =>
        TryParse(address, out var at) ? at : throw new System.FormatException($"'{address}' is not a cell address.");
}
