using System.Text.Json.Serialization;

namespace RulesKit.Determinations;

/// <summary>How the report dealt with a nonconformity that verification found (the design's disclosure table).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Disclosure>))]
public enum Disclosure
{
    /// <summary>The reported view violates too: the report acknowledged the problem.</summary>
    [JsonStringEnumMemberName("disclosed")]
    Disclosed,

    /// <summary>The reported view complies or differs: the report presents the fact otherwise.</summary>
    [JsonStringEnumMemberName("misstated")]
    Misstated,

    /// <summary>The report is silent: the subject or attribute is missing from it.</summary>
    [JsonStringEnumMemberName("omitted")]
    Omitted,
}
