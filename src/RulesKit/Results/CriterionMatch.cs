using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RulesKit.Determinations;

namespace RulesKit.Results;

/// <summary>A criterion judged for one nonconformity, element by element.</summary>
public sealed class CriterionMatch
{
    internal CriterionMatch(Nonconformity nonconformity, ImmutableArray<ElementResult> elements, CriterionOutcome outcome)
    {
        Nonconformity = nonconformity;
        Elements = elements;
        Outcome = outcome;
    }

    /// <summary>The nonconformity judged.</summary>
    [JsonPropertyName("nonconformity")]
    public Nonconformity Nonconformity { get; }

    /// <summary>Each element, with its state and reason.</summary>
    [JsonPropertyName("elements")]
    public ImmutableArray<ElementResult> Elements { get; }

    /// <summary>Met, suspected or not met.</summary>
    [JsonPropertyName("outcome")]
    public CriterionOutcome Outcome { get; }
}
