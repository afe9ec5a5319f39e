using System.Text.Json.Serialization;

namespace RulesKit.Campaign.Ledger;

/// <summary>What an enforcement action was, as 附件2 counts it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EnforcementType>))]
public enum EnforcementType
{
    /// <summary>下达执法文书 (one document, 份).</summary>
    [JsonStringEnumMemberName("document")]
    Document,

    /// <summary>行政处罚 (次), with its fine in 万元.</summary>
    [JsonStringEnumMemberName("penalty")]
    Penalty,

    /// <summary>责令停业整顿 (家次).</summary>
    [JsonStringEnumMemberName("suspension")]
    Suspension,

    /// <summary>吊销评价机构资质证书 (个).</summary>
    [JsonStringEnumMemberName("revocation")]
    Revocation,

    /// <summary>纳入“黑名单” (家: distinct units).</summary>
    [JsonStringEnumMemberName("blacklist")]
    Blacklist,

    /// <summary>对采信虚假报告的行政许可（验收、备案）依法处理 (家次).</summary>
    [JsonStringEnumMemberName("approval_handled")]
    ApprovalHandled,

    /// <summary>媒体曝光 (家次).</summary>
    [JsonStringEnumMemberName("media")]
    Media,

    /// <summary>
    /// 提请资质认可机关吊销资质证书: a county or city asking the province, which alone revokes (应急管理部令第1号 第三条:
    /// 省级应急管理部门是资质认可机关). Counted in no column of 附件2: a certificate is revoked when the province revokes it.
    /// </summary>
    [JsonStringEnumMemberName("revocation_request")]
    RevocationRequest,
}
