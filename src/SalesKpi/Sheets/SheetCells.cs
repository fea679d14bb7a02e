using System;
using System.Collections.Generic;
using SalesKpi.Formulas;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// The cells of one sheet as its formulas read them. Each formula cell is set as a tree: its text is
/// the tree rendered, its cached value the tree evaluated over the cells set before it (a cell or
/// range of this sheet, with or without the sheet's name), or the value given where the sheet works
/// it out from the data. A reference to anything else (another sheet, a defined name, cells of this
/// sheet set elsewhere) reads what <paramref name="outside"/> gives. The cells go to a grid in the
/// order they were set (<see cref="WriteTo"/>), so sheets written earlier can read them first.
/// </summary>
internal sealed class SheetCells(string sheet, Func<string, CellValue> outside)
{
    private readonly Dictionary<(int Row, int Column), CellValue> _values = new();
    private readonly List<Action<SheetGrid, int>> _writes = new();
    private readonly Dictionary<string, CellValue> _outside = new(StringComparer.Ordinal);

    /// <summary>A cell written elsewhere on this sheet (a number, a label) that these formulas read.</summary>
    public void Set(int row, int column, CellValue value) => _values[(row, column)] = value;

    /// <summary>A number, text or blank written as it is, and kept for the formulas that read it.</summary>
    public void Constant(int row, int column, CellValue value, int? style = null)
    {
        Set(row, column, value);
        _writes.Add((grid, fallback) => Write(grid, row, column, value, style ?? fallback));
    }

    /// <summary>The one place a value becomes a cell: a number, text (text stays text), or blank.</summary>
    public static void Write(SheetGrid grid, int row, int column, CellValue value, int style)
    {
        switch (value.Kind)
        {
            case ValueKind.Number:
                grid.Number(row, column, value.Number, style);
                break;
            case ValueKind.Text:
                grid.Text(row, column, value.Text, style);
                break;
            default:
                grid.Blank(row, column, style);
                break;
        }
    }

    /// <summary>
    /// One formula cell, in <paramref name="style"/> or, where null, the style <see cref="WriteTo"/> is
    /// given. Its value is <paramref name="value"/> where given (a sum over the data), else the formula
    /// evaluated. Named cells (<see cref="CellExpr"/>) and inputs are written as <paramref name="references"/> says.
    /// </summary>
    /// <returns>The cell as a formula refers to it.</returns>
    public Expression Set(int row, int column, Expression formula, int? style = null, CellValue? value = null, ExcelReferences? references = null)
    {
        var cached = _values[(row, column)] = value ?? Evaluator.Evaluate(formula, Read, row);
        var text = ExcelRenderer.Render(formula, references ?? ExcelReferences.None);
        _writes.Add((grid, fallback) => grid.Formula(row, column, text, style ?? fallback, cached.Cached()));
        return Fx.Ref(CellRef.Absolute(row, column));
    }

    /// <summary>
    /// One formula filled down a column: <paramref name="formula"/> gives a row's formula (its relative
    /// references at that row); the first row's is written. Each row's value is that formula evaluated,
    /// or, for a lookup in the data, what <paramref name="value"/> says the data holds.
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
    public CellValue Read(string reference) => TryRead(reference, out var value) ? value : Outside(reference);

    /// <summary>The value of a cell or range of this sheet whose cells are all set here; false for any other reference.</summary>
    public bool TryRead(string reference, out CellValue value)
    {
        value = CellValue.Blank;
        var bang = reference.LastIndexOf('!');
        if (bang >= 0 && reference.Substring(0, bang) != CellRef.Sheet(sheet))
        {
            return false;
        }

        if (!CellRef.TryParseArea(reference.Substring(bang + 1), out var from, out var to, out var isRange))
        {
            return false;
        }

        var items = new List<CellValue>();
        for (var row = from.Row; row <= to.Row; row++)
        {
            for (var column = from.Column; column <= to.Column; column++)
            {
                if (!_values.TryGetValue((row, column), out var cell))
                {
                    return false;
                }

                items.Add(cell);
            }
        }

        value = isRange ? CellValue.Array(items, to.Column - from.Column + 1) : items[0];
        return true;
    }

    /// <summary>What outside gives, asked once per reference: it does not change while these cells are worked out.</summary>
    private CellValue Outside(string reference) =>
        _outside.TryGetValue(reference, out var known) ? known : _outside[reference] = outside(reference);

    /// <summary>Writes the formula cells, in the order they were set; <paramref name="style"/> where a cell has none of its own.</summary>
    public void WriteTo(SheetGrid grid, int style)
    {
        foreach (var write in _writes)
        {
            write(grid, style);
        }
    }
}
