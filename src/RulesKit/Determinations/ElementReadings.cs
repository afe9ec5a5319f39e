using RulesKit.Catalogs;
using RulesKit.Compilation;
using RulesKit.Facts;

namespace RulesKit.Determinations;

/// <summary>
/// The legal mechanics shared by every determination list, in one place: how the elements of a
/// criterion are read from a nonconformity, its evidence and the report's conclusion. Each reading
/// is explained in docs/decisions.md; the reason codes below are what explanations print.
/// </summary>
internal static class ElementReadings
{
    /// <summary>Evidence that shows the agency knew the real state of a subject.</summary>
    public static bool ShowsKnowledge(EvidenceRecord e) => e.Source switch
    {
        EvidenceSource.AgencySurvey or EvidenceSource.AgencyPhoto or EvidenceSource.NoticeServed => true,
        // Genuine material the enterprise handed over tells the agency the truth; falsified material
        // does so only when the agency knew it was false.
        EvidenceSource.EnterpriseMaterial => !e.Falsified || e.AgencyAware == true,
        _ => false,
    };

    public static ElementResult Objective(Nonconformity n) => n.Item.Verified
        ? new("objective", ElementState.Established, "objective.verified-item", [])
        // An unverified item may point at a problem but never decides a verdict on its own.
        : new("objective", ElementState.Indicated, "objective.unverified-item", []);

    public static ElementResult Concealment(Nonconformity n)
    {
        if (n.Disclosure == Disclosure.Disclosed)
            return new("concealment", ElementState.NotEstablished, "concealment.disclosed", []);
        var knowledge = n.Subject.Evidence.Where(ShowsKnowledge).Select(e => e.Id).ToList();
        return knowledge.Count > 0
            ? new("concealment", ElementState.Established, "concealment.knowledge-evidence", knowledge)
            : new("concealment", ElementState.Indicated, "concealment.no-knowledge-evidence", []);
    }

    public static ElementResult Materiality(Nonconformity n, Report report)
    {
        if (!n.Item.Veto)
            return new("materiality", ElementState.NotEstablished, "materiality.not-veto", []);
        return report.Conclusion.Favourable
            ? new("materiality", ElementState.Established, "materiality.veto-favourable", [])
            : new("materiality", ElementState.NotEstablished, "materiality.unfavourable-conclusion", []);
    }

    public static ElementResult Unresolved(Nonconformity n) => n.Subject.Source.ControlsApprovedByRegulator switch
    {
        true => new("unresolved", ElementState.NotEstablished, "unresolved.controls-approved", []),
        false => new("unresolved", ElementState.Established, "unresolved.controls-not-approved", []),
        // The hazard exists (observed view); absent a recorded approval it is not controlled as required.
        null => new("unresolved", ElementState.Established, "unresolved.no-approval-recorded", []),
    };

    /// <summary>The report is silent on the problem (漏项未做评价): omitted, not misstated or disclosed.</summary>
    public static ElementResult Omission(Nonconformity n) => n.Disclosure == Disclosure.Omitted
        ? new("omission", ElementState.Established, "omission.omitted", [])
        : new("omission", ElementState.NotEstablished, n.Disclosure == Disclosure.Disclosed ? "omission.disclosed" : "omission.misstated", []);

    /// <summary>The report got it wrong (misstated or omitted), with or without intent: the 失实 reading.</summary>
    public static ElementResult Misreported(Nonconformity n) => n.Disclosure == Disclosure.Disclosed
        ? new("misreported", ElementState.NotEstablished, "misreported.disclosed", [])
        : new("misreported", ElementState.Established, n.Disclosure == Disclosure.Omitted ? "misreported.omitted" : "misreported.misstated", []);

    /// <summary>
    /// Whether the agency answers for the misstatement at all: not when the enterprise gave it falsified
    /// material without its knowledge (the enterprise's violation); unclear when its knowledge is not known.
    /// Checked for every criterion, whether or not it requires concealment.
    /// </summary>
    public static ElementResult Attribution(Nonconformity n)
    {
        if (n.Disclosure == Disclosure.Disclosed)
            return new("attribution", ElementState.Established, "attribution.disclosed", []);
        var falsified = n.Subject.Evidence.Where(e => e.Source == EvidenceSource.EnterpriseMaterial && e.Falsified).ToList();
        if (falsified.Count == 0 || n.Subject.Evidence.Any(ShowsKnowledge))
            return new("attribution", ElementState.Established, "attribution.agency", []);
        var ids = falsified.Select(e => e.Id).ToList();
        return falsified.All(e => e.AgencyAware == false)
            ? new("attribution", ElementState.NotEstablished, "attribution.enterprise-falsified", ids)
            : new("attribution", ElementState.Indicated, "attribution.falsified-awareness-unknown", ids);
    }

    public static IReadOnlyList<ElementResult> Assess(Criterion criterion, Nonconformity n)
    {
        var elements = new List<ElementResult>(5) { Objective(n) };
        foreach (var required in criterion.Requires)
        {
            switch (required)
            {
                case CriterionElement.Concealment: elements.Add(Concealment(n)); break;
                case CriterionElement.Materiality: elements.Add(Materiality(n, n.Subject.Report.Report)); break;
                case CriterionElement.Unresolved: elements.Add(Unresolved(n)); break;
                case CriterionElement.Omission: elements.Add(Omission(n)); break;
                case CriterionElement.Misreported: elements.Add(Misreported(n)); break;
            }
        }
        elements.Add(Attribution(n));
        return elements;
    }

    /// <summary>Met when all are established; suspected when none fails and some are only indicated.</summary>
    public static CriterionOutcome Outcome(IReadOnlyList<ElementResult> elements)
    {
        if (elements.Any(e => e.State == ElementState.NotEstablished))
            return CriterionOutcome.NotMet;
        return elements.All(e => e.State == ElementState.Established) ? CriterionOutcome.Met : CriterionOutcome.Suspected;
    }
}
