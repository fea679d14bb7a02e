using System.Collections.Generic;

namespace SalesKpi.Formulas;

/// <summary>
/// Short names for writing a workbook formula as a tree (with <c>using static</c>): a sheet builder
/// says <c>If(kind.Is(1), start - 7, EDate(start, -1))</c> and gets both its Excel text and its value.
/// </summary>
internal static class Fx
{
    public static Expression Ref(string reference) => new RefExpr(reference);

    public static Expression Text(string text) => new TextExpr(text);

    public static Expression If(Expression condition, Expression then, Expression otherwise) => Call(Function.If, condition, then, otherwise);

    public static Expression IfError(Expression value, Expression fallback) => Call(Function.IfError, value, fallback);

    public static Expression NA() => Call(Function.NotAvailable);

    public static Expression IsNa(Expression value) => Call(Function.IsNa, value);

    public static Expression IsNumber(Expression value) => Call(Function.IsNumber, value);

    public static Expression And(params Expression[] conditions) => Call(Function.And, conditions);

    public static Expression Or(params Expression[] conditions) => Call(Function.Or, conditions);

    public static Expression Abs(Expression value) => Call(Function.Abs, value);

    public static Expression Min(params Expression[] values) => Call(Function.Min, values);

    public static Expression Max(params Expression[] values) => Call(Function.Max, values);

    /// <summary>CHOOSE(index, first, second, ...): the index-th choice, counted from 1.</summary>
    public static Expression Choose(Expression index, params Expression[] choices)
    {
        var arguments = new List<Expression> { index };
        arguments.AddRange(choices);
        return new CallExpr(Function.Choose, arguments);
    }

    public static Expression Index(Expression range, Expression position) => Call(Function.Index, range, position);

    /// <summary>MATCH(value, range, 0): where the value first stands in the range, counted from 1; #N/A where it does not.</summary>
    public static Expression Match(Expression value, Expression range) => Call(Function.Match, value, range, new NumberExpr(0));

    /// <summary>INDEX(block, row, column): a cell of a block of several columns (or of a row: Gnumeric reads INDEX(row, n) as the n-th row).</summary>
    public static Expression Index(Expression block, Expression row, Expression column) => Call(Function.Index, block, row, column);

    /// <summary>INDEX(range,from):INDEX(range,to): the part of a range between two positions.</summary>
    public static Expression Span(Expression range, Expression from, Expression to) => new SpanExpr(range, from, to);

    public static Expression Count(params Expression[] values) => Call(Function.Count, values);

    public static Expression CountA(Expression range) => Call(Function.CountA, range);

    public static Expression Rows(Expression range) => Call(Function.Rows, range);

    public static Expression IsError(Expression value) => Call(Function.IsError, value);

    public static Expression IsText(Expression value) => Call(Function.IsText, value);

    /// <summary>COUNTIF(range, criterion), with a spreadsheet's criteria: "&lt;&gt;" any non-blank, "&gt;0", a value to equal.</summary>
    public static Expression CountIf(Expression range, Expression criterion) => Call(Function.CountIf, range, criterion);

    /// <summary>COUNTIFS(range, criterion, ...): the rows where every criterion holds.</summary>
    public static Expression CountIfs(params (Expression Range, Expression Criterion)[] criteria) => Call(Function.CountIfs, Pairs(null, criteria));

    /// <summary>SUMIFS(sum, range, criterion, ...): the sum over the rows where every criterion holds.</summary>
    public static Expression SumIfs(Expression sum, params (Expression Range, Expression Criterion)[] criteria) => Call(Function.SumIfs, Pairs(sum, criteria));

    /// <summary>RANK(value, range, 0): the value's place from the largest.</summary>
    public static Expression Rank(Expression value, Expression range) => Call(Function.Rank, value, range, new NumberExpr(0));

    public static Expression SumProduct(Expression array) => Call(Function.SumProduct, array);

    public static Expression EDate(Expression start, Expression months) => Call(Function.EDate, start, months);

    public static Expression Row() => Call(Function.Row);

    /// <summary>ROW(range): the rows of a range, for an array formula such as SUMPRODUCT (written only).</summary>
    public static Expression Row(Expression range) => Call(Function.Row, range);

    private static Expression[] Pairs(Expression? first, (Expression Range, Expression Criterion)[] criteria)
    {
        var arguments = new List<Expression>();
        if (first is not null)
        {
            arguments.Add(first);
        }

        foreach (var (range, criterion) in criteria)
        {
            arguments.Add(range);
            arguments.Add(criterion);
        }

        return arguments.ToArray();
    }

    private static Expression Call(Function function, params Expression[] arguments) => new CallExpr(function, arguments);
}
