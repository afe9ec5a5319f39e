using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RulesKit.Catalogs;
using RulesKit.Engine.Conditions;
using RulesKit.Engine.Facts;
using RulesKit.Input;

namespace RulesKit.Engine.Compilation;

/// <summary>
/// A fresh process spends most of its first evaluation running code for the first time (JIT, type loading),
/// not evaluating: loading the catalogs runs the YAML reader and the binder, compiling a rule set runs
/// FastExpressionCompiler and NRules (and DynamicExpresso, without stored condition trees). These do not need the
/// catalogs, so the first engine of a process runs them once on a spare core (the start of <see cref="Rehearsal"/>),
/// on a one-attribute kind and a one-rule set, while the catalogs load. The condition goes the way a stored tree
/// goes (<see cref="ConditionTrees"/>), since with the cache that is the way a fresh process's conditions go;
/// DynamicExpresso is warmed last (<see cref="WarmParser"/>), for a process without the trees. It hashes nothing:
/// the rehearsal's own catalog load right after it hashes its two files, which loads and initialises OpenSSL on the
/// spare core all the same. Nothing it builds is kept; a failure here only means no head start.
/// </summary>
internal static class ColdStart
{
    /// <summary>The rehearsal's kind, attribute and condition (its catalog declares the same).</summary>
    internal const string Kind = "rehearsal_thing", Attribute = "x", Condition = "x > 1 && x < 3";

    /// <summary>The tree DynamicExpresso and the allow-list make of <see cref="Condition"/>, built by hand (a test compares the two).</summary>
    internal static (Expression Body, ParameterExpression View) ConditionTree()
    {
        var view = Expression.Parameter(typeof(AttributeView), "v");
        var x = Expression.Convert(Expression.ArrayIndex(Expression.Field(view, nameof(AttributeView.Values)), Expression.Constant(0)), typeof(decimal));
        return (Expression.AndAlso(Expression.GreaterThan(x, Expression.Constant(1m)), Expression.LessThan(x, Expression.Constant(3m))), view);
    }

    /// <summary>The warm-up itself: true when the one rule compiled, matched and fired (a test keeps it working).</summary>
    /// <param name="trees">Where the condition's tree is put, under the key <paramref name="scope"/> gives it.</param>
    /// <param name="scope">The rehearsal catalog's key and kind, so that its load finds the tree too.</param>
    internal static bool Run(ConditionTreeStore trees, string scope)
    {
        try
        {
            var kind = WarmUpKind();
            var (body, view) = ConditionTree();
            trees.Add(ConditionTreeStore.Key(scope, true, Condition), ConditionTrees.Write(body, [(Attribute, 0)], view, _ => null)!);
            var conditions = new ConditionCompiler(kind, [], FastCompiler.Instance.Compile, trees, scope);
            var condition = conditions.CompileCondition(new ScalarNode(kind.Attributes[0].Location, Condition, true, 1, 1, false), new NodeBinder());
            if (condition is null || conditions.Parsed != 0)
                return false;

            var type = KindTypes.SubjectType(KindTypes.Max - 1);
            var builder = new RuleBuilder();
            builder.Name("warm-up");
            var pattern = builder.LeftHandSide().Pattern(type, "s");
            var s = pattern.Declaration.ToParameterExpression();
            var observed = Expression.Property(s, nameof(SubjectFact.Observed));
            pattern.Condition(Expression.Lambda(Expression.Call(Method(nameof(Holds)), Expression.Constant(condition), observed), s));
            var ctx = Expression.Parameter(typeof(IContext), "ctx");
            builder.RightHandSide().Action(Expression.Lambda(Expression.Call(Method(nameof(Fired)), ctx, s), ctx, s));
            var compiler = new RuleCompiler { ExpressionCompiler = FastCompiler.Instance };
            var session = compiler.Compile([builder.Build()]).CreateSession();

            var fact = (SubjectFact)Activator.CreateInstance(type)!;
            fact.Observed = new AttributeView([2m], DateTime.MinValue);
            session.InsertAll([fact]);
            var fired = session.Fire();
            session.RetractAll(session.Query<object>().ToList());
            return fired == 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false; // only a head start: the real compilation reports its own errors
        }
    }

    /// <summary>DynamicExpresso's first parse, for a process whose conditions are not all stored: true when it gave the hand-built tree's text a tree.</summary>
    internal static bool WarmParser()
    {
        try
        {
            var kind = WarmUpKind();
            return new ConditionCompiler(kind, [], FastCompiler.Instance.Compile)
                .Parse(new ScalarNode(kind.Attributes[0].Location, Condition, true, 1, 1, false), new NodeBinder(), typeof(bool)) is not null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static SubjectKind WarmUpKind()
    {
        var location = new SourceLocation("warm-up", 1, 1);
        return new SubjectKind(Kind, null, [new KindAttribute(Attribute, AttributeType.Number, [], null, null, 0, location)], []);
    }

    private static void Fired(IContext context, SubjectFact subject) => context.Insert(new object());

    // The item rules' shape: the rule's condition calls the compiled condition (RuleActions.Meets).
    private static bool Holds(CompiledCondition condition, AttributeView observed) => condition.Evaluate(observed) == true;

    private static System.Reflection.MethodInfo Method(string name) =>
        typeof(ColdStart).GetMethod(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
}
