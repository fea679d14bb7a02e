using System;
using System.Linq;

namespace SalesKpi.Formulas;

/// <summary>Where an evaluation finds the values its names stand for.</summary>
internal interface IEvaluationScope
{
    /// <summary>The input's value for the scope; null where the scope has no data for it.</summary>
    double? Input(InputField field);

    double Setting(Setting setting);

    /// <summary>Another KPI's value for the same scope; null where it is undefined.</summary>
    double? Kpi(string id);
}

/// <summary>
/// The C# renderer of a formula: its value in double precision, as a spreadsheet computes it,
/// or null where it is undefined (the spreadsheet's #N/A).
/// </summary>
internal static class Evaluator
{
    public static double? Evaluate(Expression expression, IEvaluationScope scope) => expression switch
    {
        NumberExpr number => number.Value,
        InputExpr input => scope.Input(input.Field),
        SettingExpr setting => scope.Setting(setting.Setting),
        KpiRefExpr kpi => scope.Kpi(kpi.KpiId),
        CellExpr cell => scope is ICellScope cells ? cells.Cell(cell.Name) : throw new InvalidOperationException($"No cell {cell.Name} in this scope."),
        HelperExpr helper => Evaluate(helper.Body, scope),
        NegateExpr negate => -Evaluate(negate.Operand, scope),
        BinaryExpr binary => Binary(binary.Op, Evaluate(binary.Left, scope), Evaluate(binary.Right, scope)),
        CallExpr call => Call(call, scope),
        _ => throw new InvalidOperationException($"Unknown expression {expression.GetType().Name}."),
    };

    private static double? Binary(BinaryOp op, double? left, double? right)
    {
        if (left is not { } a || right is not { } b)
        {
            return null;
        }

        return op switch
        {
            BinaryOp.Add => Finite(a + b),
            BinaryOp.Subtract => Finite(a - b),
            BinaryOp.Multiply => Finite(a * b),

            // The one place the rule lives: a zero denominator makes the result undefined, not 0.
            BinaryOp.Divide => b == 0 ? null : Finite(a / b),
            BinaryOp.Power => Finite(Math.Pow(a, b)),
            BinaryOp.Equal => Bool(a == b),
            BinaryOp.NotEqual => Bool(a != b),
            BinaryOp.Less => Bool(a < b),
            BinaryOp.LessOrEqual => Bool(a <= b),
            BinaryOp.Greater => Bool(a > b),
            BinaryOp.GreaterOrEqual => Bool(a >= b),
            _ => throw new InvalidOperationException($"Unknown operator {op}."),
        };
    }

    private static double? Call(CallExpr call, IEvaluationScope scope)
    {
        switch (call.Function)
        {
            case Function.If:
                return Evaluate(call.Arguments[0], scope) is { } condition
                    ? Evaluate(call.Arguments[condition != 0 ? 1 : 2], scope)
                    : null;
            case Function.IfError:
                return Evaluate(call.Arguments[0], scope) ?? Evaluate(call.Arguments[1], scope);
            case Function.Min:
            case Function.Max:
                var values = call.Arguments.Select(a => Evaluate(a, scope)).ToArray();
                if (values.Any(v => v is null))
                {
                    return null;
                }

                return call.Function == Function.Min ? values.Min() : values.Max();
            case Function.And:
            case Function.Or:
            case Function.Not:
                var conditions = call.Arguments.Select(a => Evaluate(a, scope)).ToArray();
                if (conditions.Any(v => v is null))
                {
                    return null;
                }

                return call.Function switch
                {
                    Function.And => Bool(conditions.All(v => v != 0)),
                    Function.Or => Bool(conditions.Any(v => v != 0)),
                    _ => Bool(conditions[0] == 0),
                };
            default:
                throw new InvalidOperationException($"Unknown function {call.Function}.");
        }
    }

    // A spreadsheet gives #NUM! where a double overflows; that is undefined too.
    private static double? Finite(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : value;

    private static double Bool(bool value) => value ? 1 : 0;
}
