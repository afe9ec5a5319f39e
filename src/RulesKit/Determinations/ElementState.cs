using System.Text.Json.Serialization;

namespace RulesKit.Determinations;

/// <summary>The state of one element of a criterion.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ElementState>))]
public enum ElementState
{
    /// <summary>The facts do not establish it.</summary>
    [JsonStringEnumMemberName("notEstablished")]
    NotEstablished,

    /// <summary>Indicated but not established (e.g. a misstatement without evidence that the agency knew).</summary>
    [JsonStringEnumMemberName("indicated")]
    Indicated,

    /// <summary>Established by the facts.</summary>
    [JsonStringEnumMemberName("established")]
    Established,

    /// <summary>Open: a fact it needs is not recorded (a fact not recorded is unknown, never false).</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}
