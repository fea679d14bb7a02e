using System;
using System.Collections.Generic;
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
/// The C# renderer of a formula: its value as a spreadsheet computes it, in double precision.
/// Errors spread through every operation (IFERROR, ISNA and ISNUMBER stop them), text compares
/// without regard to case, a blank cell reads as 0 or "". A catalog formula's undefined is #N/A.
/// </summary>
internal static class Evaluator
{
    /// <summary>A catalog formula's value for a scope; null where it is undefined (the spreadsheet's #N/A).</summary>
    public static double? Evaluate(Expression expression, IEvaluationScope scope) =>
        Value(expression, new Context(scope, null, 0)).AsNumber;

    /// <summary>A workbook formula's value, its cells read through <paramref name="cells"/>; <paramref name="row"/> is what ROW() gives.</summary>
    public static CellValue Evaluate(Expression expression, Func<string, CellValue> cells, int row = 0) =>
        Value(expression, new Context(null, cells, row));

    private readonly struct Context(IEvaluationScope? scope, Func<string, CellValue>? cells, int row)
    {
        public IEvaluationScope Scope => scope ?? throw new InvalidOperationException("This formula reads no catalog inputs.");

        public Func<string, CellValue> Cells => cells ?? throw new InvalidOperationException("This formula reads no cells.");

        public int Row => row;
    }

    private static CellValue Value(Expression expression, in Context context) => expression switch
    {
        NumberExpr number => CellValue.Of(number.Value),
        TextExpr text => CellValue.Of(text.Value),
        RefExpr reference => context.Cells(reference.Reference),
        InputExpr input => CellValue.Of(context.Scope.Input(input.Field)),
        SettingExpr setting => CellValue.Of(context.Scope.Setting(setting.Setting)),
        KpiRefExpr kpi => CellValue.Of(context.Scope.Kpi(kpi.KpiId)),
        CellExpr cell => context.Scope is ICellScope cells ? CellValue.Of(cells.Cell(cell.Name)) : throw new InvalidOperationException($"No cell {cell.Name} in this scope."),
        HelperExpr helper => Value(helper.Body, context),
        SpanExpr span => Span(Value(span.Range, context), Number(Value(span.From, context)), Number(Value(span.To, context))),
        NegateExpr negate => Number(Value(negate.Operand, context)) is var n && n.IsError ? n : CellValue.Of(-n.Number),
        BinaryExpr binary => Binary(binary.Op, Value(binary.Left, context), Value(binary.Right, context)),
        CallExpr call => Call(call, context),
        _ => throw new InvalidOperationException($"Unknown expression {expression.GetType().Name}."),
    };

    private static CellValue Binary(BinaryOp op, CellValue left, CellValue right)
    {
        if (left.IsError)
        {
            return left;
        }

        if (right.IsError)
        {
            return right;
        }

        switch (op)
        {
            case BinaryOp.Concat:
                return CellValue.Of(Text(left) + Text(right));
            case >= BinaryOp.Equal and <= BinaryOp.GreaterOrEqual:
                var order = Compare(left, right);
                return CellValue.Of(op switch
                {
                    BinaryOp.Equal => order == 0,
                    BinaryOp.NotEqual => order != 0,
                    BinaryOp.Less => order < 0,
                    BinaryOp.LessOrEqual => order <= 0,
                    BinaryOp.Greater => order > 0,
                    _ => order >= 0,
                });
        }

        var (x, y) = (Number(left), Number(right));
        if (x.IsError)
        {
            return x;
        }

        if (y.IsError)
        {
            return y;
        }

        var (a, b) = (x.Number, y.Number);
        return op switch
        {
            BinaryOp.Add => CellValue.Of(a + b),
            BinaryOp.Subtract => CellValue.Of(a - b),
            BinaryOp.Multiply => CellValue.Of(a * b),

            // The one place the rule lives: a zero denominator makes the result undefined, not 0
            // (the Excel text checks for it, see ExcelRenderer).
            BinaryOp.Divide => b == 0 ? CellValue.NotAvailable : CellValue.Of(a / b),
            BinaryOp.Power => CellValue.Of(Math.Pow(a, b)),
            _ => throw new InvalidOperationException($"Unknown operator {op}."),
        };
    }

    private static CellValue Call(CallExpr call, in Context context)
    {
        var arguments = call.Arguments;
        var values = new Func<Expression, CellValue>(Values(context));
        switch (call.Function)
        {
            case Function.If:
                var condition = Logical(Value(arguments[0], context));
                if (condition.IsError)
                {
                    return condition;
                }

                return condition.Number != 0 ? Value(arguments[1], context)
                    : arguments.Count > 2 ? Value(arguments[2], context) : CellValue.Of(false);
            case Function.IfError:
                var value = Value(arguments[0], context);
                return value.IsError ? Value(arguments[1], context) : value;
            case Function.NotAvailable:
                return CellValue.NotAvailable;
            case Function.IsNa:
                return CellValue.Of(Value(arguments[0], context).IsNotAvailable);
            case Function.IsNumber:
                return CellValue.Of(Value(arguments[0], context).Kind == ValueKind.Number);
            case Function.And:
            case Function.Or:
                var all = call.Function == Function.And;
                foreach (var argument in arguments)
                {
                    var truth = Logical(Value(argument, context));
                    if (truth.IsError)
                    {
                        return truth;
                    }

                    all = call.Function == Function.And ? all && truth.Number != 0 : all || truth.Number != 0;
                }

                return CellValue.Of(all);
            case Function.Not:
                var negated = Logical(Value(arguments[0], context));
                return negated.IsError ? negated : CellValue.Of(negated.Number == 0);
            case Function.Abs:
                return Numeric(Value(arguments[0], context), Math.Abs);
            case Function.Row when arguments.Count == 0:
                return CellValue.Of(context.Row);
            case Function.Min:
            case Function.Max:
                return Extreme(call, context);
            case Function.Choose:
                var index = Number(Value(arguments[0], context));
                if (index.IsError)
                {
                    return index;
                }

                var chosen = (int)Math.Floor(index.Number);
                return chosen >= 1 && chosen < arguments.Count ? Value(arguments[chosen], context) : CellValue.Error(CellValue.WrongTypeCode);
            case Function.Index when arguments.Count == 2:
                return Index(Value(arguments[0], context), Number(Value(arguments[1], context)));
            case Function.Index when arguments.Count == 3:
                return Index(Value(arguments[0], context), Number(Value(arguments[1], context)), Number(Value(arguments[2], context)));
            case Function.Match:
                return Match(Value(arguments[0], context), Value(arguments[1], context));
            case Function.EDate:
                return EDate(Number(Value(arguments[0], context)), Number(Value(arguments[1], context)));
            case Function.Count:
                return CellValue.Of(arguments.SelectMany(a => Cells(values(a))).Count(v => v.Kind == ValueKind.Number));
            case Function.CountA:
                return CellValue.Of(Cells(Value(arguments[0], context)).Count(v => v.Kind != ValueKind.Blank));
            case Function.Rows:
                var rows = Value(arguments[0], context);
                return rows.IsError ? rows : CellValue.Of(Cells(rows).Count);
            case Function.IsError:
                return CellValue.Of(Value(arguments[0], context).IsError);
            case Function.IsText:
                return CellValue.Of(Value(arguments[0], context).Kind == ValueKind.Text);
            case Function.CountIf:
            case Function.CountIfs:
                return Criteria.Count(arguments.Select(values).ToArray());
            case Function.SumIfs:
                return Criteria.Sum(values(arguments[0]), arguments.Skip(1).Select(values).ToArray());
            case Function.Rank:
                return Rank(Value(arguments[0], context), Value(arguments[1], context));
            default:
                throw new InvalidOperationException($"{Name(call)} has no C# value here: the sheet works it out from the data and says so.");
        }
    }

    private static Func<Expression, CellValue> Values(Context context) => expression => Value(expression, context);

    private static string Name(CallExpr call) => call.Function + "(" + call.Arguments.Count + " arguments)";

    /// <summary>A value's cells: a range's items, or the value itself.</summary>
    internal static IReadOnlyList<CellValue> Cells(CellValue value) => value.Kind == ValueKind.Array ? value.Items : new[] { value };

    private static CellValue Span(CellValue range, CellValue from, CellValue to)
    {
        foreach (var value in new[] { range, from, to })
        {
            if (value.IsError)
            {
                return value;
            }
        }

        var items = Cells(range);
        var (first, last) = ((int)Math.Floor(from.Number), (int)Math.Floor(to.Number));
        return first >= 1 && last <= items.Count && first <= last
            ? CellValue.Array(new LazyColumn(last - first + 1, index => items[first - 1 + index]))
            : CellValue.Error(CellValue.BadReferenceCode);
    }

    /// <summary>RANK(value, range, 0): one more than the numbers above it; #N/A where the value is not among them.</summary>
    private static CellValue Rank(CellValue value, CellValue range)
    {
        if (value.IsError)
        {
            return value;
        }

        var numbers = Cells(range).Where(v => v.Kind == ValueKind.Number).Select(v => v.Number).ToArray();
        return value.Kind == ValueKind.Number && numbers.Contains(value.Number)
            ? CellValue.Of(1 + numbers.Count(n => n > value.Number))
            : CellValue.NotAvailable;
    }

    private static CellValue Extreme(CallExpr call, in Context context)
    {
        double? extreme = null;
        foreach (var argument in call.Arguments)
        {
            var value = Value(argument, context);
            value = value.Kind == ValueKind.Array ? value : Number(value);
            if (value.IsError)
            {
                return value;
            }

            // A range gives its numbers (its text and blanks do not count); an error in it is the result.
            if (value.Kind == ValueKind.Array && value.Items.FirstOrDefault(v => v.IsError) is { IsError: true } error)
            {
                return error;
            }

            var numbers = value.Kind == ValueKind.Array ? value.Items.Where(v => v.Kind == ValueKind.Number).Select(v => v.Number) : new[] { value.Number };
            foreach (var number in numbers)
            {
                extreme = extreme is not { } e ? number
                    : call.Function == Function.Min ? Math.Min(e, number) : Math.Max(e, number);
            }
        }

        return CellValue.Of(extreme ?? 0);
    }

    private static CellValue Index(CellValue range, CellValue position)
    {
        if (range.IsError)
        {
            return range;
        }

        if (position.IsError)
        {
            return position;
        }

        var items = range.Kind == ValueKind.Array ? range.Items : new[] { range };
        var at = (int)Math.Floor(position.Number);
        return at >= 1 && at <= items.Count ? items[at - 1] : CellValue.Error(CellValue.BadReferenceCode);
    }

    /// <summary>INDEX(block, row, column), both counted from 1: the cell there; #REF! outside the block.</summary>
    private static CellValue Index(CellValue block, CellValue row, CellValue column)
    {
        foreach (var value in new[] { block, row, column })
        {
            if (value.IsError)
            {
                return value;
            }
        }

        var items = Cells(block);
        var width = Math.Max(1, block.Columns);
        var (at, across) = ((int)Math.Floor(row.Number), (int)Math.Floor(column.Number));
        return at >= 1 && across >= 1 && across <= width && ((at - 1) * width) + across <= items.Count
            ? items[((at - 1) * width) + across - 1]
            : CellValue.Error(CellValue.BadReferenceCode);
    }

    /// <summary>MATCH(value, range, 0): the first equal item, text without regard to case.</summary>
    private static CellValue Match(CellValue value, CellValue range)
    {
        if (value.IsError)
        {
            return value;
        }

        IReadOnlyList<CellValue> items = range.Kind == ValueKind.Array ? range.Items : new[] { range };
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Kind == value.Kind && Compare(items[i], value) == 0)
            {
                return CellValue.Of(i + 1);
            }
        }

        return CellValue.NotAvailable;
    }

    /// <summary>EDATE: the date so many whole months on, at the same day or the month's last (as AddMonths does).</summary>
    private static CellValue EDate(CellValue start, CellValue months)
    {
        if (start.IsError)
        {
            return start;
        }

        if (months.IsError)
        {
            return months;
        }

        try
        {
            return CellValue.Date(DateTime.FromOADate(Math.Floor(start.Number)).AddMonths((int)Math.Truncate(months.Number)));
        }
        catch (ArgumentException)
        {
            return CellValue.Error(CellValue.BadNumberCode);
        }
    }

    private static CellValue Numeric(CellValue value, Func<double, double> operation)
    {
        var number = Number(value);
        return number.IsError ? number : CellValue.Of(operation(number.Number));
    }

    /// <summary>A value as arithmetic reads it: blank is 0, TRUE 1, text that is a number that number, other text #VALUE!.</summary>
    internal static CellValue Number(CellValue value) => value.Kind switch
    {
        ValueKind.Number or ValueKind.Error => value,
        ValueKind.Blank => CellValue.Of(0),
        ValueKind.Logical => CellValue.Of(value.Number),
        ValueKind.Text when double.TryParse(value.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) => CellValue.Of(n),
        _ => CellValue.Error(CellValue.WrongTypeCode),
    };

    /// <summary>A value as IF, AND and OR read it: a number is TRUE unless 0, blank is FALSE, text #VALUE!.</summary>
    private static CellValue Logical(CellValue value) => value.Kind switch
    {
        ValueKind.Number or ValueKind.Logical => CellValue.Of(value.Number != 0),
        ValueKind.Blank => CellValue.Of(false),
        ValueKind.Error => value,
        _ => CellValue.Error(CellValue.WrongTypeCode),
    };

    private static string Text(CellValue value) => value.Kind switch
    {
        ValueKind.Text => value.Text,
        ValueKind.Number => Xlsx.Ns.Number(value.Number),
        ValueKind.Logical => value.Number != 0 ? "TRUE" : "FALSE",
        _ => "",
    };

    /// <summary>
    /// How a spreadsheet orders two values: numbers before text before TRUE/FALSE, text without
    /// regard to case; a blank is 0 beside a number, "" beside text and FALSE beside a logical.
    /// </summary>
    internal static int Compare(CellValue left, CellValue right)
    {
        if (left.Kind == ValueKind.Blank)
        {
            left = Empty(right.Kind);
        }

        if (right.Kind == ValueKind.Blank)
        {
            right = Empty(left.Kind);
        }

        if (left.Kind != right.Kind)
        {
            return Rank(left.Kind).CompareTo(Rank(right.Kind));
        }

        return left.Kind == ValueKind.Text
            ? string.Compare(left.Text, right.Text, StringComparison.OrdinalIgnoreCase)
            : left.Number.CompareTo(right.Number);
    }

    private static CellValue Empty(ValueKind beside) => beside switch
    {
        ValueKind.Text => CellValue.Of(""),
        ValueKind.Logical => CellValue.Of(false),
        _ => CellValue.Of(0),
    };

    private static int Rank(ValueKind kind) => kind switch
    {
        ValueKind.Number => 0,
        ValueKind.Text => 1,
        _ => 2,
    };
}
