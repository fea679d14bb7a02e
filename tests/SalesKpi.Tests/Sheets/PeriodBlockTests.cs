using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Formulas;
using SalesKpi.Sheets;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Tests.Sheets;

/// <summary>
/// The five cells that say where a period's rows sit (first row, count, together, from, to), as a
/// spreadsheet computes them over a period column: a block where the rows lie together, the whole
/// column where they do not, one row where the period has none.
/// </summary>
public class PeriodBlockTests
{
    private static readonly DateTime January = new(2026, 1, 1);
    private static readonly DateTime February = new(2026, 2, 1);

    /// <summary>The parts for a period over a column, each part evaluated over those before it.</summary>
    private static double[] Parts(CellValue period, params CellValue[] column)
    {
        var values = new Dictionary<string, CellValue>(StringComparer.Ordinal)
        {
            ["Data_PeriodStart"] = CellValue.Array(column),
            ["Period"] = period,
        };
        var parts = new double[PeriodBlock.Parts];
        for (var part = 0; part < PeriodBlock.Parts; part++)
        {
            var formula = PeriodBlock.Formula(part, Ref("Period"), p => Ref("Part" + p));
            var value = Evaluator.Evaluate(formula, reference => values[reference]);
            values["Part" + part] = value;
            parts[part] = value.Number;
        }

        return parts;
    }

    private static CellValue Day(DateTime date) => CellValue.Date(date);

    [Fact]
    public void Rows_that_lie_together_are_read_as_their_block()
    {
        // February in rows 3 and 4 of six: first 3, two rows, together, rows 3 to 4.
        Parts(Day(February), Day(January), Day(January), Day(February), Day(February), CellValue.Blank, CellValue.Blank)
            .Should().Equal(3, 2, 1, 3, 4);
    }

    [Fact]
    public void Rows_not_together_are_read_over_the_whole_column()
    {
        // January in rows 1, 2 and 4: the three rows from the first hold only two of them.
        Parts(Day(January), Day(January), Day(January), Day(February), Day(January), CellValue.Blank)
            .Should().Equal(1, 3, 0, 1, 5);
    }

    [Fact]
    public void A_period_without_rows_or_without_a_date_reads_one_row()
    {
        Parts(Day(new DateTime(2026, 3, 1)), Day(January), Day(February)).Should().Equal(0, 0, 0, 1, 1);
        Parts(CellValue.NotAvailable, Day(January), Day(February)).Should().Equal(0, 0, 0, 1, 1);
    }

    [Fact]
    public void The_written_period_column_reads_each_period_in_its_rows_and_blanks_below()
    {
        var rows = new Dictionary<DateTime, PeriodBlock.Rows> { [February] = new(3, 4, 2), [January] = new(1, 2, 2) };

        var column = PeriodBlock.Column(rows, capacity: 6);

        column.Should().Equal(Day(January), Day(January), Day(February), Day(February), CellValue.Blank, CellValue.Blank);
        Parts(Day(February), column.ToArray()).Should().Equal(3, 2, 1, 3, 4);
    }

    [Fact]
    public void A_period_column_with_a_period_split_is_refused()
    {
        var rows = new Dictionary<DateTime, PeriodBlock.Rows> { [January] = new(1, 3, 2), [February] = new(2, 2, 1) };

        var reading = () => PeriodBlock.Column(rows, capacity: 3);

        reading.Should().Throw<InvalidOperationException>();
    }
}
