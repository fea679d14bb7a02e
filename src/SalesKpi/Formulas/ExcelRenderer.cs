using System;
using System.Linq;

namespace SalesKpi.Formulas;

/// <summary>Where the Excel text of a formula finds its inputs, settings and other KPIs: cell references from the layout.</summary>
internal sealed record ExcelReferences(
    Func<InputField, string> Input,
    Func<Setting, string> Setting,
    Func<string, string> Kpi)
{
    /// <summary>For a workbook formula, which names cells itself (<see cref="RefExpr"/>) and no catalog input, setting or KPI.</summary>
    public static ExcelReferences None { get; } = new(
        field => throw new InvalidOperationException($"No cell given for input {field.Name}."),
        setting => throw new InvalidOperationException($"No cell given for setting {setting}."),
        id => throw new InvalidOperationException($"No cell given for KPI '{id}'."));

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
/// Constants are folded first (<see cref="Simplifier"/>), so no "-7*0" reaches the sheet.
/// </summary>
internal static class ExcelRenderer
{
    /// <summary>A workbook formula, whose cells are <see cref="RefExpr"/>s.</summary>
    public static string Render(Expression expression) => Render(expression, ExcelReferences.None);

    public static string Render(Expression expression, ExcelReferences references) =>
        Write(Simplifier.Simplify(expression), references, null);

    /// <summary>The text as the tree stands, not simplified.</summary>
    internal static string Written(Expression expression) => Write(expression, ExcelReferences.None, null);

    private static string Write(Expression expression, ExcelReferences references, NonZero? known) => expression switch
    {
        NumberExpr number => Xlsx.Ns.Number(number.Value),
        TextExpr text => "\"" + string.Join("\"\"", text.Value.Split('"')) + "\"",
        RefExpr reference => reference.Reference,
        InputExpr input => references.Input(input.Field),
        SettingExpr setting => references.Setting(setting.Setting),
        KpiRefExpr kpi => references.Kpi(kpi.KpiId),
        CellExpr cell => references.Cell?.Invoke(cell.Name) ?? throw new InvalidOperationException($"No reference for cell {cell.Name}."),
        HelperExpr helper => Write(helper.Body, references, known),
        SpanExpr span => $"INDEX({Write(span.Range, references, known)},{Write(span.From, references, known)}):INDEX({Write(span.Range, references, known)},{Write(span.To, references, known)})",
        NegateExpr negate => "-" + Operand(negate.Operand, references, known),
        BinaryExpr { Op: BinaryOp.Divide } divide => Divide(divide, references, known),
        BinaryExpr { Op: >= BinaryOp.Equal } binary => Compared(binary.Left, binary.Op, true, references, known) + Operator(binary.Op) + Compared(binary.Right, binary.Op, false, references, known),
        BinaryExpr binary => Operand(binary.Left, references, known) + Operator(binary.Op) + Operand(binary.Right, references, known),
        CallExpr { Function: Function.If } call => If(call, references, known),
        CallExpr call => Name(call.Function) + "(" + string.Join(",", call.Arguments.Select(a => Write(a, references, known))) + ")",
        _ => throw new InvalidOperationException($"Unknown expression {expression.GetType().Name}."),
    };

    // The one place the rule lives: a zero denominator is #N/A, never 0 and never #DIV/0!.
    private static string Divide(BinaryExpr divide, ExcelReferences references, NonZero? known)
    {
        var denominator = Operand(divide.Right, references, known);
        if (divide.Right is NumberExpr { Value: not 0 } || references.EveryErrorIsUndefined || NonZero.Holds(known, divide.Right))
        {
            return $"{Operand(divide.Left, references, known)}/{denominator}";
        }

        return $"IF({denominator}=0,NA(),{Operand(divide.Left, references, known)}/{denominator})";
    }

    /// <summary>IF, whose branches know what its condition tested: a denominator already found not to be zero needs no check of its own.</summary>
    private static string If(CallExpr call, ExcelReferences references, NonZero? known)
    {
        var (then, otherwise) = (known, known);
        if (call.Arguments[0] is BinaryExpr { Right: NumberExpr { Value: 0 } } test)
        {
            switch (test.Op)
            {
                case BinaryOp.Equal or BinaryOp.LessOrEqual:
                    otherwise = new NonZero(test.Left, known);
                    break;
                case BinaryOp.NotEqual or BinaryOp.Greater:
                    then = new NonZero(test.Left, known);
                    break;
            }
        }

        var branches = call.Arguments.Select((a, i) => Write(a, references, i == 1 ? then : i == 2 ? otherwise : known));
        return "IF(" + string.Join(",", branches) + ")";
    }

    /// <summary>An operand, in parentheses unless it is a single term, so precedence never depends on the reader.</summary>
    private static string Operand(Expression expression, ExcelReferences references, NonZero? known)
    {
        var text = Write(expression, references, known);
        var compound = expression is BinaryExpr or NegateExpr or NumberExpr { Value: < 0 }
            || expression is HelperExpr { Body: BinaryExpr or NegateExpr };
        return compound ? "(" + text + ")" : text;
    }

    /// <summary>
    /// An operand of a comparison or of &amp;: arithmetic binds tighter than either, and &amp; tighter than a
    /// comparison, as every reader knows; so only a comparison inside either, and a &amp; right of a
    /// &amp;, need parentheses ("a"&amp;b&amp;"c" joins left to right).
    /// </summary>
    private static string Compared(Expression expression, BinaryOp parent, bool left, ExcelReferences references, NonZero? known)
    {
        var inner = expression is HelperExpr helper ? helper.Body : expression;
        var bracketed = inner is BinaryExpr { Op: >= BinaryOp.Equal } operand
            && (operand.Op != BinaryOp.Concat || (parent == BinaryOp.Concat && !left));
        return bracketed
            ? "(" + Write(expression, references, known) + ")"
            : Write(expression, references, known);
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
        BinaryOp.Concat => "&",
        _ => throw new InvalidOperationException($"Unknown operator {op}."),
    };

    private static string Name(Function function) => function switch
    {
        Function.Min => "MIN",
        Function.Max => "MAX",
        Function.If => "IF",
        Function.IfError => "IFERROR",
        Function.NotAvailable => "NA",
        Function.IsNa => "ISNA",
        Function.IsNumber => "ISNUMBER",
        Function.And => "AND",
        Function.Or => "OR",
        Function.Abs => "ABS",
        Function.Choose => "CHOOSE",
        Function.Index => "INDEX",
        Function.Match => "MATCH",
        Function.EDate => "EDATE",
        Function.Row => "ROW",
        Function.Not => "NOT",
        Function.Count => "COUNT",
        Function.CountA => "COUNTA",
        Function.Rows => "ROWS",
        Function.IsError => "ISERROR",
        Function.IsText => "ISTEXT",
        Function.CountIf => "COUNTIF",
        Function.CountIfs => "COUNTIFS",
        Function.SumIfs => "SUMIFS",
        Function.Rank => "RANK",
        Function.SumProduct => "SUMPRODUCT",
        _ => throw new InvalidOperationException($"Unknown function {function}."),
    };

    /// <summary>Expressions an enclosing IF has shown not to be zero where the formula stands.</summary>
    private sealed record NonZero(Expression Expression, NonZero? Next)
    {
        public static bool Holds(NonZero? known, Expression expression)
        {
            for (var fact = known; fact is not null; fact = fact.Next)
            {
                if (fact.Expression.Equals(expression))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
