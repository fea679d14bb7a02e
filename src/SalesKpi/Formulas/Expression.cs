using System.Collections.Generic;

namespace SalesKpi.Formulas;

/// <summary>
/// A formula of the workbook: a parsed catalog formula, or one a sheet builder puts together.
/// Immutable; renderers (the C# evaluator, the Excel formula writer) walk it, so every formula has
/// one meaning in both places.
/// </summary>
internal abstract record Expression
{
    public static implicit operator Expression(double value) => new NumberExpr(value);

    public static Expression operator +(Expression left, Expression right) => new BinaryExpr(BinaryOp.Add, left, right);

    public static Expression operator -(Expression left, Expression right) => new BinaryExpr(BinaryOp.Subtract, left, right);

    public static Expression operator *(Expression left, Expression right) => new BinaryExpr(BinaryOp.Multiply, left, right);

    public static Expression operator /(Expression left, Expression right) => new BinaryExpr(BinaryOp.Divide, left, right);

    public static Expression operator -(Expression operand) => new NegateExpr(operand);

    public static Expression operator <(Expression left, Expression right) => new BinaryExpr(BinaryOp.Less, left, right);

    public static Expression operator >(Expression left, Expression right) => new BinaryExpr(BinaryOp.Greater, left, right);

    public static Expression operator <=(Expression left, Expression right) => new BinaryExpr(BinaryOp.LessOrEqual, left, right);

    public static Expression operator >=(Expression left, Expression right) => new BinaryExpr(BinaryOp.GreaterOrEqual, left, right);

    /// <summary>Excel's =, a comparison (the record's == stays equality of trees).</summary>
    public Expression Is(Expression other) => new BinaryExpr(BinaryOp.Equal, this, other);

    public Expression IsNot(Expression other) => new BinaryExpr(BinaryOp.NotEqual, this, other);

    /// <summary>Excel's &amp;: text joined.</summary>
    public Expression Then(Expression other) => new BinaryExpr(BinaryOp.Concat, this, other);
}

internal sealed record NumberExpr(double Value) : Expression;

/// <summary>A text literal.</summary>
internal sealed record TextExpr(string Value) : Expression;

/// <summary>
/// A cell, a range or a defined name of the workbook, as Excel writes it (the layout makes the text).
/// Its value comes from a lookup the caller of the evaluator supplies.
/// </summary>
internal sealed record RefExpr(string Reference) : Expression;

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

    /// <summary>Text joined: Excel's &amp;.</summary>
    Concat,
}

internal sealed record BinaryExpr(BinaryOp Op, Expression Left, Expression Right) : Expression;

internal enum Function
{
    Min,
    Max,
    If,

    /// <summary>IFERROR(value, fallback): the fallback where the value is undefined.</summary>
    IfError,

    // The workbook's own functions; catalog formulas do not offer them.
    NotAvailable,
    IsNa,
    IsNumber,
    And,
    Or,
    Abs,
    Choose,
    Index,
    Match,
    EDate,

    /// <summary>ROW(): the row of the cell the formula stands in.</summary>
    Row,

    /// <summary>NOT of a condition (nonzero is true); undefined where its argument is.</summary>
    Not,

    // Over ranges (a range's value is its cells, in order).
    Count,
    CountA,
    Rows,
    IsError,
    IsText,
    CountIf,
    CountIfs,
    SumIfs,

    /// <summary>RANK(value, range, 0): 1 for the largest number, ties sharing a rank.</summary>
    Rank,

    /// <summary>SUMPRODUCT of array expressions: written for the sheet; its value is worked out from the data.</summary>
    SumProduct,
}

/// <summary>
/// The cells of <paramref name="Range"/> from position <paramref name="From"/> to <paramref name="To"/>
/// (counted from 1): Excel's INDEX(range,from):INDEX(range,to), a range that moves with two cells.
/// </summary>
internal sealed record SpanExpr(Expression Range, Expression From, Expression To) : Expression;

internal sealed record CallExpr(Function Function, IReadOnlyList<Expression> Arguments) : Expression;
