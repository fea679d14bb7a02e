using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Formulas;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// Formula cells of one sheet, each set as a tree and worked out before the sheet is written (sheets
/// written earlier read them): its text is the tree rendered, its value the tree evaluated over the
/// cells set before it (any A1 reference or range of this sheet, with or without the sheet's name)
/// and what <paramref name="outside"/> gives for every other reference, cells of this sheet set elsewhere too.
/// </summary>
internal sealed class EvaluatedCells(string sheet, Func<string, CellValue> outside)
{
    private readonly Dictionary<(int Row, int Column), CellValue> _values = new();
    private readonly List<Action<SheetGrid, int>> _writes = new();
    private readonly Dictionary<string, CellValue> _outside = new(StringComparer.Ordinal);

    /// <summary>A cell written elsewhere on this sheet (a number, a label) that these formulas read.</summary>
    public void Known(int row, int column, CellValue value) => _values[(row, column)] = value;

    /// <summary>One formula cell, in <paramref name="style"/> or, where null, the style <see cref="WriteTo"/> is given.</summary>
    public CellValue Set(int row, int column, Expression formula, int? style = null)
    {
        var value = Evaluator.Evaluate(formula, Read, row);
        _values[(row, column)] = value;
        var text = ExcelRenderer.Render(formula);
        _writes.Add((grid, fallback) => grid.Formula(row, column, text, style ?? fallback, value.Cached()));
        return value;
    }

    /// <summary>
    /// One formula filled down a column: <paramref name="formula"/> gives a row's formula (its relative
    /// references at that row); the first row's is written. Each row's value is that formula evaluated,
    /// or, for a lookup in the data, what <paramref name="value"/> says the data holds. Named cells
    /// (<see cref="CellExpr"/>) are written as <paramref name="references"/> says.
    /// </summary>
    public void Fill(int first, int last, int column, Func<int, Expression> formula, int? style = null, Func<int, CellValue>? value = null, ExcelReferences? references = null)
    {
        var values = new CellValue[last - first + 1];
        for (var row = first; row <= last; row++)
        {
            values[row - first] = _values[(row, column)] = value?.Invoke(row) ?? Evaluator.Evaluate(formula(row), Read, row);
        }

        var text = ExcelRenderer.Render(formula(first), references ?? ExcelReferences.None);
        _writes.Add((grid, fallback) => grid.FilledDown(first, last, column, text, style ?? fallback, row => values[row - first].Cached()));
    }

    public CellValue this[int row, int column] =>
        _values.TryGetValue((row, column), out var value) ? value : throw new InvalidOperationException($"No value for {CellRef.Relative(row, column)} of {sheet}.");

    /// <summary>The value of a reference as a formula writes it: a cell or range of this sheet from the cells set, anything else from outside.</summary>
    public CellValue Read(string reference)
    {
        if (_outside.TryGetValue(reference, out var known))
        {
            return known;
        }

        var local = reference;
        var bang = reference.LastIndexOf('!');
        if (bang >= 0)
        {
            if (reference.Substring(0, bang) != CellRef.Sheet(sheet))
            {
                return Outside(reference);
            }

            local = reference.Substring(bang + 1);
        }

        if (!CellRef.TryParseArea(local, out var from, out var to, out var isRange))
        {
            return Outside(reference);
        }

        var cells = Enumerable.Range(from.Row, to.Row - from.Row + 1)
            .SelectMany(row => Enumerable.Range(from.Column, to.Column - from.Column + 1).Select(column => (row, column))).ToArray();
        if (!cells.All(_values.ContainsKey))
        {
            return Outside(reference);
        }

        return !isRange ? _values[cells[0]] : CellValue.Array(cells.Select(cell => _values[cell]).ToArray());
    }

    /// <summary>What outside gives, asked once per reference: it does not change while these cells are worked out.</summary>
    private CellValue Outside(string reference) => _outside[reference] = outside(reference);

    public void WriteTo(SheetGrid grid, int style)
    {
        foreach (var write in _writes)
        {
            write(grid, style);
        }
    }
}
