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
internal sealed class SheetValues(Func<int, int, CellValue>? source = null)
{
    private readonly Dictionary<(int Row, int Column), CellValue> _cells = new();

    public CellValue this[int row, int column] =>
        _cells.TryGetValue((row, column), out var value) ? value : source?.Invoke(row, column) ?? CellValue.Blank;

    public void Set(int row, int column, CellValue value) => _cells[(row, column)] = value;

    /// <summary>The value of a cell, or the cells of a range, by an address of this sheet.</summary>
    public CellValue Read(string address) =>
        TryRead(address, out var value) ? value : throw new FormatException($"'{address}' is not a cell or a range.");

    /// <summary>The value of a cell or a range; false where the reference is no address (a defined name).</summary>
    public bool TryRead(string reference, out CellValue value)
    {
        value = CellValue.Blank;
        if (!CellRef.TryParseArea(reference, out var start, out var end, out var isRange))
        {
            return false;
        }

        var items = new List<CellValue>();
        for (var row = start.Row; row <= end.Row; row++)
        {
            for (var column = start.Column; column <= end.Column; column++)
            {
                items.Add(this[row, column]);
            }
        }

        value = !isRange ? items[0] : CellValue.Array(items, end.Column - start.Column + 1);
        return true;
    }
}
