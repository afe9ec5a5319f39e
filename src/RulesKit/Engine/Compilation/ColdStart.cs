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
/// DynamicExpresso, FastExpressionCompiler and NRules. The second group does not need the catalogs, so the
/// first engine of a process runs it once on a spare core (the start of <see cref="Rehearsal"/>), on a
/// one-attribute kind and a one-rule set, while the catalogs load. It hashes nothing: with the catalog cache a fresh
/// process's catalogs need no SHA-256, and the rehearsal's own catalog load right after it hashes its two files,
/// which loads and initialises OpenSSL on the spare core all the same. Nothing it builds is kept; a failure here
/// only means no head start.
/// </summary>
internal static class ColdStart
{
    /// <summary>The warm-up itself: true when the one rule compiled, matched and fired (a test keeps it working).</summary>
    internal static bool Run()
    {
        try
        {
            var location = new SourceLocation("warm-up", 1, 1);
            var attribute = new KindAttribute("x", AttributeType.Number, [], null, null, 0, location);
            var kind = new SubjectKind("warm-up", null, [attribute], []);
            var condition = new ConditionCompiler(kind, [], FastCompiler.Instance.Compile)
                .CompileCondition(new ScalarNode(location, "x > 1 && x < 3", true, 1, 1, false), new NodeBinder());
            if (condition is null)
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

    private static void Fired(IContext context, SubjectFact subject) => context.Insert(new object());

    // The item rules' shape: the rule's condition calls the compiled condition (RuleActions.Meets).
    private static bool Holds(CompiledCondition condition, AttributeView observed) => condition.Evaluate(observed) == true;

    private static System.Reflection.MethodInfo Method(string name) =>
        typeof(ColdStart).GetMethod(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
}
