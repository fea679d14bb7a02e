using System;
using SalesKpi.Formulas;

namespace SalesKpi.Tests.Formulas;

public class FormulaParserTests
{
    private sealed class Fixed(double? input = 2) : IEvaluationScope
    {
        public double? Input(InputField field) => input;

        public double Setting(Setting setting) => 60;

        public double? Kpi(string id) => id == "undefined" ? null : 10;
    }

    private static double? Eval(string formula, double? input = 2) =>
        Evaluator.Evaluate(FormulaParser.Parse(formula, allowKpiRefs: true), new Fixed(input));

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]          // left to right
    [InlineData("24 / 4 / 3", 2)]          // left to right
    [InlineData("2 ^ 3 ^ 2", 512)]         // right to left
    [InlineData("-2 + 5", 3)]
    [InlineData("1 - (1 - 0.02) ^ 3", 0.058808)]
    [InlineData("MIN(3, 1, 2)", 1)]
    [InlineData("MAX(3, 1, 2)", 3)]
    [InlineData("IF(1 = 1, 5, 6)", 5)]
    [InlineData("IF(1 <> 1, 5, 6)", 6)]
    [InlineData("IF(2 >= 3, 5, 6)", 6)]
    [InlineData("DealsWon * 3", 6)]        // inputs come from the scope
    [InlineData("TotalRevenue", 4)]        // helpers are inlined: 2 + 2
    [InlineData("MaxLifetimePeriods / 2", 30)]
    [InlineData("3 * [win-rate]", 30)]
    [InlineData("IFERROR(1 / 0, 3)", 3)]
    [InlineData("IFERROR(1 / 4, 3)", 0.25)]
    public void Formula_evaluates_by_the_usual_rules(string formula, double expected)
    {
        Eval(formula).Should().BeApproximately(expected, 1e-12);
    }

    [Theory]
    [InlineData("1 / 0")]
    [InlineData("1 / (2 - 2)")]
    [InlineData("MIN(1 / 0, 5)")]
    [InlineData("IF(1 / 0 > 1, 1, 2)")]
    [InlineData("[undefined] * 3")]
    [InlineData("DealsWon + 1")]
    public void Undefined_spreads_through_every_operation(string formula)
    {
        Eval(formula, input: formula.Contains("DealsWon", StringComparison.Ordinal) ? null : 2).Should().BeNull();
    }

    [Fact]
    public void Branch_not_taken_may_be_undefined()
    {
        Eval("IF(1 = 1, 7, 1 / 0)").Should().Be(7);
    }

    [Theory]
    [InlineData("", "*position 1: unexpected end of formula*")]
    [InlineData("1 +", "*position 4: unexpected end of formula*")]
    [InlineData("1 2", "*position 3: unexpected '2'*")]
    [InlineData("FOO(1, 2)", "*unknown function 'FOO'*")]
    [InlineData("MIN(1)", "*MIN takes at least 2 arguments, not 1*")]
    [InlineData("[win-rate", "*'[' without a closing ']'*")]
    [InlineData("1..2", "*'1..2' is not a number*")]
    [InlineData("DealsWon ; 2", "*position 10: unexpected ';'*")]
    public void Malformed_formula_names_the_position_and_the_problem(string formula, string message)
    {
        var act = () => FormulaParser.Parse(formula, allowKpiRefs: true);
        act.Should().Throw<FormatException>().WithMessage(message);
    }
}
