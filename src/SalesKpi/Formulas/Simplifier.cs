using System.Linq;

namespace SalesKpi.Formulas;

/// <summary>
/// Folds what a formula can say shorter without changing what it computes, before it is written:
/// constants (7*1 is 7), a constant factor into an IF of constants (-2*IF(k=2,1,3) is
/// IF(k=2,-2,-6)), an IF whose condition is constant, and x*1, x+0, x-0 where x is a number for
/// sure (text in x would turn into a number, or #VALUE!, only with the operation), and
/// IF(ISNA(x),NA(),x) is x.
/// </summary>
internal static class Simplifier
{
    public static Expression Simplify(Expression expression) => expression switch
    {
        HelperExpr helper => helper with { Body = Simplify(helper.Body) },
        NegateExpr negate => Negate(Simplify(negate.Operand)),
        BinaryExpr binary => Binary(binary.Op, Simplify(binary.Left), Simplify(binary.Right)),
        CallExpr call => Call(call with { Arguments = call.Arguments.Select(Simplify).ToArray() }),
        SpanExpr span => new SpanExpr(Simplify(span.Range), Simplify(span.From), Simplify(span.To)),
        _ => expression,
    };

    private static Expression Negate(Expression operand) =>
        operand is NumberExpr number ? new NumberExpr(-number.Value)
        : IfOfNumbers(operand) is var (test, then, otherwise) ? Fx.If(test, -then, -otherwise)
        : new NegateExpr(operand);

    /// <summary>IF(test, a, b) where a and b are numbers: its parts.</summary>
    private static (Expression Test, double Then, double Otherwise)? IfOfNumbers(Expression expression) =>
        expression is CallExpr { Function: Function.If, Arguments: { Count: 3 } arguments }
        && arguments[1] is NumberExpr then && arguments[2] is NumberExpr otherwise
            ? (arguments[0], then.Value, otherwise.Value)
            : null;

    private static Expression Binary(BinaryOp op, Expression left, Expression right)
    {
        var expression = new BinaryExpr(op, left, right);
        if (left is NumberExpr && right is NumberExpr && op < BinaryOp.Equal)
        {
            return Folded(expression);
        }

        switch (op)
        {
            case BinaryOp.Multiply when left is NumberExpr { Value: 1 } && IsNumber(right):
                return right;
            case BinaryOp.Multiply or BinaryOp.Divide when right is NumberExpr { Value: 1 } && IsNumber(left):
                return left;
            case BinaryOp.Add when left is NumberExpr { Value: 0 } && IsNumber(right):
                return right;
            case BinaryOp.Add or BinaryOp.Subtract when right is NumberExpr { Value: 0 } && IsNumber(left):
                return left;
            case BinaryOp.Multiply when left is NumberExpr factor && Distributed(factor, right) is { } product:
                return product;
            case BinaryOp.Multiply when right is NumberExpr factor && Distributed(factor, left) is { } product:
                return product;

            // (x-1)-1 is x-2: both coerce x alike, and whole numbers add exactly.
            case BinaryOp.Subtract when left is BinaryExpr { Op: BinaryOp.Subtract, Right: NumberExpr inner } difference
                                        && right is NumberExpr outer && IsWhole(inner.Value) && IsWhole(outer.Value):
                return Binary(BinaryOp.Subtract, difference.Left, new NumberExpr(inner.Value + outer.Value));
        }

        return expression;
    }

    /// <summary>factor * IF(test, a, b) as IF(test, factor*a, factor*b), when both products are constants no longer than before.</summary>
    private static Expression? Distributed(NumberExpr factor, Expression operand)
    {
        if (IfOfNumbers(operand) is not var (test, then, otherwise))
        {
            return null;
        }

        var (a, b) = (Folded(new BinaryExpr(BinaryOp.Multiply, factor, then)), Folded(new BinaryExpr(BinaryOp.Multiply, factor, otherwise)));
        return a is NumberExpr && b is NumberExpr ? Fx.If(test, a, b) : null;
    }

    private static Expression Call(CallExpr call)
    {
        if (call.Function == Function.If && call.Arguments.Count == 3 && Constant(call.Arguments[0]) is { } test)
        {
            return call.Arguments[test != 0 ? 1 : 2];
        }

        // IF(ISNA(x),NA(),x) is x: #N/A either way, and any other value or error passes.
        if (call.Function == Function.If && call.Arguments.Count == 3
            && call.Arguments[0] is CallExpr { Function: Function.IsNa } isNa && isNa.Arguments[0].Equals(call.Arguments[2])
            && call.Arguments[1] is CallExpr { Function: Function.NotAvailable })
        {
            return call.Arguments[2];
        }

        return call;
    }

    /// <summary>A binary of two numbers as one number, unless that is an error or longer to write (12/52 stays 12/52).</summary>
    private static Expression Folded(BinaryExpr expression)
    {
        if (Constant(expression) is not { } value)
        {
            return expression;
        }

        var folded = new NumberExpr(value);
        return ExcelRenderer.Written(folded).Length <= ExcelRenderer.Written(expression).Length ? folded : expression;
    }

    /// <summary>The value of a number, or of an operation on numbers (a comparison as 1 or 0); null for anything else or an error.</summary>
    private static double? Constant(Expression expression) => expression switch
    {
        NumberExpr number => number.Value,
        BinaryExpr { Left: NumberExpr, Right: NumberExpr } binary when binary.Op != BinaryOp.Concat =>
            Evaluator.Evaluate(binary, NoCells).AsNumber,
        _ => null,
    };

    private static CellValue NoCells(string reference) => throw new System.InvalidOperationException($"A constant refers to {reference}.");

    private static bool IsNumber(Expression expression) => expression switch
    {
        NumberExpr => true,
        NegateExpr => true,
        BinaryExpr { Op: < BinaryOp.Equal } => true,
        CallExpr { Function: Function.Abs or Function.Row or Function.EDate or Function.Count or Function.CountA or Function.Rows
            or Function.CountIf or Function.CountIfs or Function.SumIfs } => true,
        CallExpr { Function: Function.If, Arguments: { Count: 3 } arguments } => IsNumber(arguments[1]) && IsNumber(arguments[2]),
        _ => false,
    };

    private static bool IsWhole(double value) => value == System.Math.Floor(value) && System.Math.Abs(value) < 1E+15;
}
