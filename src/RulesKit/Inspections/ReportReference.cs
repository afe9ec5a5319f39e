using System.Text.Json.Serialization;

namespace RulesKit.Inspections;

/// <summary>A report named by an inspection record: one the agency issued, or one an enterprise relied on.</summary>
public sealed record ReportReference
{
    /// <summary>The report's id (as in its report file).</summary>
    [JsonPropertyName("report")]
    public required string Report { get; init; }

    /// <summary>What an approval relied on it for: <c>licence</c>, <c>acceptance</c>, <c>filing</c>; null when none.</summary>
    [JsonPropertyName("reliedOnFor")]
    public string? ReliedOnFor { get; init; }

    /// <summary>
    /// Whether the enterprise knew the report was false when it relied on it (it supplied false materials, pressed for
    /// the conclusion…): what 利用 in its point (4) needs; null when not recorded, and then that point is open.
    /// </summary>
    [JsonPropertyName("knewFalse")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? KnewFalse { get; init; }
}
