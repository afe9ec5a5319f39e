using RulesKit.Campaign.Batch;
using RulesKit.Explanation;
using RulesKit.Testing.Generation;

namespace RulesKit.Tests.Engine.Compilation;

/// <summary>
/// EvaluateAll and the batch decide the reports of one rule set that reach a session together, in one session:
/// each report must still get exactly what Evaluate gives it alone.
/// </summary>
public class SharedSessionTests
{
    private static readonly DateOnly Date = new(2021, 1, 1);

    // The test catalogs' one item: a / b > 1 on a "thing"; b = 0 makes the condition throw.
    private static RulesKitEngine DividingEngine() =>
        TestData.EngineOf(("d.yaml", TestData.Determination), ("s.yaml", TestData.Standards("a / b > 1")));

    private static Report Thing(string id, decimal b) => TestData.Report("test", Date,
        [new CheckedSubject { Id = "S-" + id, Kind = "thing", Observed = TestData.Values(("a", 4m), ("b", b)) }]) with { Id = id };

    [Fact]
    public void EvaluateAll_WorstCaseAndMixedReports_SameResultsAsEvaluateEach()
    {
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        var worst = SyntheticReports.WorstCaseJsonLines(150, 7, 3).ToList();
        var mix = SyntheticReports.JsonLines(150, 7).ToList();
        var reports = worst.Zip(mix).SelectMany(p => new[] { p.First, p.Second }).Select((line, i) => engine.ParseReport(line, $"line {i}")).ToList();

        var each = reports.Select(r => ExplanationWriter.ToJson(engine.Evaluate(r))).ToList();
        var all = engine.EvaluateAll(reports).Select(ExplanationWriter.ToJson).ToList();

        all.Should().Equal(each);
        // Sessions were shared: more reports with findings among the first 64 (EvaluateAll's look-ahead) than rule
        // sets they use, so at least two of them went through one session.
        var first = reports.Take(64).Where(r => engine.Evaluate(r).Nonconformities.Length > 0).ToList();
        first.Count.Should().BeGreaterThan(first.Select(r => engine.Evaluator.RuleSetFor(r.Industry, r.EvaluationDate)).Distinct().Count());
    }

    [Fact]
    public void EvaluateAll_ConditionFailsOnOneReportOfASharedSession_IssueOnThatReportOnly()
    {
        var engine = DividingEngine();
        Report[] reports = [Thing("R1", 2m), Thing("R2", 0m), Thing("R3", 1m)];

        var all = engine.EvaluateAll(reports).ToList();

        all.Select(e => e.Diagnostics.Count(d => d.Code == "RK5004")).Should().Equal(0, 1, 0);
        all[1].Diagnostics.Single(d => d.Code == "RK5004").Message.Should().Contain("on subject S-R2");
        all.Select(e => e.Nonconformities.Length).Should().Equal(1, 0, 1);
        all.Select(ExplanationWriter.ToJson).Should().Equal(reports.Select(r => ExplanationWriter.ToJson(engine.Evaluate(r))));
    }

    [Fact]
    public void EvaluateAll_InvalidReportInTheMiddle_ThrowsAfterTheOnesBefore()
    {
        var engine = DividingEngine();
        var invalid = Thing("BAD", 2m) with { Subjects = [new CheckedSubject { Id = "X", Kind = "no_such_kind", Observed = TestData.Values(("a", 1m)) }] };
        var seen = new List<string>();

        var act = () =>
        {
            foreach (var evaluation in engine.EvaluateAll([Thing("R1", 2m), invalid, Thing("R3", 2m)]))
                seen.Add(evaluation.ReportId);
        };

        act.Should().Throw<RulesKitInputException>();
        seen.Should().Equal("R1");
    }

    [Fact]
    public async Task EvaluateAsync_InvalidReportAmongOthers_ItsOwnErrorTheOthersEvaluated()
    {
        var engine = DividingEngine();
        var invalid = Thing("BAD", 2m) with { Subjects = [new CheckedSubject { Id = "X", Kind = "no_such_kind", Observed = TestData.Values(("a", 1m)) }] };
        Report[] reports = [Thing("R1", 2m), Thing("R2", 0m), invalid, Thing("R4", 3m), Thing("R5", 1m)];

        var records = await BatchEvaluator.EvaluateAsync(engine, reports.Select(r => new BatchInput(r.Id, _ => r))).ToListAsync();

        records.Select(r => r.Succeeded).Should().Equal(true, true, false, true, true);
        records[2].Errors.Should().NotBeEmpty().And.OnlyContain(d => d.Code == "RK2102");
        records.Where(r => r.Succeeded).Select(r => ExplanationWriter.ToJson(r.Evaluation!))
            .Should().Equal(reports.Where(r => r != invalid).Select(r => ExplanationWriter.ToJson(engine.Evaluate(r))));
    }

    [Fact]
    public async Task EvaluateAll_ActionThrowsInASharedSession_OnlyThatReportFails()
    {
        // The item fires on the observed b = 2; judging the disclosure runs its condition on the reported b = 0,
        // which throws inside the rule's action: the shared session fails, and each report is decided again alone.
        var engine = DividingEngine();
        var throwing = Thing("R2", 2m) with { Subjects = [new CheckedSubject { Id = "S-R2", Kind = "thing", Observed = TestData.Values(("a", 4m), ("b", 2m)), Reported = TestData.Values(("a", 4m), ("b", 0m)) }] };
        Report[] reports = [Thing("R1", 2m), throwing, Thing("R3", 1m)];
        var alone = () => engine.Evaluate(throwing);
        alone.Should().Throw<Exception>("the report fails on its own as well");
        var seen = new List<string>();

        var act = () =>
        {
            foreach (var evaluation in engine.EvaluateAll(reports))
                seen.Add(ExplanationWriter.ToJson(evaluation));
        };

        act.Should().Throw<Exception>();
        seen.Should().Equal(ExplanationWriter.ToJson(engine.Evaluate(reports[0])));
        var records = await BatchEvaluator.EvaluateAsync(engine, reports.Select(r => new BatchInput(r.Id, _ => r))).ToListAsync();
        records.Select(r => r.Succeeded).Should().Equal(true, false, true);
        records[1].Errors.Should().ContainSingle().Which.Code.Should().Be("RK7001");
        ExplanationWriter.ToJson(records[2].Evaluation!).Should().Be(ExplanationWriter.ToJson(engine.Evaluate(reports[2])));
    }

    [Fact]
    public void RunAll_WorstCaseReports_SessionsReturnedEmpty()
    {
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        var reports = SyntheticReports.WorstCaseJsonLines(100, 11, 3).Select(line => engine.CheckOf(engine.ParseReport(line, "worst"))).ToList();

        var outcomes = engine.Evaluator.RunAll(reports, null, outcome => outcome);

        outcomes.Should().OnlyContain(o => o.Result != null && o.Error == null);
        outcomes.Sum(o => o.Result!.Nonconformities.Count).Should().BeGreaterThan(100);
        foreach (var ruleSet in outcomes.Select(o => o.Result!.RuleSet).Distinct())
        {
            foreach (var pool in ruleSet.Pools)
            {
                var pooled = pool.Rent();
                pooled.Session.Query<object>().Should().BeEmpty("a shared session retracts every report's facts");
                pool.Return(pooled, []);
            }
        }
    }
}
