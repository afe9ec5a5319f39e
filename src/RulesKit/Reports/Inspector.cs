using System.Text.Json.Serialization;

namespace RulesKit.Reports;

/// <summary>A person who checked a report or made an inspection, as a case file names them.</summary>
public sealed record Inspector
{
    /// <summary>Name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Enforcement certificate number (执法证号), when recorded.</summary>
    [JsonPropertyName("certificate")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Certificate { get; init; }
}
