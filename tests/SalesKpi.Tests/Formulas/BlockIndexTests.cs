using System.Linq;
using SalesKpi.Formulas;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Tests.Formulas;

/// <summary>INDEX(block, row, column) as a spreadsheet gives it: the cell at that row and column of a block, #REF! outside it.</summary>
public class BlockIndexTests
{
    // A block two rows by three columns: 1 2 3 / 4 5 6.
    private static readonly CellValue Block = CellValue.Array(new[] { 1.0, 2, 3, 4, 5, 6 }.Select(CellValue.Of).ToArray(), columns: 3);

    private static CellValue Eval(Expression row, Expression column) => Evaluator.Evaluate(Index(Ref("Block"), row, column), _ => Block);

    [Fact]
    public void The_cell_at_a_row_and_column()
    {
        Eval(1, 3).Should().Be(CellValue.Of(3));
        Eval(2, 1).Should().Be(CellValue.Of(4));
        Eval(2, 2.9).Should().Be(CellValue.Of(5));   // positions are truncated
    }

    [Fact]
    public void Outside_the_block_is_a_reference_error_and_an_error_in_a_position_spreads()
    {
        Eval(1, 4).ErrorCode.Should().Be(CellValue.BadReferenceCode);
        Eval(3, 1).ErrorCode.Should().Be(CellValue.BadReferenceCode);
        Eval(NA(), 1).IsNotAvailable.Should().BeTrue();
    }

    [Fact]
    public void A_row_of_cells_is_read_by_column_as_Gnumeric_needs_it()
    {
        var row = CellValue.Array(new[] { CellValue.Of(7), CellValue.Of(8) }, columns: 2);
        Evaluator.Evaluate(Index(Ref("Row"), 1, 2), _ => row).Should().Be(CellValue.Of(8));
        ExcelRenderer.Render(Index(Ref("$E$3:$P$3"), 1, Ref("$X$2") - 1)).Should().Be("INDEX($E$3:$P$3,1,$X$2-1)");
    }
}
