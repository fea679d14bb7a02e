using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Catalog;
using SalesKpi.Formulas;
using SalesKpi.Xlsx;
using static SalesKpi.Formulas.Fx;

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

    private static readonly Expression PeriodColumn = Ref(Names.Data(InputFields.PeriodStart));

    /// <summary>The formula of one part, for the period in <paramref name="period"/>, its parts in the cells <paramref name="cell"/> gives.</summary>
    public static Expression Formula(int part, Expression period, Func<int, Expression> cell)
    {
        var (first, count, together) = (cell(First), cell(Count), cell(Together));
        var last = first + count - 1;
        return part switch
        {
            First => IfError(Match(period, PeriodColumn), 0),
            Count => If(IsError(period), 0, CountIf(PeriodColumn, period)),
            Together => If(Or(first.Is(0), count.Is(0), last > Fx.Rows(PeriodColumn)), 0, If(CountIf(Span(PeriodColumn, first, last), period).Is(count), 1, 0)),
            Low => If(together.Is(1), first, 1),
            High => If(together.Is(1), last, If(count.Is(0), 1, Fx.Rows(PeriodColumn))),
            _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
        };
    }

    /// <summary>
    /// Writes the five parts for the period in <paramref name="period"/> down <paramref name="column"/>
    /// (part p in row <paramref name="row"/>(p)). The two that scan the whole data column (MATCH,
    /// COUNTIF) take their values from the row positions streamed while the rows were written, so
    /// no cell walks every data row; the others are their formulas evaluated over those.
    /// </summary>
    /// <returns>A data-sized range cut to the period's rows, by the name of the range.</returns>
    public static Func<string, Expression> Write(SheetCells cells, Func<int, int> row, int column, Expression period, Rows rows, int style)
    {
        Expression Cell(int part) => Ref(CellRef.Absolute(row(part), column));
        for (var part = 0; part < Parts; part++)
        {
            CellValue? streamed = part switch { First => CellValue.Of(rows.First), Count => CellValue.Of(rows.Count), _ => null };
            cells.Set(row(part), column, Formula(part, period, Cell), style, streamed);
        }

        return Cut(Cell(Low), Cell(High));
    }

    /// <summary>A data-sized range (a name such as Data_DealsWon) cut to the rows <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static Func<string, Expression> Cut(Expression low, Expression high) => name => Span(Ref(name), low, high);

    /// <summary>
    /// The criteria of COUNTIFS and SUMIFS over the <paramref name="rows"/> of a period: rows of the
    /// dashboard's scope, of <paramref name="period"/>, holding every one of <paramref name="holding"/> (if given).
    /// </summary>
    public static (Expression Range, Expression Criterion)[] InScope(Func<string, Expression> rows, Expression period, IEnumerable<InputField>? holding = null) =>
        new[] { (rows(Names.InScope), (Expression)1), (rows(Names.Data(InputFields.PeriodStart)), period) }
            .Concat((holding ?? Enumerable.Empty<InputField>()).Select(field => (rows(Names.Data(field)), Text("<>")))).ToArray();

    /// <summary>A period's rows in the data: the first and last (1-based, 0 for none) and how many.</summary>
    internal readonly record struct Rows(int First, int Last, int Count)
    {
        public Rows With(int row) => Count == 0 ? new Rows(row, row, 1) : new Rows(First, row, Count + 1);
    }

    /// <summary>
    /// The data's period column as the data sheet writes it, for formulas that read it: each period's
    /// rows together and in period order, so the periods' row positions say what every row holds;
    /// blank below the last row, down to the data's capacity.
    /// </summary>
    public static IReadOnlyList<CellValue> Column(IEnumerable<KeyValuePair<DateTime, Rows>> periods, int capacity)
    {
        var runs = periods.Where(p => p.Value.Count > 0)
            .Select(p => p.Value.Last - p.Value.First + 1 == p.Value.Count ? (Rows: p.Value, Period: CellValue.Date(p.Key)) : throw new InvalidOperationException("The data rows are written in period order."))
            .OrderBy(run => run.Rows.First).ToArray();
        var firsts = runs.Select(run => run.Rows.First).ToArray();
        return new LazyColumn(capacity, index =>
        {
            // The last run that starts at or before the row holds it, unless it ends above it.
            var at = Array.BinarySearch(firsts, index + 1);
            at = at >= 0 ? at : ~at - 1;
            return at >= 0 && index + 1 <= runs[at].Rows.Last ? runs[at].Period : CellValue.Blank;
        });
    }
}
