using System.Text.Json.Serialization;

namespace RulesKit.Determinations;

/// <summary>Whether a determination list governs a report at all (docs/decisions.md, "Each list for the reports it governs").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Applicability>))]
public enum Applicability
{
    /// <summary>The list governs the report: its verdict stands.</summary>
    [JsonStringEnumMemberName("applies")]
    Applies,

    /// <summary>The report is outside the list's scope (五、有关说明): 不适用, never a verdict.</summary>
    [JsonStringEnumMemberName("out-of-scope")]
    OutOfScope,

    /// <summary>The campaign did not check the report during its days: its list does not govern it (不适用).</summary>
    [JsonStringEnumMemberName("outside-check-period")]
    OutsideCheckPeriod,

    /// <summary>The scope admits the report only if a law sets the assessment, and none is recorded: no verdict until it is.</summary>
    [JsonStringEnumMemberName("scope-unknown")]
    ScopeUnknown,

    /// <summary>When the campaign checked the report is not recorded: no verdict until it is.</summary>
    [JsonStringEnumMemberName("check-date-unknown")]
    CheckDateUnknown,
}
