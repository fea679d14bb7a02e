using System;
using SalesKpi.Catalog;
using SalesKpi.Xlsx;

namespace SalesKpi.Sheets;

/// <summary>
/// Where a period's rows sit in the data, so that a period's sums read only its own rows. Data in
/// period order (as a fill or an export usually writes it) holds each period's rows together; the
/// block is found once per period (MATCH and COUNTIF, which do not depend on the dashboard's scope),
/// and every SUMIFS of that period reads just those rows. Where a period's rows are not together
/// (rows typed by hand, an export in another order) the block is the whole data column: right in any
/// order, fast in period order. Five cells per period: first row, count, together, low and high.
/// </summary>
internal static class PeriodBlock
{
    public const int First = 0;     // the first data row holding the period (1-based), 0 for none
    public const int Count = 1;     // how many rows hold it (COUNTIF: what SUMIFS matches)
    public const int Together = 2;  // 1 where all of them lie in the count rows from the first
    public const int Low = 3;       // the rows the period's sums read: its block, or every row
    public const int High = 4;
    public const int Parts = 5;

    public static readonly string[] Labels = { "rows: first", "rows: count", "rows: together", "rows: from", "rows: to" };

    /// <summary>The formula of one part, for the period in <paramref name="period"/>, its parts in the cells <paramref name="cell"/> names.</summary>
    public static string Formula(int part, string period, Func<int, string> cell)
    {
        var column = Names.Data(InputFields.PeriodStart);
        var (first, count, together) = (cell(First), cell(Count), cell(Together));
        return part switch
        {
            First => $"IFERROR(MATCH({period},{column},0),0)",
            Count => $"IF(ISERROR({period}),0,COUNTIF({column},{period}))",
            Together => $"IF(OR({first}=0,{count}=0,{first}+{count}-1>ROWS({column})),0,IF(COUNTIF(INDEX({column},{first}):INDEX({column},{first}+{count}-1),{period})={count},1,0))",
            Low => $"IF({together}=1,{first},1)",
            High => $"IF({together}=1,{first}+{count}-1,IF({count}=0,1,ROWS({column})))",
            _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
        };
    }

    /// <summary>The rows <paramref name="low"/> to <paramref name="high"/> of a data-sized range (a name such as Data_DealsWon).</summary>
    public static string Range(string name, string low, string high) => $"INDEX({name},{low}):INDEX({name},{high})";

    /// <summary>The cached value of one part: the twin of <see cref="Formula"/>.</summary>
    public static Cached Value(int part, Rows rows, int capacity)
    {
        var together = rows.Count > 0 && rows.Last - rows.First + 1 == rows.Count;
        return Cached.Of(part switch
        {
            First => rows.First,
            Count => rows.Count,
            Together => together ? 1 : 0,
            Low => together ? rows.First : 1,
            High => together ? rows.Last : rows.Count == 0 ? 1 : capacity,
            _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
        });
    }

    /// <summary>A period's rows in the data: the first and last (1-based, 0 for none) and how many.</summary>
    internal readonly record struct Rows(int First, int Last, int Count)
    {
        public Rows With(int row) => Count == 0 ? new Rows(row, row, 1) : new Rows(First, row, Count + 1);
    }
}
