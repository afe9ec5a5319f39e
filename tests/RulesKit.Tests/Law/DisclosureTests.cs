
namespace RulesKit.Tests.Law;

/// <summary>The design's disclosure table and the evidence readings, on criterion 7 (hazchem, HC-05.a).</summary>
public class DisclosureTests
{
    // Every fact the tank area's items read is recorded, so that HC-05.a alone decides criterion 7.
    private static readonly Dictionary<string, object> Violating =
        TestData.Values(("mhi_grade", 2m), ("emergency_shutoff", false), ("toxic_or_liquefied_gas", false));

    private static ReportEvaluation Evaluate(Dictionary<string, object>? reported, params EvidenceRecord[] evidence)
    {
        var subject = new CheckedSubject { Id = "T", Kind = "storage_tank_area", Observed = Violating, Reported = reported };
        return TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 6, 1), [subject], evidence));
    }

    private static CriterionResult Criterion7(ReportEvaluation result) =>
        result.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4").Criteria.Single(c => c.Number == 7);

    // The evidence shows the tank's missing shut-off valves (and, for a report that leaves the tank out, the tank itself).
    private static EvidenceRecord Evidence(EvidenceSource source, bool falsified = false, bool? aware = null) =>
        new() { Id = "E", Source = source, Description = "d", Concerns = ["T"], Falsified = falsified, AgencyAware = aware, Shows = ["emergency_shutoff", EvidenceRecord.Exists] };

    [Fact]
    public void Evaluate_ReportStatesTheViolation_Disclosed()
    {
        var result = Evaluate(Violating, Evidence(EvidenceSource.AgencySurvey));
        result.Nonconformities.Single().Disclosure.Should().Be(Disclosure.Disclosed);
        Criterion7(result).Outcome.Should().Be(CriterionOutcome.NotMet);
    }

    [Fact]
    public void Evaluate_ReportPresentsItAsCompliant_Misstated()
    {
        var result = Evaluate(TestData.Values(("mhi_grade", 2m), ("emergency_shutoff", true), ("toxic_or_liquefied_gas", false)));
        result.Nonconformities.Single().Disclosure.Should().Be(Disclosure.Misstated);
    }

    [Fact]
    public void Evaluate_ReportSilentOnTheAttribute_Omitted()
    {
        var result = Evaluate(TestData.Values(("mhi_grade", 2m)));
        result.Nonconformities.Single().Disclosure.Should().Be(Disclosure.Omitted);
    }

    [Fact]
    public void Evaluate_ReportLeavesTheSubjectOut_OmittedAndShownAsAbsent()
    {
        var result = Evaluate(null, Evidence(EvidenceSource.AgencySurvey));
        var n = result.Nonconformities.Single();
        n.Disclosure.Should().Be(Disclosure.Omitted);
        n.Reported.Should().BeNull();
        Criterion7(result).Outcome.Should().Be(CriterionOutcome.Met);
    }

    [Fact]
    public void Evaluate_ObservedViewComplies_NoNonconformity()
    {
        var subject = new CheckedSubject { Id = "T", Kind = "storage_tank_area", Observed = TestData.Values(("mhi_grade", 2m), ("emergency_shutoff", true), ("toxic_or_liquefied_gas", false)) };
        var result = TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 6, 1), [subject]));
        result.Nonconformities.Should().BeEmpty();
        result.Undecided.Should().BeEmpty();
        result.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4").Criteria.Should().OnlyContain(c => c.Outcome != CriterionOutcome.Met && c.Outcome != CriterionOutcome.Suspected && c.Matches.IsEmpty);
    }

    [Fact]
    public void Evaluate_ObservedAttributeMissing_UndecidedNotANonconformity()
    {
        var subject = new CheckedSubject { Id = "T", Kind = "storage_tank_area", Observed = TestData.Values(("emergency_shutoff", false)) };
        var result = TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 6, 1), [subject]));
        result.Nonconformities.Should().BeEmpty("a condition that cannot be evaluated on the observed view establishes nothing");
        result.Undecided.Should().Contain(n => n.ItemId == "HC-05.a" && n.MissingFacts.Contains("mhi_grade"), "nor does it clear the subject");
        Criterion7(result).Outcome.Should().Be(CriterionOutcome.CannotDecide);
    }

    [Fact]
    public void Evaluate_EnterpriseFalsifiedAndAgencyUnaware_NotMetWithEnterpriseFinding()
    {
        var result = Evaluate(null, Evidence(EvidenceSource.EnterpriseMaterial, falsified: true, aware: false));
        var criterion = Criterion7(result);
        criterion.Outcome.Should().Be(CriterionOutcome.NotMet);
        criterion.Matches[0].Elements.Should().Contain(e => e.Element == CriterionElement.Attribution && e.Reason == ElementReason.EnterpriseFalsified);
        result.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4").EnterpriseFindings.Should().ContainSingle().Which.Should().BeEquivalentTo(new EnterpriseFinding("T", ["E"]));
    }

    [Fact]
    public void Evaluate_FalsifiedMaterialOnTwoSubjects_OneFindingEachBySubject()
    {
        // Subjects out of order, each with its own falsified material and one shared record: a finding per
        // subject and evidence set, ordered by subject, however the rules fired.
        CheckedSubject Tank(string id) => new() { Id = id, Kind = "storage_tank_area", Observed = Violating };
        EvidenceRecord Falsified(string id, params string[] concerns) =>
            new() { Id = id, Source = EvidenceSource.EnterpriseMaterial, Description = "d", Concerns = [.. concerns], Falsified = true, AgencyAware = false };
        var result = TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 6, 1), [Tank("T2"), Tank("T1")],
            [Falsified("E2", "T2"), Falsified("E1", "T1"), Falsified("E0", "T1", "T2")]));
        var findings = result.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4").EnterpriseFindings;
        findings.Select(f => (f.SubjectId, string.Join(",", f.EvidenceIds))).Should().Equal(("T1", "E1,E0"), ("T2", "E2,E0"));
    }

    [Fact]
    public void Evaluate_EnterpriseFalsifiedButAgencyAware_Met()
    {
        var result = Evaluate(null, Evidence(EvidenceSource.EnterpriseMaterial, falsified: true, aware: true));
        Criterion7(result).Outcome.Should().Be(CriterionOutcome.Met);
        result.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4").EnterpriseFindings.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_FalsifiedMaterialButAgencyOwnSurvey_MetSinceTheAgencyKnew()
    {
        var falsified = Evidence(EvidenceSource.EnterpriseMaterial, falsified: true, aware: false);
        var survey = Evidence(EvidenceSource.AgencySurvey) with { Id = "E2" };
        Criterion7(Evaluate(null, falsified, survey)).Outcome.Should().Be(CriterionOutcome.Met);
    }

    [Fact]
    public void Evaluate_RecalledItem_AtMostSuspected()
    {
        // MU-04 of 矿安〔2022〕88号 was seen only in fragments: recalled.
        var mine = new CheckedSubject
        {
            Id = "MINE",
            Kind = "mine_operations",
            Observed = TestData.Values(("drawings_match_reality", false), ("banned_equipment_or_process", false),
                ("gas_detectors_and_self_rescuers", true), ("production_before_completion_acceptance", false)),
            Reported = TestData.Values(("drawings_match_reality", true)),
        };
        var survey = new EvidenceRecord { Id = "E", Source = EvidenceSource.AgencySurvey, Description = "d", Concerns = ["MINE"], Shows = ["drawings_match_reality"] };
        var result = TestData.Engine.Evaluate(TestData.Report("mining", new DateOnly(2024, 3, 1), [mine], [survey]));
        var determination = result.Determinations.Single(d => d.List.Id == "national.assessment-reports");
        determination.Verdict.Should().BeNull("a recalled item never decides a verdict on its own");
        determination.Suspected.Should().Contain(13);
        determination.Criteria.Single(c => c.Number == 13).Matches[0].Elements
            .Should().ContainSingle(e => e.State == ElementState.Indicated).Which.Reason.Should().Be(ElementReason.RecalledItem);
    }

    [Fact]
    public void Evaluate_TranscriptionItem_EstablishesAndSaysSo()
    {
        // OP17-09 of 安监总管一〔2017〕98号 was seen on an aggregator page only: a transcription.
        var road = new CheckedSubject
        {
            Id = "ROAD",
            Kind = "open_pit_road",
            Observed = TestData.Values(("road_grade_pct", 12m), ("design_road_grade_pct", 10m)),
            Reported = TestData.Values(("road_grade_pct", 9m), ("design_road_grade_pct", 10m)),
        };
        var survey = new EvidenceRecord { Id = "E", Source = EvidenceSource.AgencySurvey, Description = "d", Concerns = ["ROAD"], Shows = ["road_grade_pct"] };
        var result = TestData.Engine.Evaluate(TestData.Report("mining", new DateOnly(2021, 6, 1), [road], [survey]));
        var determination = result.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4");
        determination.Verdict.Should().Be("false_report");
        determination.Met.Should().Contain([4, 7]);
        determination.Criteria.Single(c => c.Number == 7).Matches[0].Elements
            .Should().Contain(e => e.Element == CriterionElement.Objective && e.State == ElementState.Established && e.Reason == ElementReason.TranscriptionItem);
        result.Nonconformities.Should().ContainSingle().Which.Confidence.Should().Be(RulesKit.Catalogs.Confidence.Transcription);
    }

    [Fact]
    public void Evaluate_OrdinaryItemWithExpertReview_AffectsTheConclusion()
    {
        var tanks = new CheckedSubject
        {
            Id = "T",
            Kind = "tank_group_spacing",
            Observed = TestData.Values(("tank_type", "horizontal"), ("spacing_m", 0.6m), ("liquid_class", "class_c")),
            Reported = TestData.Values(("tank_type", "horizontal"), ("spacing_m", 0.9m), ("liquid_class", "class_c")),
        };
        var review = new EvidenceRecord { Id = "R", Source = EvidenceSource.ExpertReview, Description = "间距不足改变结论", Concerns = ["T"] };
        var date = new DateOnly(2024, 3, 1);

        var without = TestData.Engine.Evaluate(TestData.Report("hazchem", date, [tanks]));
        var with = TestData.Engine.Evaluate(TestData.Report("hazchem", date, [tanks], [review]));

        Materiality(without, "S1").Should().Be((ElementState.NotEstablished, ElementReason.NotVeto));
        Materiality(with, "S1").Should().Be((ElementState.Established, ElementReason.ExpertReviewFindsMaterial));
        with.Determinations.Single(d => d.List.Id == "national.assessment-reports").Verdict.Should().Be("inaccurate_report");
        without.Determinations.Single(d => d.List.Id == "national.assessment-reports").Verdict.Should().BeNull();

        static (ElementState, ElementReason) Materiality(ReportEvaluation r, string criterion)
        {
            var e = r.Determinations.Single(d => d.List.Id == "national.assessment-reports").Criteria.Single(c => c.Id == criterion)
                .Matches.Single().Elements.Single(x => x.Element == CriterionElement.Materiality);
            return (e.State, e.Reason);
        }
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(99.9, true)]
    public void Evaluate_HighwayDistanceAtTheMinimum_Complies(double distance, bool violates)
    {
        var catalog = TestData.Engine.Catalogs.Catalogs.Single(c => c.Id == "cross.highway-protection");
        var minimum = catalog.Tables.Single(t => t.Name == "highway_min_distance_m").Rows.Single(r => r.Keys.SequenceEqual(["land_edge"])).Value;
        var observed = (decimal)distance - 100m + minimum;
        var subject = new CheckedSubject
        {
            Id = "H", Kind = "highway_distance",
            Observed = TestData.Values(("feature", "land_edge"), ("distance_m", observed), ("dangerous_goods_site", true)),
        };
        var result = TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 6, 1), [subject]));
        result.Nonconformities.Any(n => n.ItemId == "RD-18").Should().Be(violates);
    }

    [Fact]
    public void Evaluate_BuildingLeftOutOfTheReport_PresenceComparisonOmitted()
    {
        var building = new CheckedSubject { Id = "B", Kind = "main_building", Observed = TestData.Values(("use", "丙类仓库")) };
        var result = TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 6, 1), [building]));
        var n = result.Nonconformities.Should().ContainSingle().Subject;
        n.ItemId.Should().Be("FD-BLD.presence");
        n.Disclosure.Should().Be(Disclosure.Omitted);
        var criterion2 = result.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4").Criteria.Single(c => c.Number == 2);
        criterion2.Matches[0].Elements.Should().Contain(e => e.Element == CriterionElement.Materiality && e.Reason == ElementReason.NotVeto);
    }

    [Fact]
    public void Evaluate_BuildingUseDiffers_Misstated()
    {
        var building = new CheckedSubject
        {
            Id = "B", Kind = "main_building",
            Observed = TestData.Values(("use", "民用建筑"), ("floors", 3m)),
            Reported = TestData.Values(("use", "丙类仓库"), ("floors", 3m)),
        };
        var result = TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 6, 1), [building]));
        var n = result.Nonconformities.Should().ContainSingle().Subject;
        n.ItemId.Should().Be("FD-BLD.use");
        n.Disclosure.Should().Be(Disclosure.Misstated);
        n.Observed.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "use", Value = "民用建筑" });
        n.Reported!.Value.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "use", Value = "丙类仓库" });
    }

    [Fact]
    public void Evaluate_BuildingUseInOtherWords_TheSameValueAndNoFinding()
    {
        // 甲类库房 is 甲类仓库 in other words (the kind's aliases): not a misstatement, let alone a 严重不符.
        var building = new CheckedSubject
        {
            Id = "B", Kind = "main_building",
            Observed = TestData.Values(("use", "甲类仓库"), ("floors", 1m), ("fire_resistance_grade", "二级")),
            Reported = TestData.Values(("use", "甲类库房"), ("floors", 1m), ("fire_resistance_grade", "二级")),
        };
        var result = TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 6, 1), [building]));
        result.Nonconformities.Should().BeEmpty();
        result.Undecided.Should().BeEmpty();
    }
}
