using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesKpi.Xlsx;

/// <summary>
/// Cells of a small sheet, set in any order and written in row order. The big sheets (data, per-row
/// KPIs) stream rows through <see cref="WorksheetWriter"/> instead.
/// </summary>
internal sealed class SheetGrid
{
    // Each cell as the call that writes it, by row and then column.
    private readonly SortedDictionary<int, SortedDictionary<int, Action<WorksheetWriter>>> _rows = new();
    private readonly Dictionary<int, double> _heights = new();
    private int _filledCount;

    public void Text(int row, int column, string text, int style) => Set(row, column, sheet => sheet.Text(column, text, style));

    public void Number(int row, int column, double value, int style) => Set(row, column, sheet => sheet.Number(column, value, style));

    public void Formula(int row, int column, string formula, int style, Cached cached) => Set(row, column, sheet => sheet.Formula(column, formula, style, cached));

    /// <summary>
    /// One formula filled down a column from <paramref name="firstRow"/> to <paramref name="lastRow"/>:
    /// written once, its relative references shifting row by row as a fill would.
    /// </summary>
    public void FilledDown(int firstRow, int lastRow, int column, string formula, int style, Func<int, Cached> cached)
    {
        var index = _filledCount++;
        var filled = new FilledFormula(formula, firstRow, lastRow, column);
        for (var row = firstRow; row <= lastRow; row++)
        {
            var value = cached(row);
            Set(row, column, sheet => sheet.Filled(column, filled, index, style, value));
        }
    }

    public void Blank(int row, int column, int style) => Set(row, column, sheet => sheet.Blank(column, style));

    public void Height(int row, double height) => _heights[row] = height;

    public void WriteTo(WorksheetWriter sheet)
    {
        foreach (var row in _rows.Keys.Union(_heights.Keys).OrderBy(r => r))
        {
            sheet.StartRow(row, _heights.TryGetValue(row, out var height) ? height : null);
            if (_rows.TryGetValue(row, out var cells))
            {
                foreach (var write in cells.Values)
                {
                    write(sheet);
                }
            }
        }
    }

    private void Set(int row, int column, Action<WorksheetWriter> write)
    {
        if (!_rows.TryGetValue(row, out var cells))
        {
            cells = new SortedDictionary<int, Action<WorksheetWriter>>();
            _rows.Add(row, cells);
        }

        cells[column] = write;
    }
}
