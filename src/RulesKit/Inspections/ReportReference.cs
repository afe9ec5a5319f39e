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
}
