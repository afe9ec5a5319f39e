using System.Text.Json.Serialization;

namespace RulesKit.Reports;

/// <summary>Who made an evidence record.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceSource>))]
public enum EvidenceSource
{
    /// <summary>The agency's own site-survey records or notes (现场勘验记录).</summary>
    [JsonStringEnumMemberName("agency_survey")]
    AgencySurvey,

    /// <summary>The agency's photos or video of the site (勘验影像).</summary>
    [JsonStringEnumMemberName("agency_photo")]
    AgencyPhoto,

    /// <summary>Material the enterprise gave the agency.</summary>
    [JsonStringEnumMemberName("enterprise_material")]
    EnterpriseMaterial,

    /// <summary>A notice served on the agency (e.g. a regulator's rectification notice).</summary>
    [JsonStringEnumMemberName("notice_served")]
    NoticeServed,

    /// <summary>The verifying inspection itself: shows facts, not what the agency knew.</summary>
    [JsonStringEnumMemberName("inspection")]
    Inspection,

    /// <summary>
    /// The verifying experts' finding (专家核查意见) that the breach changes the report's conclusion: what makes a
    /// breach of an item that is not a veto item "affect the conclusion". Shows nothing about what the agency knew.
    /// </summary>
    [JsonStringEnumMemberName("expert_review")]
    ExpertReview,
}
