using System.Text.Json.Serialization;

namespace RulesKit.Results;

/// <summary>What an item's test gives on one view of a subject (why / why not).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ViewOutcome>))]
public enum ViewOutcome
{
    /// <summary>The condition holds: the view shows a breach.</summary>
    [JsonStringEnumMemberName("violates")]
    Violates,

    /// <summary>The condition does not hold.</summary>
    [JsonStringEnumMemberName("complies")]
    Complies,

    /// <summary>The view lacks an attribute the condition reads.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,

    /// <summary>The condition failed at run time (a missing lookup row, a division by zero).</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>Comparison items: the view holds the subject or value shown.</summary>
    [JsonStringEnumMemberName("present")]
    Present,

    /// <summary>The report does not mention the subject.</summary>
    [JsonStringEnumMemberName("absent")]
    Absent,
}
