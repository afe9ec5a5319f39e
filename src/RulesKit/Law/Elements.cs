using System.Collections.Immutable;
using RulesKit.Catalogs;
using RulesKit.Determinations;
using RulesKit.Reports;

namespace RulesKit.Law;

/// <summary>
/// How each element of a criterion is read from a finding, its evidence and the report's conclusion: the legal
/// mechanics shared by every determination list. docs/decisions.md, "Elements", gives the words each reading rests on.
/// </summary>
internal static class Elements
{
    private static readonly ImmutableArray<string> None = [];

    /// <summary>Evidence that shows the agency knew the real state of a subject.</summary>
    public static bool ShowsKnowledge(EvidenceRecord e) => e.Source switch
    {
        EvidenceSource.AgencySurvey or EvidenceSource.AgencyPhoto or EvidenceSource.NoticeServed => true,
        // Genuine material the enterprise handed over tells the agency the truth; falsified material
        // does so only when the agency knew it was false.
        EvidenceSource.EnterpriseMaterial => !e.Falsified || e.AgencyAware == true,
        _ => false,
    };

    // The same few results recur on every report: shared, since results are immutable.
    private static readonly ElementResult ObjectiveOfficial = new(CriterionElement.Objective, ElementState.Established, ElementReason.OfficialItem, None);
    private static readonly ElementResult ObjectiveTranscription = new(CriterionElement.Objective, ElementState.Established, ElementReason.TranscriptionItem, None);
    private static readonly ElementResult ObjectiveRecalled = new(CriterionElement.Objective, ElementState.Indicated, ElementReason.RecalledItem, None);

    private static readonly ElementResult ObjectiveUnknown = new(CriterionElement.Objective, ElementState.Unknown, ElementReason.FactsMissing, None);
    private static readonly ElementResult ObjectiveUnknownRecalled = new(CriterionElement.Objective, ElementState.Unknown, ElementReason.FactsMissingRecalledItem, None);

    /// <summary>
    /// Official and transcription texts establish the objective element; a recalled text only indicates it; a breach the
    /// facts recorded leave open is unknown (the finding names the facts missing).
    /// </summary>
    public static ElementResult Objective(IFinding n) => n.Undecided
        ? n.Item.Confidence == Confidence.Recalled ? ObjectiveUnknownRecalled : ObjectiveUnknown
        : n.Item.Confidence switch
    {
        Confidence.Official => ObjectiveOfficial,
        Confidence.Transcription => ObjectiveTranscription,
        _ => ObjectiveRecalled,
    };

    /// <summary>
    /// Evidence of the agency's knowledge of the very fact the report contradicts or leaves out: a record the agency had
    /// (<see cref="ShowsKnowledge"/>) that shows one of <paramref name="n"/>'s contradicted facts. A record that merely
    /// concerns the same subject shows nothing of what the agency knew about that fact.
    /// </summary>
    public static bool KnowsTheFact(EvidenceRecord e, IFinding n)
    {
        if (!ShowsKnowledge(e) || e.Shows is not { Count: > 0 } shows)
            return false;
        foreach (var fact in shows)
            if (n.Contradicted.Contains(fact))
                return true;
        return false;
    }

    /// <summary>
    /// 故意隐瞒: not established when the report disclosed the problem; established when it misstated or omitted it and
    /// evidence shows the agency had the very fact (<see cref="KnowsTheFact"/>); otherwise only indicated — an honest
    /// mistake and a concealment look the same without it.
    /// </summary>
    public static ElementResult Concealment(IFinding n)
    {
        if (n.Disclosure == Disclosure.Disclosed)
            return new(CriterionElement.Concealment, ElementState.NotEstablished, ElementReason.ConcealmentDisclosed, None);
        ImmutableArray<string> knowledge = [.. n.Evidence.Where(e => KnowsTheFact(e, n)).Select(e => e.Id)];
        if (knowledge.Length > 0)
            return new(CriterionElement.Concealment, ElementState.Established, ElementReason.KnowledgeEvidence, knowledge);
        ImmutableArray<string> near = [.. n.Evidence.Where(ShowsKnowledge).Select(e => e.Id)];
        return near.Length > 0
            ? new(CriterionElement.Concealment, ElementState.Indicated, ElementReason.EvidenceNotOfTheFact, near)
            : new(CriterionElement.Concealment, ElementState.Indicated, ElementReason.NoKnowledgeEvidence, None);
    }

    /// <summary>
    /// 伪造、篡改 of a cited document: deliberate acts. Established when evidence shows the agency had the original's value
    /// that the report cites changed (<see cref="KnowsTheFact"/>: the enterprise's genuine material, the agency's own
    /// records); otherwise only indicated — a difference alone may be a slip or a paraphrase.
    /// </summary>
    public static ElementResult Alteration(IFinding n)
    {
        ImmutableArray<string> held = [.. n.Evidence.Where(e => KnowsTheFact(e, n)).Select(e => e.Id)];
        return held.Length > 0
            ? new(CriterionElement.Alteration, ElementState.Established, ElementReason.OriginalHeld, held)
            : new(CriterionElement.Alteration, ElementState.Indicated, ElementReason.OriginalNotShown, None);
    }

    public static ElementResult Materiality(IFinding n)
    {
        if (!n.Report.Conclusion.Favourable)
            return new(CriterionElement.Materiality, ElementState.NotEstablished, ElementReason.UnfavourableConclusion, None);
        if (n.Item.Veto)
            return new(CriterionElement.Materiality, ElementState.Established, ElementReason.VetoFavourable, None);
        // A breach of an ordinary item affects the conclusion only where the verifying experts say so.
        ImmutableArray<string> review = [.. n.Evidence.Where(e => e.Source == EvidenceSource.ExpertReview).Select(e => e.Id)];
        return review.Length > 0
            ? new(CriterionElement.Materiality, ElementState.Established, ElementReason.ExpertReviewFindsMaterial, review)
            : new(CriterionElement.Materiality, ElementState.NotEstablished, ElementReason.NotVeto, None);
    }

    public static ElementResult Unresolved(IFinding n) => n.ControlsApprovedByRegulator switch
    {
        true => new(CriterionElement.Unresolved, ElementState.NotEstablished, ElementReason.ControlsApproved, None),
        false => new(CriterionElement.Unresolved, ElementState.Established, ElementReason.ControlsNotApproved, None),
        // The hazard exists (observed view); absent a recorded approval it is not controlled as required.
        null => new(CriterionElement.Unresolved, ElementState.Established, ElementReason.NoApprovalRecorded, None),
    };

    /// <summary>The report is silent on the problem (漏项未做评价): omitted, not misstated or disclosed.</summary>
    public static ElementResult Omission(IFinding n) => n.Disclosure switch
    {
        Disclosure.Omitted => new(CriterionElement.Omission, ElementState.Established, ElementReason.Omitted, None),
        Disclosure.Disclosed => new(CriterionElement.Omission, ElementState.NotEstablished, ElementReason.OmissionDisclosed, None),
        _ => new(CriterionElement.Omission, ElementState.NotEstablished, ElementReason.OmissionMisstated, None),
    };

    /// <summary>The report got it wrong (misstated or omitted), with or without intent: the 失实 reading.</summary>
    public static ElementResult Misreported(IFinding n) => n.Disclosure switch
    {
        Disclosure.Disclosed => new(CriterionElement.Misreported, ElementState.NotEstablished, ElementReason.MisreportedDisclosed, None),
        Disclosure.Omitted => new(CriterionElement.Misreported, ElementState.Established, ElementReason.MisreportedOmitted, None),
        _ => new(CriterionElement.Misreported, ElementState.Established, ElementReason.MisreportedMisstated, None),
    };

    /// <summary>
    /// Whether the agency answers for the misstatement at all: not when the enterprise gave it falsified
    /// material without its knowledge (the enterprise's violation); unclear when its knowledge is not known.
    /// Checked for every criterion, whether or not it requires concealment.
    /// </summary>
    public static ElementResult Attribution(IFinding n)
    {
        if (n.Disclosure == Disclosure.Disclosed)
            return new(CriterionElement.Attribution, ElementState.Established, ElementReason.AttributionDisclosed, None);
        var falsified = n.Evidence.Where(e => e.Source == EvidenceSource.EnterpriseMaterial && e.Falsified).ToList();
        if (falsified.Count == 0 || n.Evidence.Any(e => KnowsTheFact(e, n)))
            return new(CriterionElement.Attribution, ElementState.Established, ElementReason.AgencyAnswers, None);
        ImmutableArray<string> ids = [.. falsified.Select(e => e.Id)];
        return falsified.All(e => e.AgencyAware == false)
            ? new(CriterionElement.Attribution, ElementState.NotEstablished, ElementReason.EnterpriseFalsified, ids)
            : new(CriterionElement.Attribution, ElementState.Indicated, ElementReason.FalsifiedAwarenessUnknown, ids);
    }

    public static IReadOnlyList<ElementResult> Assess(Criterion criterion, IFinding n)
    {
        var elements = new List<ElementResult>(criterion.Requires.Length + 1) { Objective(n) };
        foreach (var required in criterion.Requires)
        {
            switch (required)
            {
                case CriterionElement.Concealment: elements.Add(Concealment(n)); break;
                case CriterionElement.Materiality: elements.Add(Materiality(n)); break;
                case CriterionElement.Unresolved: elements.Add(Unresolved(n)); break;
                case CriterionElement.Omission: elements.Add(Omission(n)); break;
                case CriterionElement.Misreported: elements.Add(Misreported(n)); break;
                case CriterionElement.Alteration: elements.Add(Alteration(n)); break;
            }
        }
        // Attribution asks whether the agency answers for what its report got wrong: nothing to ask when the report
        // disclosed the problem, or for an inspection record, which has no report.
        if (!n.Report.IsInspection && n.Disclosure != Disclosure.Disclosed)
            elements.Add(Attribution(n));
        return elements;
    }
}
