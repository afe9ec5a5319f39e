using System.Text.Json.Serialization;

namespace RulesKit.Results;

/// <summary>Whether a report is inside a determination list's scope (the campaign's statutory assessments), and why.</summary>
public sealed class ScopeResult
{
    internal ScopeResult(bool? inScope, string? ruleId, string text, string citation)
    {
        InScope = inScope;
        RuleId = ruleId;
        Text = text;
        Citation = citation;
    }

    /// <summary>
    /// True when a scope rule covers the report's industry, report type and purpose; null when the only rule that could is
    /// one for assessments a law sets and the report records no such law (statutoryBasis).
    /// </summary>
    [JsonPropertyName("inScope")]
    public bool? InScope { get; }

    /// <summary>The rule that covers it; null when none does.</summary>
    [JsonPropertyName("ruleId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RuleId { get; }

    /// <summary>The words of the scope text that cover it, or the scope text when none does.</summary>
    [JsonPropertyName("text")]
    public string Text { get; }

    /// <summary>Where the scope text stands.</summary>
    [JsonPropertyName("citation")]
    public string Citation { get; }
}
