
namespace RulesKit.Tests.Law;

/// <summary>
/// Each of Annex 4's 11 criteria reached end to end through the shipped catalogs: once met, once only
/// suspected (concealment or attribution only indicated), and once missed by exactly one element.
/// </summary>
public class CriteriaTests
{
    private const string Annex4 = "henan.zhengzhou-annex4@2021#";

    /// <summary>One criterion's scenario: a subject the report misstates, with evidence of the agency's knowledge.</summary>
    public sealed record Case(int Criterion, string Industry, DateOnly Date, string Kind, Dictionary<string, object> Observed,
        Dictionary<string, object>? Reported, string MissedElement, bool Document = false, bool? ControlsApproved = null)
    {
        public override string ToString() => $"criterion {Criterion}";
    }

    private static readonly DateOnly Y2021 = new(2021, 6, 1);

    private static Dictionary<string, object> V(params (string, object)[] values) => TestData.Values(values);

    // Every other fact the hazchem enterprise's items read, recorded compliant: a fact left out would leave those
    // items open and the criterion "cannot decide" rather than met or not met.
    private static readonly (string, object)[] CompliantMine =
    [
        ("independent_exits", 2m), ("open_pit_transition_surface_connected", false), ("spontaneous_combustion_risk", false),
        ("safety_pillars_mined_or_below_design", false), ("goaf_treated_as_designed", true), ("severe_ground_pressure", false), ("roof_support_as_designed", true),
    ];

    private static readonly (string, object)[] CompliantManagement =
    [
        ("hazard_inspection_system", true), ("staff_count", 50m), ("full_time_safety_managers", 2m), ("safety_department", true),
        ("registered_safety_engineers", 1m), ("operating_procedures", true), ("process_control_limits", true),
        ("special_work_rules", true), ("special_work_rules_executed", true),
    ];

    public static readonly TheoryData<Case> Cases =
    [
        new(1, "hazchem", Y2021, "highway_distance",
            V(("feature", "land_edge"), ("distance_m", 60m), ("dangerous_goods_site", true)),
            V(("feature", "land_edge"), ("distance_m", 120m), ("dangerous_goods_site", true)), "concealment"),
        new(2, "metallurgy", Y2021, "metallurgy_place",
            V(("place_type", "rest_room"), ("in_molten_metal_lifting_influence_area", true)),
            V(("place_type", "rest_room"), ("in_molten_metal_lifting_influence_area", false)), "materiality"),
        new(3, "hazchem", Y2021, "cited_document",
            V(("issuer", "检测公司"), ("conclusion", "不合格"), ("issued_on", new DateOnly(2021, 1, 5))),
            V(("issuer", "检测公司"), ("conclusion", "合格"), ("issued_on", new DateOnly(2021, 1, 5))), "objective", Document: true),
        new(4, "hazchem", Y2021, "storage_tank_area",
            V(("mhi_grade", 1m), ("toxic_or_liquefied_gas", true), ("independent_sis", false), ("emergency_shutoff", true)),
            V(("mhi_grade", 1m), ("toxic_or_liquefied_gas", true), ("independent_sis", true), ("emergency_shutoff", true)), "materiality", ControlsApproved: true),
        new(5, "hazchem", Y2021, "enterprise_management",
            V([("responsibility_system", false), .. CompliantManagement]),
            V([("responsibility_system", true), .. CompliantManagement]), "concealment"),
        new(6, "mining", Y2021, "enterprise_management",
            V(("responsibility_system", true), ("safety_inspection_rules", true), ("hazard_rectification_rules", false)),
            V(("responsibility_system", true), ("safety_inspection_rules", true), ("hazard_rectification_rules", true)), "materiality"),
        new(7, "hazchem", Y2021, "storage_tank_area",
            V(("mhi_grade", 2m), ("emergency_shutoff", false), ("toxic_or_liquefied_gas", false)),
            V(("mhi_grade", 2m), ("emergency_shutoff", true), ("toxic_or_liquefied_gas", false)), "unresolved", ControlsApproved: false),
        new(8, "mining", Y2021, "mine_underground",
            V([("exits_meet_standards_and_design", false), .. CompliantMine]),
            V([("exits_meet_standards_and_design", true), .. CompliantMine]), "concealment"),
        new(9, "pipeline", Y2021, "pipeline_segment",
            V(("pipeline_class", "field_gathering"), ("structures_within_5m", 3m)),
            V(("pipeline_class", "field_gathering"), ("structures_within_5m", 0m)), "materiality"),
        new(10, "pipeline", Y2021, "pipeline_segment",
            V(("pipeline_class", "long_distance"), ("personnel_dense_hca", true), ("video_24h", false), ("medium", "gas"), ("hca_criterion", "a"),
                ("hca_grade", 3m), ("hca_identified_on", new DateOnly(2021, 1, 1)), ("periodic_inspection_done", true), ("structures_within_5m", 0m)),
            V(("pipeline_class", "long_distance")), "concealment"),
        new(11, "metallurgy", Y2021, "steelmaking_furnace",
            V(("cooling_monitoring_alarm", true), ("alarm_interlocked", false)),
            V(("cooling_monitoring_alarm", true), ("alarm_interlocked", true)), "materiality"),
    ];

    private static Report Build(Case c, IReadOnlyList<EvidenceRecord> evidence, bool favourable = true,
        Dictionary<string, object>? reported = null, bool? controlsApproved = null)
    {
        var subject = new CheckedSubject
        {
            Id = "S-1",
            Kind = c.Kind,
            Observed = c.Observed,
            Reported = reported ?? c.Reported,
            ControlsApprovedByRegulator = controlsApproved ?? c.ControlsApproved,
        };
        var document = new CitedDocument { Id = subject.Id, Kind = subject.Kind, Original = subject.Observed, Cited = subject.Reported };
        // Inside the campaign's scope: a smelting project's acceptance evaluation; a pipeline report with the law that
        // sets it recorded. Evidence shows the very facts the report gets wrong (those the case's reported view states otherwise or leaves out).
        List<string> wrong = [.. c.Observed.Where(o => (reported ?? c.Reported)?.TryGetValue(o.Key, out var said) != true || !said!.Equals(o.Value)).Select(o => o.Key)];
        var report = TestData.Report(c.Industry, c.Date, c.Document ? [] : [subject], [.. evidence.Select(e => e.Shows is null ? e with { Shows = wrong } : e)],
            favourable, c.Document ? [document] : null);
        return c.Industry switch
        {
            "metallurgy" => report with { ReportType = "验收评价", Purpose = "acceptance" },
            "pipeline" => report with { StatutoryBasis = "（测试）设定该评价的法律、行政法规或国务院决定" },
            _ => report,
        };
    }

    private static readonly EvidenceRecord Survey = new()
    {
        Id = "E-1", Source = EvidenceSource.AgencySurvey, Description = "agency survey record", Concerns = ["S-1"],
    };

    private static CriterionResult Criterion(Report report, int number)
    {
        var result = TestData.Engine.Evaluate(report);
        result.Diagnostics.Should().NotContain(d => d.Code == "RK5004");
        var determination = result.Determinations.Should().ContainSingle(d => d.List.Id == "henan.zhengzhou-annex4").Subject;
        return determination.Criteria.Single(c => c.Number == number);
    }

    private static Determination Annex4Determination(Report report) =>
        TestData.Engine.Evaluate(report).Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_AllElementsEstablished_CriterionMetAndReportFalse(Case c)
    {
        var report = Build(c, [Survey]);

        var criterion = Criterion(report, c.Criterion);
        var determination = Annex4Determination(report);

        criterion.Outcome.Should().Be(CriterionOutcome.Met);
        criterion.Matches[0].Elements.Should().OnlyContain(e => e.State == ElementState.Established);
        determination.Verdict.Should().Be("false_report");
        determination.VerdictName.Should().Be("虚假");
        determination.Met.Should().Contain(c.Criterion);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_KnowledgeOnlyIndicated_CriterionSuspectedAndNoVerdict(Case c)
    {
        // Without the agency's own records only the verification inspection remains: the agency's
        // knowledge is indicated, not shown. Criterion 3 needs no concealment; for it the enterprise
        // supplied falsified material and whether the agency knew is not established.
        EvidenceRecord evidence = c.Criterion == 3
            ? new() { Id = "E-2", Source = EvidenceSource.EnterpriseMaterial, Description = "copy given by the enterprise", Concerns = ["S-1"], Falsified = true }
            : new() { Id = "E-2", Source = EvidenceSource.Inspection, Description = "campaign inspection", Concerns = ["S-1"] };
        var report = Build(c, [evidence]);

        var criterion = Criterion(report, c.Criterion);
        var determination = Annex4Determination(report);

        criterion.Outcome.Should().Be(CriterionOutcome.Suspected);
        // For criterion 3 falsified material neither shows the agency had the original nor whether it knew of the falsification.
        criterion.Matches[0].Elements.Where(e => e.State == ElementState.Indicated).Select(e => e.Element).Should()
            .Equal(c.Criterion == 3 ? [CriterionElement.Alteration, CriterionElement.Attribution] : [CriterionElement.Concealment]);
        determination.Verdict.Should().BeNull();
        determination.VerdictName.Should().Be("未认定");
        determination.Suspected.Should().Contain(c.Criterion);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_OneElementMissing_CriterionNotMetOnThatElement(Case c)
    {
        var report = c.MissedElement switch
        {
            "concealment" => Build(c, [Survey], reported: c.Observed),               // the report states the problem
            "materiality" => Build(c, [Survey], favourable: false),                    // the conclusion is unfavourable
            "unresolved" => Build(c, [Survey], controlsApproved: true),               // the regulator approved controls
            "objective" => Build(c, [Survey], reported: c.Observed),                  // the citation matches the original
            _ => throw new ArgumentException(c.MissedElement),
        };

        var criterion = Criterion(report, c.Criterion);

        criterion.Outcome.Should().Be(CriterionOutcome.NotMet);
        if (c.MissedElement == "objective")
        {
            criterion.Matches.Should().BeEmpty();
            return;
        }
        var failed = criterion.Matches[0].Elements.Where(e => e.State != ElementState.Established).ToList();
        failed.Should().ContainSingle().Which.Element.ToString().ToLowerInvariant().Should().Be(c.MissedElement);
        failed[0].State.Should().Be(ElementState.NotEstablished);
    }

    [Fact]
    public void Cases_CoverAllElevenCriteria()
    {
        ((IEnumerable<object[]>)Cases).Select(row => ((Case)row[0]).Criterion).ToList().Should().BeEquivalentTo(Enumerable.Range(1, 11));
    }
}
