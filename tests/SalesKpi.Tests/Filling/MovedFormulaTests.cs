namespace SalesKpi.Tests.Filling;

public class MovedFormulaTests
{
    [Theory]
    [InlineData("IF($B2=\"A1\",'Data'!$C2+D$3,E4)", 3, "IF($B5=\"A1\",'Data'!$C5+D$3,E7)")]
    [InlineData("SUMPRODUCT(--($U$2:$U$501>U2))+ROW()-1", 10, "SUMPRODUCT(--($U$2:$U$501>U12))+ROW()-1")]
    [InlineData("IF(ISNUMBER(T2),T2*$Z$1,-1E+300)+Calc_NA+LOG10(4)", 1, "IF(ISNUMBER(T3),T3*$Z$1,-1E+300)+Calc_NA+LOG10(4)")]
    [InlineData("A2:B3", 0, "A2:B3")]
    public void Relative_rows_move_and_the_rest_stays(string formula, int delta, string moved)
    {
        SalesKpi.Xlsx.MovedFormula.Rows(formula, delta).Should().Be(moved);
    }
}
