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
}
