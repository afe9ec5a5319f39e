using RulesKit.Testing.Generation;

namespace RulesKit.Tests.Engine;

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
            var report = engine.ParseReport(line, "worst");
            var outcome = engine.Evaluator.Run(report, report.EvaluationDate);
            raised += outcome.Nonconformities.Count;
            met += outcome.Lists.Values.Sum(l => l.Count);
            ruleSets.Add(outcome.RuleSet);
        }
        raised.Should().BeGreaterThan(40, "every worst-case report carries problems of three criteria");
        met.Should().BeGreaterThan(0);
        foreach (var ruleSet in ruleSets)
        {
            var pooled = ruleSet.Rent();
            pooled.Session.Query<object>().Should().BeEmpty();
            ruleSet.Return(pooled, [], []);
        }
    }

    [Fact]
    public void Return_MoreSessionsThanThePoolHolds_KeepsAtMostMaxPooledForReuse()
    {
        var engine = TestData.EngineOf(("d.yaml", TestData.Determination), ("s.yaml", TestData.Standards("a > 1")));
        var ruleSet = engine.Evaluator.RuleSetFor("test", new DateOnly(2021, 1, 1));
        var max = RulesKit.Engine.Compilation.CompiledRuleSet.MaxPooled;

        var first = Enumerable.Range(0, max + 3).Select(_ => ruleSet.Rent()).ToList();
        first.Should().OnlyHaveUniqueItems();
        foreach (var session in first)
            ruleSet.Return(session, [], []);
        var second = Enumerable.Range(0, max + 3).Select(_ => ruleSet.Rent()).ToList();

        // The pool kept the first max sessions returned and dropped the rest; renting past them makes new ones.
        second.Count(first.Contains).Should().Be(max);
        second.Should().OnlyHaveUniqueItems();
    }
}
