using System.Text.Json;
using RulesKit.Explanation;

namespace RulesKit.Tests.Api;

public class FacadeTests
{
    [Fact]
    public void RulesKitSchemas_EmbeddedAndReadable()
    {
        RulesKitSchemas.Names.Should().Contain(["report.schema.json", "standards-catalog.schema.json", "determination-catalog.schema.json", "vocabulary.schema.json"]);
        using var schema = JsonDocument.Parse(RulesKitSchemas.Read("report.schema.json"));
        schema.RootElement.GetProperty("$id").GetString().Should().EndWith("report.schema.json");
        var act = () => RulesKitSchemas.Read("nosuch.json");
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void WarmUp_UnknownIndustry_ClearError()
    {
        var act = () => TestData.Engine.WarmUp("chemicals");
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single().Code.Should().Be("RK2001");
    }

    [Fact]
    public void Create_WarmUpIndustries_CompiledBeforeTheFirstReport()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var options = new RulesKitOptions();
        options.WarmUpIndustries.Add("hazchem");
        var warmed = RulesKitEngine.Create(options);
        warmed.Evaluator.RuleSetFor("hazchem", today).Pools.Should().OnlyContain(p => p.IsCompiled, "every network of the industry's rule set is compiled at start");

        // Without warm-up a network is compiled when a decision first needs it.
        RulesKitEngine.Create().Evaluator.RuleSetFor("hazchem", today).Pools.Should().OnlyContain(p => !p.IsCompiled);
    }

    [Fact]
    public void Evaluate_ReportChangedWithWith_CheckedAgain()
    {
        var engine = TestData.Engine;
        var report = engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, "hazchem-c07-unresolved-hazard.false.yaml"));
        var changed = report with { Industry = "chemicals" };
        var act = () => engine.Evaluate(changed);
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single().Code.Should().Be("RK2001");
    }

    [Fact]
    public void Evaluate_ReportReadByAnEngineWithOtherCatalogs_CheckedAgainstThisEnginesCatalogs()
    {
        // A report knows the catalogs it was checked against; another engine's catalogs do not know its kinds.
        var report = TestData.Engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, "hazchem-c07-unresolved-hazard.false.yaml"));
        var other = TestData.EngineOf(("d.yaml", TestData.Determination), ("s.yaml", TestData.Standards("a > 1")));

        TestData.Engine.Evaluate(report).Determinations.Should().NotBeEmpty("read and checked by this engine");
        var act = () => other.Evaluate(report);
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().Contain(d => d.Code == "RK2102" && d.Message.Contains("storage_tank_area"));
    }

    private static readonly string TwoCriteria = TestData.Determination
        .Replace("  - { id: cat, title: a category }", "  - { id: cat, title: a category }\n  - { id: other, title: fed by nothing }")
        + """

          - id: "2"
            number: 2
            text: second criterion
            citation: T-1 (2)
            class: bad
            categories: [other]
            requires: [objective]
            reading: test
        """;

    [Fact]
    public void Evaluate_CriterionFedByNothing_CannotDecideAndIncompleteInBothLanguages()
    {
        var engine = TestData.EngineOf(("d.yaml", TwoCriteria), ("s.yaml", TestData.Standards("a > 1")));
        var result = engine.Evaluate(TestData.Report("test", new DateOnly(2021, 6, 1), []));

        var determination = result.Determinations.Single();
        determination.VerdictName.Should().Be("未认定");
        determination.Complete.Should().BeFalse();
        determination.CannotDecide.Should().Equal(2);
        determination.Criteria.Single(c => c.Number == 2).Outcome.Should().Be(CriterionOutcome.CannotDecide);
        determination.Criteria.Single(c => c.Number == 1).Outcome.Should().Be(CriterionOutcome.NotMet, "looked, and found nothing");
        result.Complete.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Code == "RK5003").Which.Message.Should().Contain("criterion 2 cannot be decided");
        ExplanationWriter.ToText(result).Should().Contain("判定不完整，以下情形无法判定（原因见提示）： 2").And.Contain("警告 RK5003");
        ExplanationWriter.ToText(result, Language.English).Should().Contain("Incomplete: these criteria cannot be decided (the notes say why): 2");
    }

    [Fact]
    public void Evaluate_KnownGap_CannotDecideWithTheReason()
    {
        var gaps = """
            gaps:
              - { list: test.list, criterion: 2, industry: test, reason: nothing in the test standard covers the other category }
            """;
        var engine = TestData.EngineOf(("d.yaml", TwoCriteria), ("s.yaml", TestData.Standards("a > 1")), ("known-gaps.yaml", gaps));
        var result = engine.Evaluate(TestData.Report("test", new DateOnly(2021, 6, 1), []));
        result.Diagnostics.Should().ContainSingle(d => d.Code == "RK5005").Which.Message.Should().Contain("nothing in the test standard covers");
        result.Determinations.Single().Complete.Should().BeFalse("a known gap is still a criterion nobody could look at");
    }

    [Fact]
    public void Evaluate_CleanReportsEitherSideOfAKnownGapsEnd_EachWarnedForItsOwnDateAndReport()
    {
        // Clean reports of one rule set share their determinations; their warnings are still their own: the gap
        // covers the first date only, and each warning names its report.
        var gaps = """
            gaps:
              - { list: test.list, criterion: 2, industry: test, to: 2021-06-10, reason: nothing in the test standard covers the other category }
            """;
        var engine = TestData.EngineOf(("d.yaml", TwoCriteria), ("s.yaml", TestData.Standards("a > 1")), ("known-gaps.yaml", gaps));
        var inGap = engine.Evaluate(TestData.Report("test", new DateOnly(2021, 6, 1), []) with { Id = "R-IN" });
        var after = engine.Evaluate(TestData.Report("test", new DateOnly(2021, 6, 20), []) with { Id = "R-AFTER" });
        var again = engine.Evaluate(TestData.Report("test", new DateOnly(2021, 6, 2), []) with { Id = "R-AGAIN" });

        after.Determinations.Single().Should().BeSameAs(inGap.Determinations.Single(), "one rule set, shared");
        inGap.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("RK5005");
        after.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("RK5003");
        again.Diagnostics.Should().ContainSingle().Which.Source.Should().Be("report R-AGAIN");
        after.Diagnostics.Single().Message.Should().Contain("2021-06-20");
        foreach (var result in new[] { inGap, after, again })
            result.Complete.Should().BeFalse();
    }
}
