using RulesKit.Catalogs;
using RulesKit.Law;
using static RulesKit.Tests.Law.LawCases;

namespace RulesKit.Tests.Law;

/// <summary>From elements to a verdict: counting, a match's outcome, a criterion's outcome, the list's verdict, the scope.</summary>
public class VerdictsTests
{
    private static ElementResult E(ElementState state) => new(CriterionElement.Objective, state, ElementReason.OfficialItem, []);

    private static ElementResult Missing(ElementReason reason = ElementReason.FactsMissing) => new(CriterionElement.Objective, ElementState.Unknown, reason, []);

    [Theory]
    [InlineData(new[] { ElementState.Established, ElementState.Established }, CriterionOutcome.Met)]
    [InlineData(new[] { ElementState.Established, ElementState.Indicated }, CriterionOutcome.Suspected)]
    [InlineData(new[] { ElementState.Indicated, ElementState.NotEstablished }, CriterionOutcome.NotMet)]
    [InlineData(new[] { ElementState.NotEstablished, ElementState.Established }, CriterionOutcome.NotMet)]
    public void Outcome_AllEstablishedMetAnyIndicatedSuspectedAnyFailedNotMet(ElementState[] states, CriterionOutcome outcome) =>
        Verdicts.Outcome([.. states.Select(E)]).Should().Be(outcome);

    [Fact]
    public void Outcome_FactsMissing_CannotDecideAndBestIsWhatTheOthersAllow()
    {
        Verdicts.Outcome([Missing(), E(ElementState.Established)]).Should().Be(CriterionOutcome.CannotDecide);
        Verdicts.Best([Missing(), E(ElementState.Established)]).Should().Be(CriterionOutcome.Met);
        Verdicts.Best([Missing(), E(ElementState.Indicated)]).Should().Be(CriterionOutcome.Suspected);
        Verdicts.Best([Missing(ElementReason.FactsMissingRecalledItem), E(ElementState.Established)]).Should().Be(CriterionOutcome.Suspected);
        Verdicts.Outcome([Missing(), E(ElementState.NotEstablished)]).Should().Be(CriterionOutcome.NotMet, "false AND unknown is false");
    }

    [Fact]
    public void Counts_ByCategoryIndustryTypeAndNeverADraft()
    {
        var criterion = Criterion(1, categories: "surroundings");
        Verdicts.Counts(criterion, Item(categories: "surroundings"), Report()).Should().BeTrue();
        Verdicts.Counts(criterion, Item(categories: "layout"), Report()).Should().BeFalse();
        Verdicts.Counts(criterion, Item(Confidence.Draft, categories: "surroundings"), Report()).Should().BeFalse();
        var smelting = new Criterion { Id = "11", Number = 11, Class = "false_report", Categories = ["surroundings"], Industries = ["metallurgy"] };
        Verdicts.Counts(smelting, Item(categories: "surroundings"), Report()).Should().BeFalse();
        Verdicts.Counts(smelting, Item(categories: "surroundings"), Report(industry: "metallurgy")).Should().BeTrue();
    }

    public static TheoryData<string, bool, CriterionOutcome?, CriterionOutcome?, bool, CriterionOutcome> ForReportCases => new()
    {
        // report industry, category fed, strongest decided match, most an undecided match could be, facts could not be supplied, outcome
        { "pipeline", true, CriterionOutcome.Met, null, false, CriterionOutcome.NotApplicable },
        { "metallurgy", false, null, null, false, CriterionOutcome.CannotDecide },
        { "metallurgy", true, null, null, false, CriterionOutcome.NotMet },
        { "metallurgy", true, CriterionOutcome.Suspected, null, false, CriterionOutcome.Suspected },
        { "metallurgy", true, CriterionOutcome.Met, null, false, CriterionOutcome.Met },
        { "metallurgy", true, CriterionOutcome.Suspected, null, true, CriterionOutcome.CannotDecide },
        { "metallurgy", true, null, null, true, CriterionOutcome.CannotDecide },
        { "metallurgy", true, CriterionOutcome.Met, null, true, CriterionOutcome.Met },
        // Kleene's "or": true or unknown is true; otherwise unknown wins only where it could come to more.
        { "metallurgy", true, CriterionOutcome.Met, CriterionOutcome.Met, false, CriterionOutcome.Met },
        { "metallurgy", true, null, CriterionOutcome.Met, false, CriterionOutcome.CannotDecide },
        { "metallurgy", true, CriterionOutcome.NotMet, CriterionOutcome.Suspected, false, CriterionOutcome.CannotDecide },
        { "metallurgy", true, CriterionOutcome.Suspected, CriterionOutcome.Suspected, false, CriterionOutcome.Suspected },
        { "metallurgy", true, CriterionOutcome.Suspected, CriterionOutcome.Met, false, CriterionOutcome.CannotDecide },
    };

    [Theory]
    [MemberData(nameof(ForReportCases))]
    public void ForReport_ApplicabilityFeedAndStrongestMatch(string industry, bool fed, CriterionOutcome? decided, CriterionOutcome? couldBe, bool unfed, CriterionOutcome outcome)
    {
        var criterion = new Criterion { Id = "11", Number = 11, Class = "false_report", Categories = ["smelting_equipment"], Industries = ["metallurgy"] };
        HashSet<string> categories = fed ? ["smelting_equipment"] : ["other"];
        Verdicts.ForReport(criterion, Report(industry: industry), categories, decided, couldBe, unfed).Should().Be(outcome);
    }

    [Fact]
    public void Verdict_MostSevereClassMetSuspectedNeverCounts()
    {
        var list = new Catalog
        {
            Classes = [new VerdictClass("inaccurate", "失实", "inaccurate", 1), new VerdictClass("false_report", "虚假", "false", 2)],
            Criteria = [Criterion(1, "inaccurate"), Criterion(2, "false_report"), Criterion(3, "inaccurate")],
        };
        Verdicts.Verdict(list, [CriterionOutcome.Met, CriterionOutcome.Suspected, CriterionOutcome.NotMet])!.Id.Should().Be("inaccurate");
        Verdicts.Verdict(list, [CriterionOutcome.Met, CriterionOutcome.Met, CriterionOutcome.Met])!.Id.Should().Be("false_report");
        Verdicts.Verdict(list, [CriterionOutcome.Suspected, CriterionOutcome.Suspected, CriterionOutcome.CannotDecide]).Should().BeNull();
    }

    [Fact]
    public void MetClass_CategoryClassedOnItsOwnText_TheMostSevereOfTheFindingsCategories()
    {
        // The agency's point (4): 出租、出借资质 major (安全生产法 第九十二条第二款), 超出业务范围 general on its own text.
        var point4 = new Criterion
        {
            Id = "4", Number = 4, Class = "major_violation", Categories = ["qualification_lending", "beyond_scope"],
            CategoryClasses = System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty.Add("beyond_scope", "general_violation"),
        };
        var list = new Catalog
        {
            Classes = [new VerdictClass("general_violation", "一般违法行为", "general", 1), new VerdictClass("major_violation", "重大违法行为", "major", 2)],
            Criteria = [point4],
        };
        Verdicts.MetClass(list, point4, [["beyond_scope"]]).Should().Be("general_violation");
        Verdicts.MetClass(list, point4, [["qualification_lending"]]).Should().Be("major_violation");
        Verdicts.MetClass(list, point4, [["beyond_scope"], ["qualification_lending"]]).Should().Be("major_violation", "met by both, it counts once, as the more severe");
        Verdicts.Verdict(list, [CriterionOutcome.Met], ["general_violation"])!.Id.Should().Be("general_violation");
    }

    [Fact]
    public void StrongestFirst_MetBeforeSuspectedThenOfficialTextThenCatalogItemSubject()
    {
        var official = Found(Disclosure.Misstated);
        var recalled = official with { Item = Item(Confidence.Recalled) };
        Verdicts.StrongestFirst(CriterionOutcome.Met, recalled, CriterionOutcome.Suspected, official).Should().BeNegative();
        Verdicts.StrongestFirst(CriterionOutcome.Suspected, recalled, CriterionOutcome.CannotDecide, official).Should().BeNegative();
        Verdicts.StrongestFirst(CriterionOutcome.CannotDecide, recalled, CriterionOutcome.NotMet, official).Should().BeNegative();
        Verdicts.StrongestFirst(CriterionOutcome.Met, recalled, CriterionOutcome.Met, official).Should().BePositive();
        Verdicts.StrongestFirst(CriterionOutcome.Met, official with { SubjectId = "A" }, CriterionOutcome.Met, official with { SubjectId = "B" }).Should().BeNegative();
        Verdicts.StrongestFirst(CriterionOutcome.Met, official with { CatalogId = "z" }, CriterionOutcome.Met, official with { CatalogId = "a" }).Should().BePositive();
    }

    [Fact]
    public void InScope_TheFirstRuleCoveringIndustryTypeAndPurpose()
    {
        var scope = new ScopeDefinition
        {
            Rules =
            [
                new ScopeRule { Id = "project", Industries = ["hazchem"], ReportTypes = ["预评价", "验收评价"] },
                new ScopeRule { Id = "licence", Industries = ["hazchem"], Purposes = ["licence"] },
            ],
        };
        Verdicts.InScope(scope, Report(type: "验收评价", purpose: "acceptance")).Should().Be((scope.Rules[0], true));
        Verdicts.InScope(scope, Report(type: "现状评价", purpose: "licence")).Should().Be((scope.Rules[1], true));
        Verdicts.InScope(scope, Report(type: "现状评价", purpose: "filing")).Should().Be(((ScopeRule?)null, false));
        Verdicts.InScope(scope, Report(industry: "pipeline")).Should().Be(((ScopeRule?)null, false));
    }

    [Fact]
    public void InScope_OtherStatutoryAssessment_OnlyWithTheLawThatSetsItRecorded()
    {
        var other = new ScopeRule { Id = "other", Industries = ["*"], RequiresStatutoryBasis = true };
        var scope = new ScopeDefinition { Rules = [new ScopeRule { Id = "licence", Industries = ["hazchem"], Purposes = ["licence"] }, other] };
        Verdicts.InScope(scope, Report(industry: "pipeline")).Should().Be((other, (bool?)null), "without the law it cannot be said");
        Verdicts.InScope(scope, Report(industry: "pipeline") with { StatutoryBasis = "某法 第X条" }).Should().Be((other, true));
        Verdicts.InScope(scope, Report(purpose: "licence")).Should().Be((scope.Rules[0], true));
    }

    public static TheoryData<DateOnly?, DateOnly, bool, Applicability> Periods => new()
    {
        // checkedOn, evaluation date, inspection, applicability under a list of the campaign 2021-06-01..2021-11-30
        { new DateOnly(2021, 8, 16), new DateOnly(2021, 3, 15), false, Applicability.Applies },
        { new DateOnly(2021, 11, 30), new DateOnly(2021, 3, 15), false, Applicability.Applies },
        { new DateOnly(2021, 12, 1), new DateOnly(2021, 3, 15), false, Applicability.OutsideCheckPeriod },
        { new DateOnly(2021, 5, 31), new DateOnly(2021, 3, 15), false, Applicability.OutsideCheckPeriod },
        { null, new DateOnly(2024, 3, 1), false, Applicability.OutsideCheckPeriod },   // issued after the campaign ended
        { null, new DateOnly(2021, 3, 15), false, Applicability.CheckDateUnknown },
        { null, new DateOnly(2021, 8, 25), true, Applicability.Applies },            // an inspection's own date
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void Applicability_CampaignList_OnlyForWhatTheCampaignChecked(DateOnly? checkedOn, DateOnly date, bool inspection, Applicability applicability)
    {
        var list = new Catalog { CheckPeriod = new CheckPeriod(new DateOnly(2021, 6, 1), new DateOnly(2021, 11, 30), "从2021年6月至2021年11月底") };
        var report = Report() with { CheckedOn = checkedOn, EvaluationDate = date, IsInspection = inspection };
        Verdicts.Applicability(list, report).Should().Be(applicability);
    }

    [Fact]
    public void LegalBasisFor_TheEditionInForceOnTheDayOfTheAct()
    {
        var list = new Catalog
        {
            LegalBasis =
            [
                new LegalBasis { Citation = "2014", To = new DateOnly(2021, 9, 1) },
                new LegalBasis { Citation = "2021", From = new DateOnly(2021, 9, 1) },
            ],
        };
        Verdicts.LegalBasisFor(list, Report() with { EvaluationDate = new DateOnly(2021, 8, 31) }).Single().Citation.Should().Be("2014");
        Verdicts.LegalBasisFor(list, Report() with { EvaluationDate = new DateOnly(2021, 9, 1) }).Single().Citation.Should().Be("2021");
        Verdicts.LegalBasisFor(list, Report() with { EvaluationDate = new DateOnly(2021, 9, 5), IssuedOn = new DateOnly(2021, 8, 20) }).Single().Citation
            .Should().Be("2014", "the day of the act is the day the report was issued");
    }
}
