using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RulesKit.Catalogs;
using RulesKit.Determinations;

namespace RulesKit.Results;

/// <summary>
/// Why / why not for one criterion of one list: its outcome, the element that decided each match, or —
/// without matches — which items of its categories were in force and which subjects they read.
/// </summary>
public sealed class CriterionExplanation
{
    internal CriterionExplanation()
    {
    }

    /// <summary>The determination list.</summary>
    [JsonPropertyName("list")]
    public CatalogReference List { get; internal init; } = null!;

    /// <summary>The criterion as judged.</summary>
    [JsonPropertyName("criterion")]
    public CriterionResult Criterion { get; internal init; } = null!;

    /// <summary>The categories it counts.</summary>
    [JsonPropertyName("categories")]
    public ImmutableArray<string> Categories { get; internal init; } = [];

    /// <summary>Their titles, in the order of <see cref="Categories"/> (for explanations; JSON keeps the ids).</summary>
    [JsonIgnore]
    public ImmutableArray<string> CategoryTitles { get; internal init; } = [];

    /// <summary>The items in force for the report that feed those categories (<c>catalog@version/item</c>).</summary>
    [JsonPropertyName("items")]
    public ImmutableArray<string> Items { get; internal init; } = [];

    /// <summary>The kinds those items read.</summary>
    [JsonPropertyName("kinds")]
    public ImmutableArray<string> Kinds { get; internal init; } = [];

    /// <summary>The report's subjects of those kinds.</summary>
    [JsonPropertyName("subjects")]
    public ImmutableArray<string> Subjects { get; internal init; } = [];

    /// <summary>The criterion's outcome.</summary>
    [JsonIgnore]
    public CriterionOutcome Outcome => Criterion.Outcome;
}
