using System.Linq.Expressions;
using System.Text;
using RulesKit.Engine.Conditions;

namespace RulesKit.Tests.Engine;

/// <summary>A condition tree as text: two trees with the same text compute the same thing.</summary>
internal static class TreeText
{
    // Every property of every node that decides what the tree computes.
    public static string Describe(Expression node, ParameterExpression view, ConditionCompiler compiler)
    {
        var text = new StringBuilder();
        void Walk(Expression? e)
        {
            if (e is null)
            {
                text.Append("null ");
                return;
            }
            text.Append('(').Append(e.NodeType).Append(':').Append(e.Type.FullName);
            switch (e)
            {
                case ConstantExpression { Value: Delegate function }:
                    text.Append(" fn=").Append(compiler.FunctionName(function));
                    break;
                case ConstantExpression constant:
                    text.Append(" v=").Append(constant.Value switch { null => "null", DateTime t => t.ToBinary().ToString(), var v => $"{v.GetType().Name}:{v}" });
                    break;
                case ParameterExpression parameter:
                    text.Append(parameter == view ? " view" : " other:" + parameter.Name);
                    break;
                case MemberExpression member:
                    text.Append(' ').Append(member.Member.Name);
                    Walk(member.Expression);
                    break;
                case UnaryExpression unary:
                    text.Append(" m=").Append(unary.Method).Append(" lifted=").Append(unary.IsLifted).Append(unary.IsLiftedToNull);
                    Walk(unary.Operand);
                    break;
                case BinaryExpression binary:
                    text.Append(" m=").Append(binary.Method?.DeclaringType).Append('.').Append(binary.Method).Append(" lifted=").Append(binary.IsLifted).Append(binary.IsLiftedToNull);
                    Walk(binary.Conversion);
                    Walk(binary.Left);
                    Walk(binary.Right);
                    break;
                case ConditionalExpression conditional:
                    Walk(conditional.Test);
                    Walk(conditional.IfTrue);
                    Walk(conditional.IfFalse);
                    break;
                case MethodCallExpression call:
                    text.Append(" m=").Append(call.Method.DeclaringType).Append('.').Append(call.Method);
                    Walk(call.Object);
                    foreach (var argument in call.Arguments)
                        Walk(argument);
                    break;
                case InvocationExpression invoke:
                    Walk(invoke.Expression);
                    foreach (var argument in invoke.Arguments)
                        Walk(argument);
                    break;
                default:
                    text.Append(" unexpected ").Append(e);
                    break;
            }
            text.Append(')');
        }
        Walk(node);
        return text.ToString();
    }
}
