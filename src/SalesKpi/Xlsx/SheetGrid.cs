using System.Collections.Generic;
using System.Linq;

namespace SalesKpi.Xlsx;

/// <summary>
/// Cells of a small sheet, set in any order and written in row order. The big sheets (data, per-row
/// KPIs) stream rows through <see cref="WorksheetWriter"/> instead.
/// </summary>
internal sealed class SheetGrid
{
    private enum Kind
    {
        Text,
        Number,
        Formula,
        Shared,
        Blank,
    }

    private readonly SortedDictionary<int, SortedDictionary<int, (Kind Kind, string? Text, double Number, int Style, Cached Cached)>> _rows = new();
    private readonly List<FilledFormula> _filled = new();
    private readonly Dictionary<int, double> _heights = new();

    public void Text(int row, int column, string text, int style) => Set(row, column, (Kind.Text, text, 0, style, default));

    public void Number(int row, int column, double value, int style) => Set(row, column, (Kind.Number, null, value, style, default));

    public void Formula(int row, int column, string formula, int style, Cached cached) => Set(row, column, (Kind.Formula, formula, 0, style, cached));

    /// <summary>
    /// One formula filled down a column from <paramref name="firstRow"/> to <paramref name="lastRow"/>:
    /// written once, its relative references shifting row by row as a fill would.
    /// </summary>
    public void FilledDown(int firstRow, int lastRow, int column, string formula, int style, System.Func<int, Cached> cached) =>
        FilledDown(firstRow, lastRow, column, formula, _ => style, cached);

    /// <summary>A formula filled down, each row in its own style (bands, say).</summary>
    public void FilledDown(int firstRow, int lastRow, int column, string formula, System.Func<int, int> style, System.Func<int, Cached> cached)
    {
        var index = _filled.Count;
        _filled.Add(new FilledFormula(formula, firstRow, lastRow, column));
        for (var row = firstRow; row <= lastRow; row++)
        {
            Set(row, column, (Kind.Shared, null, index, style(row), cached(row)));
        }
    }

    public void Blank(int row, int column, int style) => Set(row, column, (Kind.Blank, null, 0, style, default));

    public void Height(int row, double height) => _heights[row] = height;

    public void WriteTo(WorksheetWriter sheet)
    {
        foreach (var row in _rows.Keys.Union(_heights.Keys).OrderBy(r => r))
        {
            sheet.StartRow(row, _heights.TryGetValue(row, out var height) ? height : null);
            if (!_rows.TryGetValue(row, out var cells))
            {
                continue;
            }

            foreach (var entry in cells)
            {
                var (column, cell) = (entry.Key, entry.Value);
                switch (cell.Kind)
                {
                    case Kind.Text:
                        sheet.Text(column, cell.Text!, cell.Style);
                        break;
                    case Kind.Number:
                        sheet.Number(column, cell.Number, cell.Style);
                        break;
                    case Kind.Formula:
                        sheet.Formula(column, cell.Text!, cell.Style, cell.Cached);
                        break;
                    case Kind.Shared:
                        sheet.Filled(column, _filled[(int)cell.Number], (int)cell.Number, cell.Style, cell.Cached);
                        break;
                    default:
                        sheet.Blank(column, cell.Style);
                        break;
                }
            }
        }
    }

    private void Set(int row, int column, (Kind, string?, double, int, Cached) cell)
    {
        if (!_rows.TryGetValue(row, out var cells))
        {
            cells = new SortedDictionary<int, (Kind, string?, double, int, Cached)>();
            _rows.Add(row, cells);
        }

        cells[column] = cell;
    }
}
