using System.Text.Json.Serialization;

namespace RulesKit.Reports;

/// <summary>An evidence record and the subjects it concerns.</summary>
public sealed record EvidenceRecord
{
    /// <summary>Identifier, unique within the report.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Who made it.</summary>
    [JsonPropertyName("source")]
    public required EvidenceSource Source { get; init; }

    /// <summary>What it shows.</summary>
    [JsonPropertyName("description")]
    public required string Description { get; init; }

    /// <summary>Ids of the subjects or documents it concerns.</summary>
    [JsonPropertyName("concerns")]
    public IReadOnlyList<string> Concerns { get; init; } = [];

    /// <summary>For enterprise material: the material was falsified by the enterprise.</summary>
    [JsonPropertyName("falsified")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Falsified { get; init; }

    /// <summary>For falsified material: whether the agency knew it was false; null when not established.</summary>
    [JsonPropertyName("agencyAware")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AgencyAware { get; init; }
}
