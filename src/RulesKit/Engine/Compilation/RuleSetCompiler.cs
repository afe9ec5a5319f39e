using System.Linq.Expressions;
using System.Reflection;
using NRules;
using NRules.Extensibility;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RulesKit.Catalogs;
using RulesKit.Engine.Conditions;
using RulesKit.Engine.Facts;

namespace RulesKit.Engine.Compilation;

/// <summary>
/// Turns catalogs into NRules rules at run time (RuleModel builders), in three layers run by one session:
/// items (priority 300) insert <see cref="NonconformityFact"/>s, criteria (200) insert
/// <see cref="CriterionMatchFact"/>s, and one rule per determination list (100) collects them.
/// </summary>
internal static class RuleSetCompiler
{
    private const int ItemPriority = 300;
    private const int CriterionPriority = 200;
    private const int VerdictPriority = 100;

    public static CompiledRuleSet Compile(IReadOnlyList<Catalog> catalogs, CompiledCatalogs compiled, IExpressionCompiler? expressionCompiler)
    {
        var rules = new List<IRuleDefinition>();
        var itemsByRule = new Dictionary<string, CompiledItem>(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            foreach (var item in catalog.Items)
            {
                var compiledItem = compiled[item];
                var rule = ItemRule(compiledItem);
                rules.Add(rule);
                itemsByRule[rule.Name] = compiledItem;
            }
            foreach (var criterion in catalog.Criteria)
                rules.Add(CriterionRule(compiled[criterion]));
            if (catalog.Type == CatalogType.Determination)
                rules.Add(VerdictRule(catalog));
        }
        var compiler = new RuleCompiler();
        if (expressionCompiler is not null)
            compiler.ExpressionCompiler = expressionCompiler;
        return new CompiledRuleSet(catalogs, compiler.Compile(rules), itemsByRule);
    }

    private static IRuleDefinition ItemRule(CompiledItem item)
    {
        var builder = new RuleBuilder();
        builder.Name($"{item.Catalog.Reference}/{item.Item.Id}");
        builder.Priority(ItemPriority);
        var pattern = builder.LeftHandSide().Pattern(typeof(SubjectFact), "s");
        var s = pattern.Declaration.ToParameterExpression();

        // The kind test comes first and is the same expression for every item of a kind, so the Rete
        // network shares one alpha node per kind and a subject only meets the conditions of its kind.
        pattern.Condition(Expression.Lambda(Expression.Equal(Expression.Property(s, nameof(SubjectFact.Kind)), Expression.Constant(item.Item.Kind)), s));

        // An item of one industry section of its standard (the 2017 工贸 standard's 冶金, 机械…) meets only reports of that industry.
        if (!item.Item.Industries.IsEmpty)
            pattern.Condition(Expression.Lambda(Expression.Call(Method(nameof(RuleActions.InIndustry)), s, Expression.Constant(item.Item.Industries.ToArray())), s));

        if (item.Condition is { } condition)
        {
            var observed = Expression.Property(s, nameof(SubjectFact.Observed));
            pattern.Condition(Expression.Lambda(new Substitute(condition.Guarded.Parameters[0], observed).Visit(condition.Guarded.Body), s));
        }
        else if (item.Item.Comparison is { Attribute: null })
        {
            pattern.Condition(Expression.Lambda(Expression.Equal(Expression.Property(s, nameof(SubjectFact.Reported)), Expression.Constant(null, typeof(AttributeView))), s));
        }
        else if (item.Item.Comparison is { Attribute: not null } compare)
        {
            pattern.Condition(Expression.Lambda(
                Expression.Call(Method(nameof(RuleActions.Differs)), s, Expression.Constant(item.CompareSlot), Expression.Constant(compare.Tolerance)), s));
        }

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
        pattern.Condition(Expression.Lambda(Expression.Call(Expression.Constant(criterion), typeof(CompiledCriterion).GetMethod(nameof(CompiledCriterion.Counts))!, n), n));
        Action(builder, nameof(RuleActions.MatchCriterion), criterion, pattern);
        return builder.Build();
    }

    private static IRuleDefinition VerdictRule(Catalog list)
    {
        var builder = new RuleBuilder();
        builder.Name($"{list.Reference}/verdict");
        builder.Priority(VerdictPriority);
        var reportPattern = builder.LeftHandSide().Pattern(typeof(ReportFact), "r");
        var r = reportPattern.Declaration.ToParameterExpression();

        var matchesPattern = builder.LeftHandSide().Pattern(typeof(IEnumerable<CriterionMatchFact>), "matches");
        var aggregate = matchesPattern.Aggregate();
        aggregate.Collect();
        var matchPattern = aggregate.Pattern(typeof(CriterionMatchFact), "m");
        var m = matchPattern.Declaration.ToParameterExpression();
        matchPattern.Condition(Expression.Lambda(Expression.Equal(
            Expression.Property(Expression.Property(m, nameof(CriterionMatchFact.Criterion)), nameof(CompiledCriterion.List)), Expression.Constant(list)), m));
        matchPattern.Condition(Expression.Lambda(Expression.Equal(Expression.Property(m, nameof(CriterionMatchFact.Report)), r), m, r));

        var ctx = Expression.Parameter(typeof(IContext), "ctx");
        var matches = matchesPattern.Declaration.ToParameterExpression();
        builder.RightHandSide().Action(Expression.Lambda(
            Expression.Call(Method(nameof(RuleActions.Decide)), r, Expression.Constant(list), matches), ctx, r, matches));
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
