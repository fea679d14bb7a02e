using System;
using System.Collections.Generic;
using System.Linq;
using SalesKpi.Formulas;

namespace SalesKpi.Catalog;

/// <summary>A KPI definition with its formula and target rule parsed once.</summary>
internal sealed class CompiledKpi
{
    private CompiledKpi(KpiDefinition definition, Expression formula, Expression? target)
    {
        Definition = definition;
        Formula = formula;
        Target = target;
        Inputs = InputsOf(formula);
        TargetReferences = target is null ? Array.Empty<string>() : ExpressionWalker.Nodes(target).OfType<KpiRefExpr>().Select(r => r.KpiId).Distinct().ToArray();
        IsPerSinglePeriod = Inputs.Any(f => f.Kind == InputKind.DistinctCount);
    }

    public KpiDefinition Definition { get; }

    public Expression Formula { get; }

    /// <summary>The default target rule, or null where the target comes from the plan.</summary>
    public Expression? Target { get; }

    /// <summary>The inputs the formula reads, in data-table order: a row lacking any of them has no data for this KPI.</summary>
    public IReadOnlyList<InputField> Inputs { get; }

    public IReadOnlyList<string> TargetReferences { get; }

    /// <summary>Whether the KPI reads a distinct count, which cannot be added up over periods.</summary>
    public bool IsPerSinglePeriod { get; }

    public static CompiledKpi Compile(KpiDefinition definition)
    {
        try
        {
            var formula = FormulaParser.Parse(definition.Formula);
            if (!ExpressionWalker.Nodes(formula).OfType<InputExpr>().Any())
            {
                throw new FormatException($"Formula '{definition.Formula}' reads no input field.");
            }

            var target = definition.DefaultTarget is null ? null : FormulaParser.Parse(definition.DefaultTarget, allowKpiRefs: true);
            if (target is not null && ExpressionWalker.Nodes(target).OfType<InputExpr>().Any())
            {
                throw new FormatException($"Default target '{definition.DefaultTarget}' reads an input field; a target rule may use numbers, settings and other KPIs.");
            }
            return new CompiledKpi(definition, formula, target);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"KPI '{definition.Id}': {e.Message}", "kpis", e);
        }
    }

    private static InputField[] InputsOf(Expression expression)
    {
        var used = new HashSet<InputField>(ExpressionWalker.Nodes(expression).OfType<InputExpr>().Select(i => i.Field));
        return InputField.All.Where(used.Contains).ToArray();
    }
}
