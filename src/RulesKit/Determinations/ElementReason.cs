using System.Text.Json.Serialization;

namespace RulesKit.Determinations;

/// <summary>Why an element has its state; explanations render each in Chinese or English (docs/decisions.md gives the readings).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ElementReason>))]
public enum ElementReason
{
    /// <summary>Objective: the facts breach an item whose text is official.</summary>
    [JsonStringEnumMemberName("objective.official-item")]
    OfficialItem,

    /// <summary>Objective: the facts breach an item whose text is known from transcriptions only (flagged for review).</summary>
    [JsonStringEnumMemberName("objective.transcription-item")]
    TranscriptionItem,

    /// <summary>Objective: the item's text is recalled, not seen: an indication, never a verdict on its own.</summary>
    [JsonStringEnumMemberName("objective.recalled-item")]
    RecalledItem,

    /// <summary>Concealment: the report states the problem.</summary>
    [JsonStringEnumMemberName("concealment.disclosed")]
    ConcealmentDisclosed,

    /// <summary>Concealment: misstated or omitted, and evidence shows the agency knew.</summary>
    [JsonStringEnumMemberName("concealment.knowledge-evidence")]
    KnowledgeEvidence,

    /// <summary>Concealment: misstated or omitted, but no evidence that the agency knew.</summary>
    [JsonStringEnumMemberName("concealment.no-knowledge-evidence")]
    NoKnowledgeEvidence,

    /// <summary>Materiality: the item is not a veto item.</summary>
    [JsonStringEnumMemberName("materiality.not-veto")]
    NotVeto,

    /// <summary>Materiality: a veto item is breached while the conclusion is favourable.</summary>
    [JsonStringEnumMemberName("materiality.veto-favourable")]
    VetoFavourable,

    /// <summary>Materiality: the conclusion is not favourable.</summary>
    [JsonStringEnumMemberName("materiality.unfavourable-conclusion")]
    UnfavourableConclusion,

    /// <summary>Unresolved: the regulator approved the control measures.</summary>
    [JsonStringEnumMemberName("unresolved.controls-approved")]
    ControlsApproved,

    /// <summary>Unresolved: not eliminated, and the controls are not approved by the regulator.</summary>
    [JsonStringEnumMemberName("unresolved.controls-not-approved")]
    ControlsNotApproved,

    /// <summary>Unresolved: the hazard exists and no approval of controls is recorded.</summary>
    [JsonStringEnumMemberName("unresolved.no-approval-recorded")]
    NoApprovalRecorded,

    /// <summary>Omission: the report leaves the problem out.</summary>
    [JsonStringEnumMemberName("omission.omitted")]
    Omitted,

    /// <summary>Omission: the report assesses the problem.</summary>
    [JsonStringEnumMemberName("omission.disclosed")]
    OmissionDisclosed,

    /// <summary>Omission: the report assesses it, wrongly (a misstatement, not an omission).</summary>
    [JsonStringEnumMemberName("omission.misstated")]
    OmissionMisstated,

    /// <summary>Misreported: the report states it correctly.</summary>
    [JsonStringEnumMemberName("misreported.disclosed")]
    MisreportedDisclosed,

    /// <summary>Misreported: the report leaves it out.</summary>
    [JsonStringEnumMemberName("misreported.omitted")]
    MisreportedOmitted,

    /// <summary>Misreported: the report states it otherwise than it is.</summary>
    [JsonStringEnumMemberName("misreported.misstated")]
    MisreportedMisstated,

    /// <summary>Attribution: stated in the report; nothing to attribute.</summary>
    [JsonStringEnumMemberName("attribution.disclosed")]
    AttributionDisclosed,

    /// <summary>Attribution: the agency answers for its report.</summary>
    [JsonStringEnumMemberName("attribution.agency")]
    AgencyAnswers,

    /// <summary>Attribution: the enterprise supplied falsified material the agency did not know of.</summary>
    [JsonStringEnumMemberName("attribution.enterprise-falsified")]
    EnterpriseFalsified,

    /// <summary>Attribution: falsified material, and whether the agency knew is not established.</summary>
    [JsonStringEnumMemberName("attribution.falsified-awareness-unknown")]
    FalsifiedAwarenessUnknown,

    /// <summary>Materiality: not a veto item, but the verifying experts found that the breach changes the favourable conclusion.</summary>
    [JsonStringEnumMemberName("materiality.expert-review")]
    ExpertReviewFindsMaterial,

    /// <summary>Objective: the facts the item needs are not all recorded; recorded one way, the item is breached.</summary>
    [JsonStringEnumMemberName("objective.facts-missing")]
    FactsMissing,

    /// <summary>Objective: the facts a recalled item needs are not all recorded; being recalled, it could make a criterion at most suspected.</summary>
    [JsonStringEnumMemberName("objective.facts-missing-recalled")]
    FactsMissingRecalledItem,

    /// <summary>The agency's records concern the subject, but none shows the fact the report contradicts or leaves out.</summary>
    [JsonStringEnumMemberName("concealment.evidence-not-of-the-fact")]
    EvidenceNotOfTheFact,

    /// <summary>Evidence shows the agency had the original value the report cites otherwise.</summary>
    [JsonStringEnumMemberName("alteration.original-held")]
    OriginalHeld,

    /// <summary>No evidence shows the agency had the original value: a difference, not shown to be an alteration.</summary>
    [JsonStringEnumMemberName("alteration.original-not-shown")]
    OriginalNotShown,
}
