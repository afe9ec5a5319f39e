using System.Text.Json.Serialization;

namespace RulesKit.Determinations;

/// <summary>A criterion's outcome for a report (or for one nonconformity). Ordered: a higher value is a stronger finding.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CriterionOutcome>))]
public enum CriterionOutcome
{
    /// <summary>The criterion does not apply to this report (another industry or report type).</summary>
    [JsonStringEnumMemberName("notApplicable")]
    NotApplicable,

    /// <summary>It applies, but no standard in force for the report's industry and date feeds it: nothing could be looked at.</summary>
    [JsonStringEnumMemberName("cannotDecide")]
    CannotDecide,

    /// <summary>Looked at, and a required element is not established.</summary>
    [JsonStringEnumMemberName("notMet")]
    NotMet,

    /// <summary>Every required element is established or indicated, at least one only indicated: an expert must judge.</summary>
    [JsonStringEnumMemberName("suspected")]
    Suspected,

    /// <summary>Every required element is established.</summary>
    [JsonStringEnumMemberName("met")]
    Met,
}
