namespace RulesKit.Tests.Law;

/// <summary>
/// Each honest mistake a review would not call 虚假, beside the same facts with evidence of the very fact, which is:
/// intent read only from evidence that shows the fact the report gets wrong, forgery only where the agency had the
/// original, a campaign's list only for what the campaign checked, the scope as 五、有关说明 words it.
/// </summary>
public class HonestMistakeTests
{
    private static readonly DateOnly Day = new(2021, 6, 1);

    private static Determination Annex4(ReportEvaluation e) => e.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4");

    private static EvidenceRecord Photo(string subject, params string[] shows) =>
        new() { Id = "E-1", Source = EvidenceSource.AgencyPhoto, Description = "勘验影像", Concerns = [subject], Shows = shows };

    // A dangerous-goods warehouse 60 m from the road's land edge; the report leaves the distance out.
    private static readonly CheckedSubject Highway = new()
    {
        Id = "HW", Kind = "highway_distance",
        Observed = TestData.Values(("feature", "land_edge"), ("distance_m", 60m), ("dangerous_goods_site", true)),
        Reported = TestData.Values(("feature", "land_edge"), ("dangerous_goods_site", true)),
    };

    [Fact]
    public void Evaluate_DistanceLeftOutWithAPhotoOfSomethingElse_SuspectedNotFalse()
    {
        var gate = Photo("HW", "feature");   // the plant gate: it shows the road, not the distance
        var criterion = Annex4(TestData.Engine.Evaluate(TestData.Report("hazchem", Day, [Highway], [gate]))).Criteria.Single(c => c.Number == 1);
        criterion.Outcome.Should().Be(CriterionOutcome.Suspected);
        criterion.Matches[0].Elements.Should().Contain(e => e.Element == CriterionElement.Concealment && e.Reason == ElementReason.EvidenceNotOfTheFact);
    }

    [Fact]
    public void Evaluate_DistanceLeftOutWithTheAgencysMeasurement_False()
    {
        var measured = Photo("HW", "distance_m");
        var annex4 = Annex4(TestData.Engine.Evaluate(TestData.Report("hazchem", Day, [Highway], [measured])));
        annex4.Verdict.Should().Be("false_report");
        annex4.Met.Should().Contain(1);
    }

    private static Report Cited(string original, string cited, params EvidenceRecord[] evidence)
    {
        var document = new CitedDocument
        {
            Id = "DOC", Kind = "cited_document",
            Original = TestData.Values(("issuer", "某防雷检测有限公司"), ("issued_on", new DateOnly(2020, 11, 2)), ("conclusion", original)),
            Cited = TestData.Values(("issuer", "某防雷检测有限公司"), ("issued_on", new DateOnly(2020, 11, 20)), ("conclusion", cited)),
        };
        return TestData.Report("hazchem", Day, [], evidence, documents: [document]);
    }

    [Fact]
    public void Evaluate_CitationMisdatedAndParaphrased_NoForgery()
    {
        // 11-20 for 11-02 and 检测结果合格 for 合格: a slip and a paraphrase, with no evidence at all.
        var result = TestData.Engine.Evaluate(Cited("合格", "检测结果合格"));
        result.Nonconformities.Should().BeEmpty();
        Annex4(result).Criteria.Single(c => c.Number == 3).Outcome.Should().Be(CriterionOutcome.NotMet);
    }

    [Fact]
    public void Evaluate_ConclusionChanged_FalseOnlyWithTheOriginalInTheAgencysHands()
    {
        var without = Annex4(TestData.Engine.Evaluate(Cited("不合格", "合格")));
        without.Criteria.Single(c => c.Number == 3).Outcome.Should().Be(CriterionOutcome.Suspected, "a difference alone is not shown to be an alteration");
        without.Verdict.Should().BeNull();

        var original = new EvidenceRecord
        {
            Id = "E-1", Source = EvidenceSource.EnterpriseMaterial, Description = "企业移交的检测报告原件", Concerns = ["DOC"], Shows = ["conclusion"], OriginalChecked = true,
        };
        var with = Annex4(TestData.Engine.Evaluate(Cited("不合格", "合格", original)));
        with.Verdict.Should().Be("false_report");
        with.Criteria.Single(c => c.Number == 3).Matches[0].Elements.Should()
            .Contain(e => e.Element == CriterionElement.Alteration && e.State == ElementState.Established && e.Reason == ElementReason.OriginalHeld);
    }

    [Fact]
    public void Evaluate_ReportOf2024UnderTheCampaignList_NotApplicable()
    {
        var measured = Photo("HW", "distance_m");
        var annex4 = Annex4(TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2024, 3, 1), [Highway], [measured])));
        annex4.Applicability.Should().Be(Applicability.OutsideCheckPeriod);
        annex4.Verdict.Should().BeNull();
        annex4.VerdictName.Should().Be("不适用");
        annex4.Criteria.Should().OnlyContain(c => c.Outcome == CriterionOutcome.NotApplicable);
    }

    [Fact]
    public void Evaluate_CheckDateNotRecorded_NoVerdictYetAndSaysWhy()
    {
        var measured = Photo("HW", "distance_m");
        var annex4 = Annex4(TestData.Engine.Evaluate(TestData.Report("hazchem", Day, [Highway], [measured]) with { CheckedOn = null }));
        annex4.Applicability.Should().Be(Applicability.CheckDateUnknown);
        (annex4.Verdict, annex4.Complete).Should().Be((null, false));
        annex4.Met.Should().Contain(1, "what would follow is still shown");
    }

    [Fact]
    public void Evaluate_PipelineReport_VerdictOnlyWithTheLawThatSetsTheAssessment()
    {
        var segment = new CheckedSubject
        {
            Id = "SEG", Kind = "pipeline_segment",
            Observed = TestData.Values(("pipeline_class", "field_gathering"), ("structures_within_5m", 3m), ("periodic_inspection_done", true),
                ("personnel_dense_hca", false), ("medium", "oil"), ("hca_criterion", "c"), ("hca_grade", 2m)),
            Reported = TestData.Values(("pipeline_class", "field_gathering"), ("structures_within_5m", 0m)),
        };
        var report = TestData.Report("pipeline", Day, [segment], [Photo("SEG", "structures_within_5m")]);

        var open = Annex4(TestData.Engine.Evaluate(report));
        (open.Applicability, open.Verdict, open.Scope!.InScope).Should().Be((Applicability.ScopeUnknown, null, (bool?)null));
        open.Met.Should().Contain(9);

        var set = Annex4(TestData.Engine.Evaluate(report with { StatutoryBasis = "（测试）设定该评价的法律、行政法规或国务院决定" }));
        (set.Applicability, set.Verdict).Should().Be((Applicability.Applies, "false_report"));
    }

    [Fact]
    public void Evaluate_LegalBasis_TheEditionOfTheDayOfTheAct()
    {
        var measured = Photo("HW", "distance_m");
        var before = Annex4(TestData.Engine.Evaluate(TestData.Report("hazchem", Day, [Highway], [measured])));
        before.LegalBasis.Should().ContainSingle().Which.Confidence.Should().Be(RulesKit.Catalogs.Confidence.Recalled, "the 2014 text was not seen");
        var after = Annex4(TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 9, 10), [Highway], [measured])));
        after.LegalBasis.Should().ContainSingle().Which.Citation.Should().Contain("2021年修正");
    }
}
