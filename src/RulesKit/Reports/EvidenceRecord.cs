using System.Text.Json.Serialization;

namespace RulesKit.Reports;

/// <summary>An evidence record and the subjects it concerns.</summary>
public sealed record EvidenceRecord
{
    /// <summary>In <see cref="Shows"/>: the subject exists as verification found it (what a report that leaves it out contradicts).</summary>
    public const string Exists = "exists";

    /// <summary>Identifier, unique within the report.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Who made it.</summary>
    [JsonPropertyName("source")]
    public required EvidenceSource Source { get; init; }

    /// <summary>What it records, in words.</summary>
    [JsonPropertyName("description")]
    public required string Description { get; init; }

    /// <summary>Ids of the subjects or documents it concerns.</summary>
    [JsonPropertyName("concerns")]
    public IReadOnlyList<string> Concerns { get; init; } = [];

    /// <summary>
    /// The facts it records of those subjects: their attribute names (<c>exists</c> for the subject's existence). What
    /// the agency knew is read only from evidence that shows the very fact the report contradicts or leaves out.
    /// </summary>
    [JsonPropertyName("shows")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Shows { get; init; }

    /// <summary>Who made the record (a person, a unit), when recorded.</summary>
    [JsonPropertyName("by")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? By { get; init; }

    /// <summary>When it was made, when recorded.</summary>
    [JsonPropertyName("on")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? On { get; init; }

    /// <summary>Its form (勘验笔录, 询问笔录, 现场照片, 书证…), when recorded.</summary>
    [JsonPropertyName("form")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Form { get; init; }

    /// <summary>Whether a copy was checked against its original (原件核对); null when not recorded.</summary>
    [JsonPropertyName("originalChecked")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? OriginalChecked { get; init; }

    /// <summary>For enterprise material: the material was falsified by the enterprise.</summary>
    [JsonPropertyName("falsified")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Falsified { get; init; }

    /// <summary>For falsified material: whether the agency knew it was false; null when not established.</summary>
    [JsonPropertyName("agencyAware")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AgencyAware { get; init; }
}
