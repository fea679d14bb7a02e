using SalesKpi.Filling;
using SalesKpi.Xlsx;

namespace SalesKpi.Tests.Filling;

public class FormulaReferencesTests
{
    [Theory]
    [InlineData("SUM('Data'!$A$2:$A$1001)", "SUM('Data'!$A$2:$A$1501)")]
    [InlineData("COUNTIF(Data!B2:B1001,\"Data!B2:B1001\")", "COUNTIF(Data!B2:B1501,\"Data!B2:B1001\")")]
    [InlineData("\"say \"\"A2:A1001\"\"\"&SUM(A2:C1001)", "\"say \"\"A2:A1001\"\"\"&SUM(A2:C1501)")]
    [InlineData("SUM(A3:A1001)+SUM(A2:A1000)+SUM(Other!A2:A1001)", "SUM(A3:A1001)+SUM(A2:A1000)+SUM(Other!A2:A1001)")]
    [InlineData("'It''s'!A1:B1001", "'It''s'!A1:B1501")]
    public void Ranges_over_the_data_grow_and_text_in_quotes_stays(string formula, string grown)
    {
        new RangeGrowth(new[] { "Data", "It's" }, 1001, 1501).Apply(formula, "Data").Should().Be(grown);
    }

    [Theory]
    [InlineData("A1+B$2*SUM($C$3:D4)", true)]
    [InlineData("SUM($A:$A)+SUM(2:2)", true)]
    [InlineData("IF(A1=\"x!{y}:z\",1,2)", true)]
    [InlineData("'Data'!A1", false)]
    [InlineData("SUM(A1:INDEX(B:B,3))", false)]
    [InlineData("SUM({1,2})", false)]
    [InlineData("_xlfn.STDEV.S(A1:A9)", false)]
    public void A_formula_is_shared_only_where_Excel_can_share_it(string formula, bool shared)
    {
        FormulaReferences.CanBeShared(formula).Should().Be(shared);
    }
}
