using System.Text.Json.Serialization;
using RulesKit.Reports;

namespace RulesKit.Results;

/// <summary>An evidence record as cited in an explanation.</summary>
public sealed class EvidenceReference
{
    internal EvidenceReference(EvidenceRecord record)
    {
        Id = record.Id;
        Source = record.Source;
        Description = record.Description;
        Falsified = record.Falsified;
        AgencyAware = record.AgencyAware;
    }

    /// <summary>Its id in the report.</summary>
    [JsonPropertyName("id")]
    public string Id { get; }

    /// <summary>Who made it.</summary>
    [JsonPropertyName("source")]
    public EvidenceSource Source { get; }

    /// <summary>What it shows.</summary>
    [JsonPropertyName("description")]
    public string Description { get; }

    /// <summary>Falsified material from the enterprise.</summary>
    [JsonPropertyName("falsified")]
    public bool Falsified { get; }

    /// <summary>Whether the agency knew it was false, when established.</summary>
    [JsonPropertyName("agencyAware")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AgencyAware { get; }
}
