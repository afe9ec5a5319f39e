using RulesKit.Testing.Generation;

namespace RulesKit.Tests.Engine.Compilation;

/// <summary>The pooled sessions: a report's facts never outlive its evaluation.</summary>
public class SessionTests
{
    [Fact]
    public void Run_WorstCaseReports_SessionReturnedEmptyAndLayerTwoDecided()
    {
        // Return retracts the facts the evaluator inserted (candidates, then the nonconformities it inserts in one
        // batch for the criterion rules); a rule inserting anything of its own would leave it in the pooled
        // session for the next report. Every pooled session must come back empty, and the criterion rules must
        // still have decided on the batch (criteria met).
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        int met = 0, raised = 0;
        var ruleSets = new HashSet<RulesKit.Engine.Compilation.CompiledRuleSet>();
        foreach (var line in SyntheticReports.WorstCaseJsonLines(40, 11, 3))
        {
            var report = engine.CheckOf(engine.ParseReport(line, "worst")).Report;
            var outcome = engine.Evaluator.Run(report, report.EvaluationDate);
            raised += outcome.Nonconformities.Count;
            met += outcome.Lists.Values.Sum(l => l.Count);
            ruleSets.Add(outcome.RuleSet);
        }
        raised.Should().BeGreaterThan(40, "every worst-case report carries problems of three criteria");
        met.Should().BeGreaterThan(0);
        foreach (var pool in ruleSets.SelectMany(r => r.Pools))
        {
            var pooled = pool.Rent();
            pooled.Session.Query<object>().Should().BeEmpty();
            pool.Return(pooled, []);
        }
    }

    [Fact]
    public void Rent_AfterReturn_ReusesTheReturnedSessionsAndMakesNewOnesBeyondThem()
    {
        var engine = TestData.EngineOf(("d.yaml", TestData.Determination), ("s.yaml", TestData.Standards("a > 1")));
        var pool = engine.Evaluator.RuleSetFor("test", new DateOnly(2021, 1, 1)).CriterionSessions;

        var first = Enumerable.Range(0, 3).Select(_ => pool.Rent()).ToList();
        first.Should().OnlyHaveUniqueItems();
        foreach (var session in first)
            pool.Return(session, []);
        var second = Enumerable.Range(0, 4).Select(_ => pool.Rent()).ToList();

        second.Count(first.Contains).Should().Be(3);
        second.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Compile_ShippedCatalogs_OneNetworkPerKindAndOneForTheCriteria()
    {
        // A batch inserted or retracted passes every type node of its network: with the rules split, one.
        var ruleSet = TestData.Engine.Evaluator.RuleSetFor("hazchem", new DateOnly(2021, 3, 15));
        var kinds = ruleSet.ItemsByRule.Values.Select(i => i.Item.Kind).Distinct().ToList();
        var pools = ruleSet.Pools.ToList();

        pools.Should().HaveCount(kinds.Count + 1);
        foreach (var kind in kinds)
            ruleSet.ItemSessions(kind).Should().NotBeNull().And.NotBeSameAs(ruleSet.CriterionSessions);
        foreach (var pool in pools)
            pool.Factory.GetSchema().Nodes.Count(n => n.NodeType == NRules.Diagnostics.NodeType.Type).Should().Be(1);
    }

    [Fact]
    public void Run_OneKindsSubjectDecided_OnlyThatKindsNetworkAndTheCriteriasCompiled()
    {
        // A fresh engine evaluating one report needs the networks of the kinds its candidates are of, not every kind's.
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        var report = engine.CheckOf(engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, "hazchem-c07-unresolved-hazard.false.yaml"))).Report;

        var outcome = engine.Evaluator.Run(report, report.EvaluationDate);

        outcome.Nonconformities.Should().NotBeEmpty();
        var decided = outcome.Nonconformities.Select(n => n.Subject.Kind).Distinct().ToList();
        var ruleSet = outcome.RuleSet;
        ruleSet.Pools.Where(p => p.IsCompiled).Should().BeEquivalentTo(decided.Select(k => ruleSet.ItemSessions(k)).Append(ruleSet.CriterionSessions));
        ruleSet.Pools.Count(p => !p.IsCompiled).Should().BeGreaterThan(5, "the hazchem rule set has items of many kinds");
    }

    [Fact]
    public void OnePatternEach_RuleWithTwoPatterns_Refused()
    {
        var builder = new NRules.RuleModel.Builders.RuleBuilder();
        builder.Name("two patterns");
        builder.LeftHandSide().Pattern(typeof(string), "a");
        builder.LeftHandSide().Pattern(typeof(int), "b");
        var ctx = System.Linq.Expressions.Expression.Parameter(typeof(NRules.RuleModel.IContext), "ctx");
        builder.RightHandSide().Action(System.Linq.Expressions.Expression.Lambda(System.Linq.Expressions.Expression.Empty(), ctx));

        var act = () => RulesKit.Engine.Compilation.RuleSetCompiler.OnePatternEach([builder.Build()]);

        act.Should().Throw<InvalidOperationException>().WithMessage("*'two patterns'*more than one pattern*");
    }
}
