using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace RulesKit.Determinations;

/// <summary>One element of a criterion as judged for one nonconformity.</summary>
public sealed class ElementResult
{
    internal ElementResult(CriterionElement element, ElementState state, ElementReason reason, ImmutableArray<string> evidenceIds)
    {
        Element = element;
        State = state;
        Reason = reason;
        EvidenceIds = evidenceIds;
    }

    /// <summary>The element.</summary>
    [JsonPropertyName("element")]
    public CriterionElement Element { get; }

    /// <summary>Its state.</summary>
    [JsonPropertyName("state")]
    public ElementState State { get; }

    /// <summary>Why it has that state; explanations render it in Chinese or English.</summary>
    [JsonPropertyName("reason")]
    public ElementReason Reason { get; }

    /// <summary>The evidence records the reason rests on.</summary>
    [JsonPropertyName("evidenceIds")]
    public ImmutableArray<string> EvidenceIds { get; }
}
