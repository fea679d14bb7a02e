using System;
using System.Linq;
using SalesKpi.Catalog;

namespace SalesKpi.Formulas;

/// <summary>A formula in words for the glossary: input, helper and KPI names in the workbook's language.</summary>
internal static class WordsRenderer
{
    public static string Render(Expression expression, Language language, Func<string, string> kpiName) => expression switch
    {
        NumberExpr number => Xlsx.Ns.Number(number.Value),
        InputExpr input => input.Field.Title[language],
        SettingExpr { Setting: Setting.MaxLifetimePeriods } => language == Language.Spanish ? "vida máxima (periodos)" : "max lifetime (periods)",
        SettingExpr => language == Language.Spanish ? "meses por periodo" : "months per period",
        KpiRefExpr kpi => kpiName(kpi.KpiId),
        CellExpr cell => cell.Name,
        HelperExpr helper => Helpers.Title(helper.Name)[language],
        NegateExpr negate => "-" + Operand(negate.Operand, language, kpiName),
        BinaryExpr binary => Operand(binary.Left, language, kpiName) + " " + Operator(binary.Op) + " " + Operand(binary.Right, language, kpiName),
        CallExpr { Function: Function.IfError } call => language == Language.Spanish
            ? $"{Render(call.Arguments[0], language, kpiName)} (o {Render(call.Arguments[1], language, kpiName)} si no está definido)"
            : $"{Render(call.Arguments[0], language, kpiName)} (or {Render(call.Arguments[1], language, kpiName)} when undefined)",
        CallExpr call => call.Function.ToString().ToUpperInvariant() + "(" + string.Join(", ", call.Arguments.Select(a => Render(a, language, kpiName))) + ")",
        _ => throw new InvalidOperationException($"Unknown expression {expression.GetType().Name}."),
    };

    private static string Operand(Expression expression, Language language, Func<string, string> kpiName)
    {
        var text = Render(expression, language, kpiName);
        return expression is BinaryExpr ? "(" + text + ")" : text;
    }

    private static string Operator(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "−",
        BinaryOp.Multiply => "×",
        BinaryOp.Divide => "/",
        BinaryOp.Power => "^",
        BinaryOp.Equal => "=",
        BinaryOp.NotEqual => "≠",
        BinaryOp.Less => "<",
        BinaryOp.LessOrEqual => "≤",
        BinaryOp.Greater => ">",
        BinaryOp.GreaterOrEqual => "≥",
        _ => throw new InvalidOperationException($"Unknown operator {op}."),
    };
}
