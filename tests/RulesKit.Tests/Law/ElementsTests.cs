using RulesKit.Catalogs;
using RulesKit.Law;
using static RulesKit.Tests.Law.LawCases;

namespace RulesKit.Tests.Law;

/// <summary>Each element's reading, case by case (docs/decisions.md, "Elements").</summary>
public class ElementsTests
{
    [Theory]
    [InlineData(Confidence.Official, ElementState.Established, ElementReason.OfficialItem)]
    [InlineData(Confidence.Transcription, ElementState.Established, ElementReason.TranscriptionItem)]
    [InlineData(Confidence.Recalled, ElementState.Indicated, ElementReason.RecalledItem)]
    public void Objective_ByTheItemsConfidence(Confidence confidence, ElementState state, ElementReason reason)
    {
        var result = Elements.Objective(Found(Disclosure.Misstated) with { Item = Item(confidence) });
        (result.State, result.Reason).Should().Be((state, reason));
    }

    public static TheoryData<Disclosure, EvidenceRecord[], ElementState, ElementReason> ConcealmentCases => new()
    {
        { Disclosure.Disclosed, [Evidence(EvidenceSource.AgencySurvey)], ElementState.NotEstablished, ElementReason.ConcealmentDisclosed },
        { Disclosure.Misstated, [Evidence(EvidenceSource.AgencySurvey)], ElementState.Established, ElementReason.KnowledgeEvidence },
        { Disclosure.Omitted, [Evidence(EvidenceSource.AgencyPhoto)], ElementState.Established, ElementReason.KnowledgeEvidence },
        { Disclosure.Misstated, [Evidence(EvidenceSource.NoticeServed)], ElementState.Established, ElementReason.KnowledgeEvidence },
        { Disclosure.Misstated, [Evidence(EvidenceSource.EnterpriseMaterial)], ElementState.Established, ElementReason.KnowledgeEvidence },
        { Disclosure.Misstated, [Evidence(EvidenceSource.EnterpriseMaterial, falsified: true, aware: true)], ElementState.Established, ElementReason.KnowledgeEvidence },
        { Disclosure.Misstated, [Evidence(EvidenceSource.EnterpriseMaterial, falsified: true)], ElementState.Indicated, ElementReason.NoKnowledgeEvidence },
        { Disclosure.Misstated, [Evidence(EvidenceSource.Inspection)], ElementState.Indicated, ElementReason.NoKnowledgeEvidence },
        { Disclosure.Misstated, [Evidence(EvidenceSource.ExpertReview)], ElementState.Indicated, ElementReason.NoKnowledgeEvidence },
        { Disclosure.Omitted, [], ElementState.Indicated, ElementReason.NoKnowledgeEvidence },
    };

    [Theory]
    [MemberData(nameof(ConcealmentCases))]
    public void Concealment_ByDisclosureAndEvidence(Disclosure disclosure, EvidenceRecord[] evidence, ElementState state, ElementReason reason)
    {
        var result = Elements.Concealment(Found(disclosure, evidence));
        (result.State, result.Reason).Should().Be((state, reason));
    }

    [Theory]
    [InlineData(false, true, false, ElementState.NotEstablished, ElementReason.UnfavourableConclusion)]
    [InlineData(true, true, false, ElementState.Established, ElementReason.VetoFavourable)]
    [InlineData(true, false, true, ElementState.Established, ElementReason.ExpertReviewFindsMaterial)]
    [InlineData(true, false, false, ElementState.NotEstablished, ElementReason.NotVeto)]
    public void Materiality_ByConclusionVetoAndExpertReview(bool favourable, bool veto, bool expertReview, ElementState state, ElementReason reason)
    {
        EvidenceRecord[] evidence = expertReview ? [Evidence(EvidenceSource.ExpertReview)] : [];
        var result = Elements.Materiality(Found(Disclosure.Misstated, evidence) with { Item = Item(veto: veto), Report = Report(favourable) });
        (result.State, result.Reason).Should().Be((state, reason));
    }

    [Theory]
    [InlineData(true, ElementState.NotEstablished, ElementReason.ControlsApproved)]
    [InlineData(false, ElementState.Established, ElementReason.ControlsNotApproved)]
    [InlineData(null, ElementState.Established, ElementReason.NoApprovalRecorded)]
    public void Unresolved_ByTheRegulatorsApproval(bool? approved, ElementState state, ElementReason reason)
    {
        var result = Elements.Unresolved(Found(Disclosure.Misstated) with { ControlsApprovedByRegulator = approved });
        (result.State, result.Reason).Should().Be((state, reason));
    }

    [Theory]
    [InlineData(Disclosure.Omitted, ElementState.Established, ElementState.Established)]
    [InlineData(Disclosure.Misstated, ElementState.NotEstablished, ElementState.Established)]
    [InlineData(Disclosure.Disclosed, ElementState.NotEstablished, ElementState.NotEstablished)]
    public void OmissionAndMisreported_ByDisclosure(Disclosure disclosure, ElementState omission, ElementState misreported)
    {
        Elements.Omission(Found(disclosure)).State.Should().Be(omission);
        Elements.Misreported(Found(disclosure)).State.Should().Be(misreported);
    }

    public static TheoryData<Disclosure, EvidenceRecord[], ElementState, ElementReason> AttributionCases => new()
    {
        { Disclosure.Disclosed, [Evidence(EvidenceSource.EnterpriseMaterial, falsified: true, aware: false)], ElementState.Established, ElementReason.AttributionDisclosed },
        { Disclosure.Misstated, [], ElementState.Established, ElementReason.AgencyAnswers },
        { Disclosure.Misstated, [Evidence(EvidenceSource.EnterpriseMaterial, falsified: true, aware: false)], ElementState.NotEstablished, ElementReason.EnterpriseFalsified },
        { Disclosure.Misstated, [Evidence(EvidenceSource.EnterpriseMaterial, falsified: true)], ElementState.Indicated, ElementReason.FalsifiedAwarenessUnknown },
        // the agency's own survey shows it knew the truth all the same
        { Disclosure.Misstated, [Evidence(EvidenceSource.EnterpriseMaterial, falsified: true, aware: false), Evidence(EvidenceSource.AgencySurvey, "E2")], ElementState.Established, ElementReason.AgencyAnswers },
    };

    [Theory]
    [MemberData(nameof(AttributionCases))]
    public void Attribution_ByFalsifiedMaterialAndWhatTheAgencyKnew(Disclosure disclosure, EvidenceRecord[] evidence, ElementState state, ElementReason reason)
    {
        var result = Elements.Attribution(Found(disclosure, evidence));
        (result.State, result.Reason).Should().Be((state, reason));
    }

    [Fact]
    public void Assess_ObjectiveFirstThenTheRequiredThenAttribution()
    {
        var criterion = Criterion(7, requires: [CriterionElement.Objective, CriterionElement.Unresolved, CriterionElement.Concealment, CriterionElement.Materiality]);
        Elements.Assess(criterion, Found(Disclosure.Omitted)).Select(e => e.Element).Should().Equal(
            CriterionElement.Objective, CriterionElement.Unresolved, CriterionElement.Concealment, CriterionElement.Materiality, CriterionElement.Attribution);
    }
}
