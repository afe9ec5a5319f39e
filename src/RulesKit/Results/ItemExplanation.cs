using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RulesKit.Catalogs;

namespace RulesKit.Results;

/// <summary>Why / why not for one item: whether it applied to the report, and its test on every subject of its kind.</summary>
public sealed class ItemExplanation
{
    internal ItemExplanation()
    {
    }

    /// <summary>The item's catalog.</summary>
    [JsonPropertyName("catalog")]
    public CatalogReference Catalog { get; internal init; } = null!;

    /// <summary>The catalog's document.</summary>
    [JsonPropertyName("document")]
    public string Document { get; internal init; } = "";

    /// <summary>The item.</summary>
    [JsonIgnore]
    public StandardItem Item { get; internal init; } = null!;

    /// <summary>The item's id.</summary>
    [JsonPropertyName("itemId")]
    public string ItemId => Item.Id;

    /// <summary>True when its catalog is in force on the date and for the report's industry.</summary>
    [JsonPropertyName("applied")]
    public bool Applied { get; internal init; }

    /// <summary>When not applied: true if only the date is wrong, false if the industry is.</summary>
    [JsonPropertyName("industryMatches")]
    public bool IndustryMatches { get; internal init; }

    /// <summary>True when explained on an inspection record: what was checked only, no report's statement beside it.</summary>
    [JsonPropertyName("onRecord")]
    public bool OnRecord { get; internal init; }

    /// <summary>The test on each subject of the item's kind (empty when not applied or when the report has none).</summary>
    [JsonPropertyName("subjects")]
    public ImmutableArray<SubjectCheck> Subjects { get; internal init; } = [];
}
