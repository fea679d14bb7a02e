using System;
using System.Collections.Generic;
using SalesKpi.Formulas;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// The values of a sheet's cells as its formulas read them: a cell (A1, $A$1) or a range (A1:B2,
/// its cells row by row). A builder sets each cell's value as it works it out, so that a formula's
/// cached value is that formula evaluated over the cells it reads. A cell not set reads as blank.
/// </summary>
internal sealed class SheetValues
{
    private readonly Dictionary<(int Row, int Column), CellValue> _cells = new();
    private readonly Func<int, int, CellValue>? _source;

    public SheetValues()
    {
    }

    /// <summary>The values of a sheet whose cells another builder keeps.</summary>
    public SheetValues(Func<int, int, CellValue> source) => _source = source;

    public CellValue this[int row, int column] =>
        _cells.TryGetValue((row, column), out var value) ? value : _source?.Invoke(row, column) ?? CellValue.Blank;

    public void Set(int row, int column, CellValue value) => _cells[(row, column)] = value;

    /// <summary>Whether a reference names cells (with or without $), not a defined name.</summary>
    public static bool IsAddress(string reference)
    {
        foreach (var end in string.Concat(reference.Split('$')).Split(':'))
        {
            if (!CellRef.TryParse(end, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value of a cell, or the cells of a range, by an address of this sheet.</summary>
    public CellValue Read(string address)
    {
        var ends = string.Concat(address.Split('$')).Split(':');
        var (top, left) = CellRef.Parse(ends[0]);
        if (ends.Length == 1)
        {
            return this[top, left];
        }

        var (bottom, right) = CellRef.Parse(ends[1]);
        var items = new List<CellValue>();
        for (var row = top; row <= bottom; row++)
        {
            for (var column = left; column <= right; column++)
            {
                items.Add(this[row, column]);
            }
        }

        return CellValue.Array(items, right - left + 1);
    }
}
