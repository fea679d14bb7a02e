using System;
using System.Collections;
using System.Collections.Generic;

namespace SalesKpi.Formulas;

/// <summary>A long column of cells, each worked out where it is read: a data column can be a million rows, most never read.</summary>
internal sealed class LazyColumn(int count, Func<int, CellValue> cell) : IReadOnlyList<CellValue>
{
    public int Count => count;

    public CellValue this[int index] => cell(index);

    public IEnumerator<CellValue> GetEnumerator()
    {
        for (var index = 0; index < count; index++)
        {
            yield return cell(index);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
