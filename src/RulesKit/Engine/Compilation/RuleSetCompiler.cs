using System.Linq.Expressions;
using System.Reflection;
using NRules;
using NRules.Extensibility;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RulesKit.Catalogs;
using RulesKit.Engine.Facts;

namespace RulesKit.Engine.Compilation;

/// <summary>
/// Turns catalogs into NRules rules at run time (RuleModel builders), in two layers, each kind's items and the
/// criteria in networks of their own, built and compiled when a decision first needs them:
/// items (priority 300) raise <see cref="NonconformityFact"/>s on the report, which the evaluator then inserts in one
/// batch into the criteria's session; criteria (200) judge them element by element
/// and record a <see cref="CriterionMatchFact"/> on the report (no rule matches on it, so it is not inserted;
/// a collecting rule per list cost a report fact's insert, join and retract on every report).
/// </summary>
internal static class RuleSetCompiler
{
    private const int ItemPriority = 300;
    private const int CriterionPriority = 200;

    public static CompiledRuleSet Compile(IReadOnlyList<Catalog> catalogs, CompiledCatalogs compiled, IExpressionCompiler? expressionCompiler)
    {
        var itemsByKind = new Dictionary<string, List<CompiledItem>>(StringComparer.Ordinal);
        var criteria = new List<CompiledCriterion>();
        var itemsByRule = new Dictionary<string, CompiledItem>(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            foreach (var item in catalog.Items)
            {
                var compiledItem = compiled[item];
                if (!itemsByKind.TryGetValue(item.Kind, out var ofKind))
                    itemsByKind[item.Kind] = ofKind = [];
                ofKind.Add(compiledItem);
                itemsByRule[RuleName(compiledItem)] = compiledItem;
            }
            foreach (var criterion in catalog.Criteria)
                criteria.Add(compiled[criterion]);
        }

        // A network is built and compiled when a decision first needs it: a report meets a few kinds, and a fresh
        // process that evaluates one report compiled every kind's network before (see decisions.md, "Start-up,
        // fourth round").
        ISessionFactory Network(IEnumerable<IRuleDefinition> rules)
        {
            var compiler = new RuleCompiler();
            if (expressionCompiler is not null)
                compiler.ExpressionCompiler = expressionCompiler;
            return compiler.Compile(OnePatternEach([.. rules]));
        }
        var sessions = new CompiledRuleSet.Sessions(
            itemsByKind.ToDictionary(p => p.Key, p => (Func<ISessionFactory>)(() => Network(p.Value.Select(i => ItemRule(i, compiled)))), StringComparer.Ordinal),
            () => Network(criteria.Select(CriterionRule)));
        return new CompiledRuleSet(catalogs, sessions, itemsByRule, compiled, [.. criteria]);
    }

    /// <summary>
    /// Both rule shapes of this file have one pattern and act on their own fact's report. Deciding several reports in
    /// one session is sound only then (Evaluator.RunAll), and so is a network per kind and one for the criteria
    /// (CompiledRuleSet.Sessions): checked, not assumed, so that a rule shape changed here fails loudly.
    /// </summary>
    internal static List<IRuleDefinition> OnePatternEach(List<IRuleDefinition> rules)
    {
        foreach (var rule in rules)
        {
            if (rule.LeftHandSide.ChildElements.Count != 1 || rule.LeftHandSide.ChildElements.Single() is not PatternElement)
                throw new InvalidOperationException($"rule '{rule.Name}' has more than one pattern: rule sets decide reports together and split their rules by kind only for one-pattern rules");
        }
        return rules;
    }

    private static string RuleName(CompiledItem item) => $"{item.Catalog.Reference}/{item.Item.Id}";

    private static IRuleDefinition ItemRule(CompiledItem item, CompiledCatalogs compiled)
    {
        var builder = new RuleBuilder();
        builder.Name(RuleName(item));
        builder.Priority(ItemPriority);
        var pattern = builder.LeftHandSide().Pattern(typeof(SubjectFact), "s");
        var s = pattern.Declaration.ToParameterExpression();

        // An item of one industry section of its standard (the 2017 工贸 standard's 冶金, 机械…) meets only reports of that industry.
        if (!item.Item.Industries.IsEmpty)
            pattern.Condition(Expression.Lambda(Expression.Call(Method(nameof(RuleActions.InIndustry)), s, Expression.Constant(item.Item.Industries.ToArray())), s));

        // The law's own test, called, not a copy of the condition's tree: building the rule then needs no parsed
        // condition (an embedded item is parsed when first needed; see CompiledCatalogs).
        pattern.Condition(Expression.Lambda(Expression.Call(Method(nameof(RuleActions.Fires)), s, Expression.Constant(item)), s));

        Action(builder, nameof(RuleActions.RaiseNonconformity), item, pattern);
        return builder.Build();
    }

    private static IRuleDefinition CriterionRule(CompiledCriterion criterion)
    {
        var builder = new RuleBuilder();
        builder.Name($"{criterion.List.Reference}/criterion-{criterion.Criterion.Id}");
        builder.Priority(CriterionPriority);
        var pattern = builder.LeftHandSide().Pattern(typeof(NonconformityFact), "n");
        var n = pattern.Declaration.ToParameterExpression();
        pattern.Condition(Expression.Lambda(Expression.Call(Method(nameof(RuleActions.Counts)), n, Expression.Constant(criterion)), n));
        Action(builder, nameof(RuleActions.MatchCriterion), criterion, pattern);
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
}
