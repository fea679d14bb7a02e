using System;
using System.Linq;

namespace SalesKpi.Formulas;

/// <summary>Where the Excel text of a formula finds its inputs, settings and other KPIs: cell references from the layout.</summary>
internal sealed record ExcelReferences(
    Func<InputField, string> Input,
    Func<Setting, string> Setting,
    Func<string, string> Kpi)
{
    /// <summary>
    /// Whether the formula stands inside an IFERROR that turns every error into "undefined": then a
    /// zero denominator's #DIV/0! already reads as undefined, and divisions need no check of their own.
    /// </summary>
    public bool EveryErrorIsUndefined { get; init; }

    /// <summary>The reference of a named cell (<see cref="CellExpr"/>); null where the formula names none.</summary>
    public Func<string, string>? Cell { get; init; }
}

/// <summary>
/// The Excel renderer of a formula: invariant function names, commas, "." decimals, and the
/// undefined rule as #N/A (so charts leave a gap) in the one place a division is written.
/// </summary>
internal static class ExcelRenderer
{
    public static string Render(Expression expression, ExcelReferences references) => expression switch
    {
        NumberExpr number => Xlsx.Ns.Number(number.Value),
        InputExpr input => references.Input(input.Field),
        SettingExpr setting => references.Setting(setting.Setting),
        KpiRefExpr kpi => references.Kpi(kpi.KpiId),
        CellExpr cell => references.Cell?.Invoke(cell.Name) ?? throw new InvalidOperationException($"No reference for cell {cell.Name}."),
        HelperExpr helper => Render(helper.Body, references),
        NegateExpr negate => "-" + Operand(negate.Operand, references),
        BinaryExpr { Op: BinaryOp.Divide } divide => Divide(divide, references),
        BinaryExpr binary => Operand(binary.Left, references) + Operator(binary.Op) + Operand(binary.Right, references),
        CallExpr call => Name(call.Function) + "(" + string.Join(",", call.Arguments.Select(a => Render(a, references))) + ")",
        _ => throw new InvalidOperationException($"Unknown expression {expression.GetType().Name}."),
    };

    // The one place the rule lives: a zero denominator is #N/A, never 0 and never #DIV/0!.
    private static string Divide(BinaryExpr divide, ExcelReferences references)
    {
        var denominator = Operand(divide.Right, references);
        if (divide.Right is NumberExpr { Value: not 0 } || references.EveryErrorIsUndefined)
        {
            return $"{Operand(divide.Left, references)}/{denominator}";
        }

        return $"IF({denominator}=0,NA(),{Operand(divide.Left, references)}/{denominator})";
    }

    /// <summary>An operand, in parentheses unless it is a single term, so precedence never depends on the reader.</summary>
    private static string Operand(Expression expression, ExcelReferences references)
    {
        var text = Render(expression, references);
        var compound = expression is BinaryExpr or NegateExpr || expression is HelperExpr { Body: BinaryExpr or NegateExpr };
        return compound ? "(" + text + ")" : text;
    }

    private static string Operator(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "-",
        BinaryOp.Multiply => "*",
        BinaryOp.Power => "^",
        BinaryOp.Equal => "=",
        BinaryOp.NotEqual => "<>",
        BinaryOp.Less => "<",
        BinaryOp.LessOrEqual => "<=",
        BinaryOp.Greater => ">",
        BinaryOp.GreaterOrEqual => ">=",
        _ => throw new InvalidOperationException($"Unknown operator {op}."),
    };

    private static string Name(Function function) => function switch
    {
        Function.Min => "MIN",
        Function.Max => "MAX",
        Function.If => "IF",
        Function.IfError => "IFERROR",
        Function.And => "AND",
        Function.Or => "OR",
        Function.Not => "NOT",
        _ => throw new InvalidOperationException($"Unknown function {function}."),
    };
}
