using System.Text.Json.Serialization;

namespace RulesKit.Determinations;

/// <summary>The elements a criterion can require (docs/decisions.md gives the reading of each).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CriterionElement>))]
public enum CriterionElement
{
    /// <summary>A nonconformity of a counted category exists (客观要件).</summary>
    [JsonStringEnumMemberName("objective")]
    Objective,

    /// <summary>The report misstated or omitted it, and evidence shows the agency knew (故意隐瞒).</summary>
    [JsonStringEnumMemberName("concealment")]
    Concealment,

    /// <summary>A veto item is breached while the conclusion is favourable (影响评价结论).</summary>
    [JsonStringEnumMemberName("materiality")]
    Materiality,

    /// <summary>The hazard is not eliminated, or its controls are not approved by the regulator (未消除或管控未经认可).</summary>
    [JsonStringEnumMemberName("unresolved")]
    Unresolved,

    /// <summary>The report is silent on it (漏项未做评价).</summary>
    [JsonStringEnumMemberName("omission")]
    Omission,

    /// <summary>The report misstated or omitted it, with or without intent (与实际不符: the 失实 reading).</summary>
    [JsonStringEnumMemberName("misreported")]
    Misreported,

    /// <summary>The agency answers for the report (not misled by material the enterprise falsified); checked for every criterion.</summary>
    [JsonStringEnumMemberName("attribution")]
    Attribution,

    /// <summary>A cited document was deliberately altered: evidence shows the agency had the original value it changed (伪造、篡改).</summary>
    [JsonStringEnumMemberName("alteration")]
    Alteration,
}
