using System.Text.Json.Serialization;

namespace RulesKit.Determinations;

/// <summary>A criterion's outcome for a report (or for one match). Which match decides a criterion: RulesKit.Law's Verdicts.Strength.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CriterionOutcome>))]
public enum CriterionOutcome
{
    /// <summary>The criterion does not apply to this report (another industry or report type).</summary>
    [JsonStringEnumMemberName("notApplicable")]
    NotApplicable,

    /// <summary>
    /// It applies but cannot be decided: no standard in force for the report's industry and date feeds it, or nothing
    /// meets it and a fact not recorded could (the diagnostics say which).
    /// </summary>
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
