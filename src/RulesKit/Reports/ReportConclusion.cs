using System.Text.Json.Serialization;

namespace RulesKit.Reports;

/// <summary>The report's conclusion (评价结论).</summary>
public sealed record ReportConclusion
{
    /// <summary>The conclusion as written, e.g. 具备安全生产条件.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>True when the conclusion is favourable (合格 / 具备安全生产条件 / 符合要求).</summary>
    [JsonPropertyName("favourable")]
    public required bool Favourable { get; init; }
}
