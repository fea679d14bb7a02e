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
}
