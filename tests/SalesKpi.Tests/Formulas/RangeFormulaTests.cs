using System;
using SalesKpi.Formulas;
using static SalesKpi.Formulas.Fx;

namespace SalesKpi.Tests.Formulas;

/// <summary>Formulas over ranges (counts, criteria, ranks, parts of a range): their Excel text and the value a spreadsheet gives.</summary>
public class RangeFormulaTests
{
    private static readonly CellValue Teams = Column(CellValue.Of("North"), CellValue.Of("south"), CellValue.Blank, CellValue.Of("N*rth"), CellValue.Of(""));
    private static readonly CellValue Amounts = Column(CellValue.Of(10), CellValue.Of(-2), CellValue.Of(5), CellValue.Of("7"), CellValue.Of(0));

    private static CellValue Column(params CellValue[] items) => CellValue.Array(items);

    private static CellValue Eval(Expression expression) =>
        Evaluator.Evaluate(expression, reference => reference switch
        {
            "Teams" => Teams,
            "Amounts" => Amounts,
            _ => throw new InvalidOperationException(reference),
        });

    [Fact]
    public void Range_functions_are_written_as_Excel_reads_them()
    {
        ExcelRenderer.Render(SumIfs(Span(Ref("Amounts"), Ref("$B$1"), Ref("$B$2")), (Ref("Teams"), Text("<>")), (Ref("Amounts"), Text(">0"))))
            .Should().Be("SUMIFS(INDEX(Amounts,$B$1):INDEX(Amounts,$B$2),Teams,\"<>\",Amounts,\">0\")");
        ExcelRenderer.Render(If(Count(Ref("$N2"), Ref("$O2")) < 2, NA(), Rank(Ref("$A2"), Ref("$A$2:$A$9")) + CountIf(Ref("$A$2:$A2"), Ref("$A2")) - 1))
            .Should().Be("IF(COUNT($N2,$O2)<2,NA(),(RANK($A2,$A$2:$A$9,0)+COUNTIF($A$2:$A2,$A2))-1)");
        ExcelRenderer.Render(Index(Ref("Block"), 3, Ref("$B$4"))).Should().Be("INDEX(Block,3,$B$4)");
    }

    [Fact]
    public void Criteria_match_as_in_a_spreadsheet()
    {
        Eval(CountIf(Ref("Teams"), Text("north"))).Number.Should().Be(1);          // case does not matter
        Eval(CountIf(Ref("Teams"), Text("N*"))).Number.Should().Be(2);             // * is a wildcard
        Eval(CountIf(Ref("Teams"), Text("N~*rth"))).Number.Should().Be(1);         // ~* is a star
        Eval(CountIf(Ref("Teams"), Text("<>"))).Number.Should().Be(3);             // not blank (empty text counts as blank)
        Eval(CountIf(Ref("Teams"), Text(""))).Number.Should().Be(2);
        Eval(CountIf(Ref("Amounts"), Text(">0"))).Number.Should().Be(2);           // "7" is text, not a number above 0
        Eval(CountIf(Ref("Amounts"), 0)).Number.Should().Be(1);
        Eval(CountIfs((Ref("Teams"), Text("<>")), (Ref("Amounts"), Text("<=5")))).Number.Should().Be(1);
        Eval(SumIfs(Ref("Amounts"), (Ref("Teams"), Text("<>south")))).Number.Should().Be(10 + 5 + 0);
    }

    [Fact]
    public void Counts_ranks_and_parts_of_a_range()
    {
        Eval(Count(Ref("Amounts"))).Number.Should().Be(4);
        Eval(CountA(Ref("Teams"))).Number.Should().Be(4);                           // "" from a formula is not blank to COUNTA
        Eval(Rows(Ref("Teams"))).Number.Should().Be(5);
        Eval(Max(Ref("Amounts"))).Number.Should().Be(10);                           // text in a range is skipped
        Eval(Rank(5, Ref("Amounts"))).Number.Should().Be(2);
        Eval(Rank(3, Ref("Amounts"))).IsNotAvailable.Should().BeTrue();
        Eval(Count(Span(Ref("Amounts"), 2, 3))).Number.Should().Be(2);
        Eval(Span(Ref("Amounts"), 4, 9)).ErrorCode.Should().Be(CellValue.BadReferenceCode);
        Eval(IsText(Index(Ref("Teams"), 2))).Should().Be(CellValue.Of(true));
        Eval(IsError(Index(Ref("Teams"), 9))).Should().Be(CellValue.Of(true));
    }
}
