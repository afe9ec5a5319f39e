using System.Text.Json.Serialization;

namespace RulesKit.Reports;

/// <summary>A document the report cites (a third-party report, the enterprise's material): the original and the report's citation of it.</summary>
public sealed record CitedDocument
{
    /// <summary>Identifier, unique within the report (shared with the subjects).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The document kind, declared by a loaded catalog.</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>A readable name.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>What the original says.</summary>
    [JsonPropertyName("original")]
    public IReadOnlyDictionary<string, object> Original { get; init; } = new Dictionary<string, object>();

    /// <summary>What the report cites it as saying; null when the report does not cite it.</summary>
    [JsonPropertyName("cited")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, object>? Cited { get; init; }

    /// <summary>
    /// <c>false</c>: the verifier recorded that the report does not cite the document. Without it and without
    /// <see cref="Cited"/>, the report's silence is only assumed, and the result says so (RK5009).
    /// </summary>
    [JsonPropertyName("inReport")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? InReport { get; init; }
}
