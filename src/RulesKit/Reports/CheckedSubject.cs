using System.Text.Json.Serialization;

namespace RulesKit.Reports;

/// <summary>
/// A checked subject (a tank area, a distance, a building, a person, a pipeline segment…) with two views
/// of the same typed attributes: what verification found and what the report states.
/// </summary>
public sealed record CheckedSubject
{
    /// <summary>Identifier, unique within the report.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The subject kind, declared by a loaded catalog.</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>A readable name.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>What verification found (实际情况). Values: numbers, booleans, texts or dates (DateOnly).</summary>
    [JsonPropertyName("observed")]
    public IReadOnlyDictionary<string, object> Observed { get; init; } = new Dictionary<string, object>();

    /// <summary>What the report states (报告所述); null when the report does not mention the subject at all.</summary>
    [JsonPropertyName("reported")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, object>? Reported { get; init; }

    /// <summary>
    /// <c>false</c>: the verifier recorded that the report does not mention the subject (报告未提及). Without it and without
    /// <see cref="Reported"/>, the report's silence is only assumed, and the result says so (RK5009).
    /// </summary>
    [JsonPropertyName("inReport")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? InReport { get; init; }

    /// <summary>
    /// For a production or storage unit: what it holds (GB 18218), from which its identification and grade are computed.
    /// </summary>
    [JsonPropertyName("inventory")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SubjectInventory? Inventory { get; init; }

    /// <summary>For a hazard: whether the regulator approved the control measures taken (管控措施经监管部门认可); null when unknown.</summary>
    [JsonPropertyName("controlsApprovedByRegulator")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ControlsApprovedByRegulator { get; init; }
}
