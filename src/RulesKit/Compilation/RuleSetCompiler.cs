using System.Linq.Expressions;
using System.Reflection;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RulesKit.Catalogs;
using RulesKit.Conditions;

namespace RulesKit.Compilation;

/// <summary>The NRules session factory for one set of catalogs in force, with the way back from rules to items.</summary>
internal sealed class CompiledRuleSet(IReadOnlyList<Catalog> catalogs, ISessionFactory factory, IReadOnlyDictionary<string, StandardItem> itemsByRule)
{
    // Creating a session costs about as much as evaluating a clean report, so sessions are pooled:
    // one is rented per evaluation (a session is single-threaded) and returned emptied.
    private readonly System.Collections.Concurrent.ConcurrentBag<PooledSession> _pool = [];
    private static readonly int MaxPooled = Environment.ProcessorCount * 2;

    public IReadOnlyList<Catalog> Catalogs { get; } = catalogs;
    public ISessionFactory Factory { get; } = factory;
    public IReadOnlyDictionary<string, StandardItem> ItemsByRule { get; } = itemsByRule;

    public PooledSession Rent() => _pool.TryTake(out var session) ? session : new PooledSession(this);

    /// <summary>Retracts every fact (inserted or derived) and keeps the session for the next report.</summary>
    public void Return(PooledSession session)
    {
        session.Session.RetractAll(session.Session.Query<object>().ToList());
        session.Issues.Clear();
        if (_pool.Count < MaxPooled)
            _pool.Add(session);
    }
}

/// <summary>A session with the list its condition-failure handler writes to.</summary>
internal sealed class PooledSession
{
    public PooledSession(CompiledRuleSet ruleSet)
    {
        Session = ruleSet.Factory.CreateSession();
        Session.Events.LhsExpressionFailedEvent += (_, e) => OnConditionFailed(e, ruleSet);
    }

    public ISession Session { get; }

    public List<Determinations.EvaluationIssue> Issues { get; } = [];

    // A condition that throws at run time (a missing lookup row, a division by zero) is not a crash:
    // the item counts as not applying, and the evaluation names the item and the subject.
    private void OnConditionFailed(NRules.Diagnostics.LhsExpressionErrorEventArgs e, CompiledRuleSet ruleSet)
    {
        e.IsHandled = true;
        var subject = e.Facts.Select(f => f.Value).OfType<SubjectFact>().FirstOrDefault();
        foreach (var rule in e.Rules)
        {
            var itemId = ruleSet.ItemsByRule.TryGetValue(rule.Name, out var item) ? $"{item.Catalog.Id}@{item.Catalog.Version}/{item.Id}" : rule.Name;
            var message = (e.Exception?.InnerException ?? e.Exception)?.Message ?? "condition failed";
            Issues.Add(new Determinations.EvaluationIssue(itemId, subject?.Source.Id ?? "?", message));
        }
    }
}

/// <summary>
/// Turns catalogs into NRules rules at run time (RuleModel builders), in three layers run by one
/// session: items (priority 300) insert <see cref="Nonconformity"/> facts, criteria (200) insert
/// <see cref="CriterionMatch"/> facts, and one rule per determination list (100) collects them into a verdict.
/// </summary>
internal static class RuleSetCompiler
{
    private const int ItemPriority = 300;
    private const int CriterionPriority = 200;
    private const int VerdictPriority = 100;

    public static CompiledRuleSet Compile(IReadOnlyList<Catalog> catalogs)
    {
        var rules = new List<IRuleDefinition>();
        var itemsByRule = new Dictionary<string, StandardItem>(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            foreach (var item in catalog.Items)
            {
                var rule = ItemRule(item);
                rules.Add(rule);
                itemsByRule[rule.Name] = item;
            }
            foreach (var criterion in catalog.Criteria)
                rules.Add(CriterionRule(criterion));
            if (catalog.Type == CatalogType.Determination)
                rules.Add(VerdictRule(catalog));
        }
        return new CompiledRuleSet(catalogs, new RuleCompiler().Compile(rules), itemsByRule);
    }

    private static IRuleDefinition ItemRule(StandardItem item)
    {
        var builder = new RuleBuilder();
        builder.Name($"{item.Catalog.Reference}/{item.Id}");
        builder.Priority(ItemPriority);
        var pattern = builder.LeftHandSide().Pattern(typeof(SubjectFact), "s");
        var s = pattern.Declaration.ToParameterExpression();

        // The kind test comes first and is the same expression for every item of a kind, so the Rete
        // network shares one alpha node per kind and a subject only meets the conditions of its kind.
        pattern.Condition(Expression.Lambda(Expression.Equal(Expression.Property(s, nameof(SubjectFact.Kind)), Expression.Constant(item.Kind)), s));

        if (item.Condition is { } condition)
        {
            var observed = Expression.Property(s, nameof(SubjectFact.Observed));
            pattern.Condition(Expression.Lambda(new Substitute(condition.Guarded.Parameters[0], observed).Visit(condition.Guarded.Body), s));
        }
        else if (item.Compare is { Attribute: null })
        {
            pattern.Condition(Expression.Lambda(Expression.Equal(Expression.Property(s, nameof(SubjectFact.Reported)), Expression.Constant(null, typeof(AttributeView))), s));
        }
        else if (item.Compare is { Attribute: not null } compare)
        {
            var slot = item.CompareSlot;
            pattern.Condition(Expression.Lambda(
                Expression.Call(Method(nameof(RuleActions.Differs)), s, Expression.Constant(slot), Expression.Constant(compare.Tolerance)), s));
        }

        Action(builder, nameof(RuleActions.RaiseNonconformity), item, pattern);
        return builder.Build();
    }

    private static IRuleDefinition CriterionRule(Criterion criterion)
    {
        var builder = new RuleBuilder();
        builder.Name($"{criterion.Catalog.Reference}/criterion-{criterion.Id}");
        builder.Priority(CriterionPriority);
        var pattern = builder.LeftHandSide().Pattern(typeof(Nonconformity), "n");
        var n = pattern.Declaration.ToParameterExpression();
        pattern.Condition(Expression.Lambda(Expression.Call(Expression.Constant(criterion), typeof(Criterion).GetMethod(nameof(Criterion.Counts))!, n), n));
        Action(builder, nameof(RuleActions.MatchCriterion), criterion, pattern);
        return builder.Build();
    }

    private static IRuleDefinition VerdictRule(Catalog catalog)
    {
        var builder = new RuleBuilder();
        builder.Name($"{catalog.Reference}/verdict");
        builder.Priority(VerdictPriority);
        var reportPattern = builder.LeftHandSide().Pattern(typeof(ReportFact), "r");
        var r = reportPattern.Declaration.ToParameterExpression();

        var matchesPattern = builder.LeftHandSide().Pattern(typeof(IEnumerable<CriterionMatch>), "matches");
        var aggregate = matchesPattern.Aggregate();
        aggregate.Collect();
        var matchPattern = aggregate.Pattern(typeof(CriterionMatch), "m");
        var m = matchPattern.Declaration.ToParameterExpression();
        matchPattern.Condition(Expression.Lambda(Expression.Equal(
            Expression.Property(Expression.Property(m, nameof(CriterionMatch.Criterion)), nameof(Criterion.Catalog)), Expression.Constant(catalog)), m));
        matchPattern.Condition(Expression.Lambda(Expression.Equal(Expression.Property(m, nameof(CriterionMatch.Report)), r), m, r));

        var ctx = Expression.Parameter(typeof(IContext), "ctx");
        var matches = matchesPattern.Declaration.ToParameterExpression();
        builder.RightHandSide().Action(Expression.Lambda(
            Expression.Call(Method(nameof(RuleActions.Decide)), r, Expression.Constant(catalog), matches), ctx, r, matches));
        return builder.Build();
    }

    private static void Action(RuleBuilder builder, string method, object constant, PatternBuilder pattern)
    {
        var ctx = Expression.Parameter(typeof(IContext), "ctx");
        var fact = pattern.Declaration.ToParameterExpression();
        builder.RightHandSide().Action(Expression.Lambda(Expression.Call(Method(method), ctx, fact, Expression.Constant(constant)), ctx, fact));
    }

    private static MethodInfo Method(string name) =>
        typeof(RuleActions).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
