using System.Collections.Generic;

namespace SalesKpi.Formulas;

/// <summary>
/// A parsed catalog formula. Immutable; renderers (the C# evaluator, the Excel formula writer)
/// walk it, so every formula has one meaning in both places.
/// </summary>
internal abstract record Expression;

internal sealed record NumberExpr(double Value) : Expression;

/// <summary>A numeric input field, summed (or snapshotted) over the rows in scope.</summary>
internal sealed record InputExpr(InputField Field) : Expression;

/// <summary>A workbook setting such as MaxLifetimePeriods.</summary>
internal sealed record SettingExpr(Setting Setting) : Expression;

/// <summary>Another KPI's value for the same scope; used by target rules such as "3 x CAC".</summary>
internal sealed record KpiRefExpr(string KpiId) : Expression;

/// <summary>A derived helper such as TotalRevenue: computed as its body, named so people can read it.</summary>
internal sealed record HelperExpr(string Name, Expression Body) : Expression;

internal sealed record NegateExpr(Expression Operand) : Expression;

internal enum BinaryOp
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

internal sealed record BinaryExpr(BinaryOp Op, Expression Left, Expression Right) : Expression;

internal enum Function
{
    Min,
    Max,
    If,

    /// <summary>IFERROR(value, fallback): the fallback where the value is undefined.</summary>
    IfError,

    /// <summary>AND, OR and NOT of conditions (nonzero is true); undefined where an argument is, as a spreadsheet's #N/A.</summary>
    And,
    Or,
    Not,
}

internal sealed record CallExpr(Function Function, IReadOnlyList<Expression> Arguments) : Expression;
