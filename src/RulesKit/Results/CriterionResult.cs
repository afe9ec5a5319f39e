using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RulesKit.Catalogs;
using RulesKit.Determinations;

namespace RulesKit.Results;

/// <summary>A criterion of a determination list and what the report's facts make of it.</summary>
public sealed class CriterionResult
{
    internal CriterionResult()
    {
    }

    /// <summary>Criterion id in its catalog.</summary>
    [JsonPropertyName("id")]
    public string Id { get; internal init; } = "";

    /// <summary>Its number in the list.</summary>
    [JsonPropertyName("number")]
    public int Number { get; internal init; }

    /// <summary>Its text.</summary>
    [JsonPropertyName("text")]
    public string Text { get; internal init; } = "";

    /// <summary>Where the text stands.</summary>
    [JsonPropertyName("citation")]
    public string Citation { get; internal init; } = "";

    /// <summary>How sure the catalog is of the text.</summary>
    [JsonPropertyName("confidence")]
    public Confidence Confidence { get; internal init; }

    /// <summary>The verdict class the criterion gives when met.</summary>
    [JsonPropertyName("class")]
    public string Class { get; internal init; } = "";

    /// <summary>The elements it requires.</summary>
    [JsonPropertyName("requires")]
    public ImmutableArray<CriterionElement> Requires { get; internal init; } = [];

    /// <summary>The reading of the criterion the catalog encodes.</summary>
    [JsonPropertyName("reading")]
    public string Reading { get; internal init; } = "";

    /// <summary>The reading in Chinese, when the list gives it (for explanations; JSON keeps the reading above).</summary>
    [JsonIgnore]
    public string? ReadingZh { get; internal init; }

    /// <summary>The best outcome over its matches; <see cref="CriterionOutcome.CannotDecide"/> when no standard in force feeds it.</summary>
    [JsonPropertyName("outcome")]
    public CriterionOutcome Outcome { get; internal init; }

    /// <summary>Every nonconformity of a category it counts, judged element by element (strongest first).</summary>
    [JsonPropertyName("matches")]
    public ImmutableArray<CriterionMatch> Matches { get; internal init; } = [];
}
