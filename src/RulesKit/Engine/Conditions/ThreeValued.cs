using System.Linq.Expressions;
using System.Reflection;
using RulesKit.Law;

namespace RulesKit.Engine.Conditions;

/// <summary>
/// Rewrites a checked condition (a tree over present values, as the allow-list leaves it) into the same condition over
/// values that may be unknown, evaluated in Kleene's logic (<see cref="Kleene"/>): an attribute not recorded reads as
/// null; a comparison, a calculation or a function with an unknown operand is unknown; <c>&amp;&amp;</c> and <c>||</c> are
/// Kleene's (false AND unknown is false, true OR unknown is true); <c>?:</c> with an unknown test is unknown. So a fact
/// left out never turns a condition false: it leaves it unknown, or decided by the facts that are there.
/// Every operator is applied to values already known present (each operand is tested for null first), so the tree
/// needs no lifted operators: both expression compilers build it the same way.
/// </summary>
internal static class ThreeValued
{
    private static readonly MethodInfo AndRest = typeof(Kleene).GetMethod(nameof(Kleene.AndRest))!;
    private static readonly MethodInfo OrRest = typeof(Kleene).GetMethod(nameof(Kleene.OrRest))!;
    private static readonly MethodInfo TextEquals = typeof(Kleene).GetMethod(nameof(Kleene.TextEquals))!;
    private static readonly Expression False = Expression.Constant(false, typeof(bool?));
    private static readonly Expression True = Expression.Constant(true, typeof(bool?));

    /// <summary>
    /// The three-valued form of a checked condition over <paramref name="view"/>. <paramref name="basisOf"/> gives, for
    /// an attribute's slot, the slot of the text attribute that must name its basis (-1 when none): a required value
    /// recorded without the standard that sets it reads as not recorded.
    /// </summary>
    public static Expression<Func<AttributeView, bool?>> Condition(Expression body, ParameterExpression view, Func<int, int> basisOf)
    {
        try
        {
            return Expression.Lambda<Func<AttributeView, bool?>>(Lifted(new Lifter(basisOf).Lift(body)), view);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{e.Message} in {body}", e);
        }
    }

    private sealed class Lifter(Func<int, int> basisOf)
    {
        public Expression Lift(Expression node) => node switch
        {
            // An attribute read: (T)view.Values[slot] becomes a read that gives null for a value not recorded.
            UnaryExpression { NodeType: ExpressionType.Convert, Operand: BinaryExpression { NodeType: ExpressionType.ArrayIndex } read } u => Read(read, u.Type),
            MemberExpression { Member.Name: nameof(AttributeView.EvaluationDate) } date => date,
            ConstantExpression c => c,
            BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse } b => Connective(b),
            BinaryExpression { NodeType: ExpressionType.Equal or ExpressionType.NotEqual } b when b.Left.Type == typeof(string) => TextEquality(b),
            BinaryExpression b => Strict([b.Left, b.Right], b.Type, values => Expression.MakeBinary(b.NodeType, values[0], values[1], false, b.Method)),
            UnaryExpression u => Strict([u.Operand], u.Type, values => Expression.MakeUnary(u.NodeType, values[0], u.Type, u.Method)),
            ConditionalExpression c => Conditional(c),
            MethodCallExpression call => Strict(call.Arguments, call.Type, values => Expression.Call(call.Method, values)),
            InvocationExpression invoke => Strict(invoke.Arguments, invoke.Type, values => Expression.Invoke(invoke.Expression, values)),
            _ => throw new InvalidOperationException($"a checked condition holds no {node.NodeType}: {node}"),
        };

        private Expression Read(BinaryExpression read, Type type)
        {
            var value = Expression.TypeAs(read, NullableOf(type));
            if (read.Right is not ConstantExpression { Value: int slot } || basisOf(slot) is not (>= 0 and var basis))
                return value;
            var named = Expression.ArrayIndex(read.Left, Expression.Constant(basis));
            return Expression.Condition(Expression.ReferenceEqual(named, Expression.Constant(null)), Expression.Default(value.Type), value, value.Type);
        }

        // AND and OR: the left operand alone decides when it is false (AND) or true (OR); otherwise Kleene's table does.
        private Expression Connective(BinaryExpression b)
        {
            var left = Expression.Variable(typeof(bool?), "left");
            var and = b.NodeType == ExpressionType.AndAlso;
            return Expression.Block(typeof(bool?), [left],
                Expression.Assign(left, Lifted(Lift(b.Left))),
                Expression.Condition(Is(left, !and), and ? False : True, Expression.Call(and ? AndRest : OrRest, left, Lifted(Lift(b.Right))), typeof(bool?)));
        }

        private Expression TextEquality(BinaryExpression b)
        {
            var equal = Expression.Call(TextEquals, Lift(b.Left), Lift(b.Right));
            return b.NodeType == ExpressionType.Equal ? equal : Known([equal], typeof(bool), values => Expression.Not(values[0]));
        }

        private Expression Conditional(ConditionalExpression c)
        {
            var test = Expression.Variable(typeof(bool?), "test");
            var (whenTrue, whenFalse) = (Lifted(Lift(c.IfTrue)), Lifted(Lift(c.IfFalse)));
            var type = whenTrue.Type;
            return Expression.Block(type, [test],
                Expression.Assign(test, Lifted(Lift(c.Test))),
                Expression.Condition(Is(test, true), whenTrue, Expression.Condition(Is(test, false), whenFalse, Expression.Default(type), type), type));
        }

        /// <summary>
        /// An operator or function over <paramref name="operands"/>: unknown when any operand is, otherwise
        /// <paramref name="apply"/> on their values (of the types the checked tree has), its result made nullable.
        /// </summary>
        private Expression Strict(IReadOnlyList<Expression> operands, Type result, Func<Expression[], Expression> apply) =>
            Known([.. operands.Select(o => Lifted(Lift(o)))], result, apply);

        // As Strict, over operands already in their three-valued form.
        private static Expression Known(Expression[] lifted, Type result, Func<Expression[], Expression> apply)
        {
            var temps = lifted.Select((o, i) => Expression.Variable(o.Type, $"v{i}")).ToArray();
            var body = new List<Expression>(temps.Length + 1);
            Expression? anyUnknown = null;
            var values = new Expression[temps.Length];
            for (var i = 0; i < temps.Length; i++)
            {
                body.Add(Expression.Assign(temps[i], lifted[i]));
                if (Nullable.GetUnderlyingType(temps[i].Type) is { } underlying)
                {
                    var unknown = Expression.Not(Expression.Property(temps[i], "HasValue"));
                    anyUnknown = anyUnknown is null ? unknown : Expression.OrElse(anyUnknown, unknown);
                    values[i] = Expression.Property(temps[i], "Value");
                }
                else if (!temps[i].Type.IsValueType)
                {
                    var unknown = Expression.ReferenceEqual(temps[i], Expression.Constant(null, temps[i].Type));
                    anyUnknown = anyUnknown is null ? unknown : Expression.OrElse(anyUnknown, unknown);
                    values[i] = temps[i];
                }
                else
                {
                    values[i] = temps[i];
                }
            }
            var type = NullableOf(result);
            var applied = Lifted(apply(values));
            body.Add(anyUnknown is null ? applied : Expression.Condition(anyUnknown, Expression.Default(type), applied, type));
            return Expression.Block(type, temps, body);
        }
    }

    // Whether a bool? holds exactly <paramref name="value"/> (false for null).
    private static Expression Is(ParameterExpression variable, bool value)
    {
        var known = Expression.Property(variable, "HasValue");
        var held = Expression.Property(variable, "Value");
        return Expression.AndAlso(known, value ? held : Expression.Not(held));
    }

    private static Type NullableOf(Type type) =>
        type.IsValueType && Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    private static Expression Lifted(Expression e) => e.Type == NullableOf(e.Type) ? e : Expression.Convert(e, NullableOf(e.Type));
}
