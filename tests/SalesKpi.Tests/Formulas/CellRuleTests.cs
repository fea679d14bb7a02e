using System.Collections.Generic;
using SalesKpi.Formulas;

namespace SalesKpi.Tests.Formulas;

/// <summary>Rules over named cells (the early warnings): AND, OR, NOT and #N/A as a spreadsheet has them, in C# and in Excel text.</summary>
public class CellRuleTests
{
    private sealed class Cells(Dictionary<string, double?> values) : IEvaluationScope, ICellScope
    {
        public double? Cell(string name) => values[name];

        public double? Input(InputField field) => null;

        public double Setting(Setting setting) => 0;

        public double? Kpi(string id) => null;
    }

    private static readonly Expression Rule = new CallExpr(Function.And, new Expression[]
    {
        new BinaryExpr(BinaryOp.Less, new CellExpr("a"), new NumberExpr(1)),
        new CallExpr(Function.Or, new Expression[] { new CellExpr("b"), new CallExpr(Function.Not, new Expression[] { new CellExpr("c") }) }),
    });

    [Theory]
    [InlineData(0.5, 1.0, 1.0, 1.0)]
    [InlineData(0.5, 0.0, 0.0, 1.0)]
    [InlineData(0.5, 0.0, 1.0, 0.0)]
    [InlineData(1.0, 1.0, 1.0, 0.0)]
    public void And_or_not_read_nonzero_as_true(double a, double b, double c, double expected) =>
        Evaluator.Evaluate(Rule, new Cells(new() { ["a"] = a, ["b"] = b, ["c"] = c })).Should().Be(expected);

    [Fact]
    public void An_undefined_cell_makes_the_rule_undefined_even_where_another_argument_decides_it()
    {
        // Excel's AND(FALSE, #N/A) is #N/A, not FALSE.
        Evaluator.Evaluate(Rule, new Cells(new() { ["a"] = 2, ["b"] = null, ["c"] = 0 })).Should().BeNull();
        var guarded = new CallExpr(Function.IfError, new Expression[] { Rule, new NumberExpr(0) });
        Evaluator.Evaluate(guarded, new Cells(new() { ["a"] = 0, ["b"] = null, ["c"] = 0 })).Should().Be(0);
    }

    [Fact]
    public void Excel_text_names_each_cell_by_its_reference()
    {
        var references = new ExcelReferences(_ => "?", _ => "?", _ => "?") { Cell = name => "$" + name.ToUpperInvariant() + "$1" };
        ExcelRenderer.Render(Rule, references).Should().Be("AND($A$1<1,OR($B$1,NOT($C$1)))");
    }
}
