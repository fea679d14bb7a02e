using System;
using System.Collections.Generic;
using SalesKpi.Formulas;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// A sheet's formula cells, each set as "this cell = this expression": its Excel text is the
/// expression rendered, its cached value the same expression evaluated over the cells set before it
/// (by their absolute address on this sheet, such as $B$2) and the defined names the caller looks up.
/// </summary>
internal sealed class FormulaCells(SheetGrid grid, Func<string, CellValue> names)
{
    private readonly Dictionary<string, CellValue> _cells = new(StringComparer.Ordinal);

    /// <summary>A formula of workbook cells: rendered, and evaluated for its cached value.</summary>
    public Expression Set(int row, int column, Expression formula, int style) =>
        Set(row, column, formula, ExcelReferences.None, style, Evaluator.Evaluate(formula, Read, row));

    /// <summary>
    /// A formula whose value is worked out elsewhere (a catalog formula over the streamed sums, a
    /// sum over the data): rendered, and <paramref name="value"/> kept for the formulas that read the cell.
    /// </summary>
    public Expression Set(int row, int column, Expression formula, ExcelReferences references, int style, CellValue value)
    {
        grid.Formula(row, column, ExcelRenderer.Render(formula, references), style, value.Cached());
        return Keep(row, column, value);
    }

    /// <summary>The value a cell of this sheet, or a defined name, holds.</summary>
    public CellValue Read(string reference) => _cells.TryGetValue(reference, out var value) ? value : names(reference);

    /// <summary>The cell as a formula refers to it, its value remembered.</summary>
    private Expression Keep(int row, int column, CellValue value)
    {
        var address = CellRef.Absolute(row, column);
        _cells[address] = value;
        return Fx.Ref(address);
    }
}
