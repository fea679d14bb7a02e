using System.Collections.Generic;

namespace SalesKpi.Formulas;

internal static class ExpressionWalker
{
    /// <summary>Every node of the tree, parents before children.</summary>
    public static IEnumerable<Expression> Nodes(Expression root)
    {
        var pending = new Stack<Expression>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            switch (node)
            {
                case HelperExpr helper:
                    pending.Push(helper.Body);
                    break;
                case NegateExpr negate:
                    pending.Push(negate.Operand);
                    break;
                case BinaryExpr binary:
                    pending.Push(binary.Right);
                    pending.Push(binary.Left);
                    break;
                case SpanExpr span:
                    pending.Push(span.To);
                    pending.Push(span.From);
                    pending.Push(span.Range);
                    break;
                case CallExpr call:
                    for (var i = call.Arguments.Count - 1; i >= 0; i--)
                    {
                        pending.Push(call.Arguments[i]);
                    }

                    break;
            }
        }
    }
}
