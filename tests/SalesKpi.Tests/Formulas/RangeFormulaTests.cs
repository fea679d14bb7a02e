using System;
using System.Linq;
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

    [Fact]
    public void Joined_text_needs_brackets_only_for_a_comparison_or_a_join_on_the_right()
    {
        ExcelRenderer.Render(Text("Value (").Then(Ref("$C$3")).Then(Text(")"))).Should().Be("\"Value (\"&$C$3&\")\"");
        ExcelRenderer.Render(Ref("A1").Then(Text("")).Is(Text(""))).Should().Be("A1&\"\"=\"\"");
        ExcelRenderer.Render(Ref("A1").Then(Ref("B1").Then(Ref("C1")))).Should().Be("A1&(B1&C1)");
        ExcelRenderer.Render(Ref("A1").Then(Ref("B1").Is(1))).Should().Be("A1&(B1=1)");

        // As a spreadsheet reads the text without brackets: & before =.
        Eval(Index(Ref("Teams"), 3).Then(Text("")).Is(Text(""))).Should().Be(CellValue.Of(true));
        Eval(Text("n/").Then(Index(Ref("Amounts"), 2)).Then(Text("!"))).Should().Be(CellValue.Of("n/-2!"));
    }

    [Fact]
    public void A_place_is_the_rank_plus_the_equal_values_listed_earlier()
    {
        // Sort keys 5, 9, 5, -1E+300 (undefined), 9: ranks 3, 1, 3, 5, 1; places 3, 1, 4, 5, 2.
        var keys = Column(CellValue.Of(5), CellValue.Of(9), CellValue.Of(5), CellValue.Of(-1E+300), CellValue.Of(9));
        var places = new double[5];
        for (var i = 0; i < 5; i++)
        {
            var soFar = Column(keys.Items.Take(i + 1).ToArray());
            var place = Rank(Ref("key"), Ref("keys")) + CountIf(Ref("soFar"), Ref("key")) - 1;
            places[i] = Evaluator.Evaluate(place, r => r switch { "key" => keys.Items[i], "keys" => keys, _ => soFar }).Number;
        }

        places.Should().Equal(3, 1, 4, 5, 2);

        // Which slot takes each place: MATCH of the place number among the places.
        var slots = Column(places.Select(p => CellValue.Of(p)).ToArray());
        Evaluator.Evaluate(Match(Row() - 1, Ref("places")), _ => slots, row: 3).Number.Should().Be(5);
    }

    [Fact]
    public void ROW_of_a_range_is_written_for_an_array_formula_and_has_no_value_of_its_own()
    {
        ExcelRenderer.Render(SumProduct(Ref("$A$2:$A$9").Is(Ref("B2")) * (Row(Ref("$A$2:$A$9")) - 1)))
            .Should().Be("SUMPRODUCT(($A$2:$A$9=B2)*(ROW($A$2:$A$9)-1))");
        FluentActions.Invoking(() => Eval(Row(Ref("Teams")))).Should().Throw<InvalidOperationException>();
    }
}
