using System.Text.Json.Serialization;

namespace RulesKit.Results;

/// <summary>An attribute's value in one view, as text (numbers invariant, dates YYYY-MM-DD, — when absent).</summary>
public sealed class ObservedValue
{
    internal ObservedValue(string name, string value, Catalogs.KindAttribute? attribute = null)
    {
        Name = name;
        Value = value;
        _attribute = attribute;
    }

    // Kept, not copied: the titles are read only when an explanation is written, never on the batch path.
    private readonly Catalogs.KindAttribute? _attribute;

    /// <summary>The attribute.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>Its value as text.</summary>
    [JsonPropertyName("value")]
    public string Value { get; }

    /// <summary>What the attribute means, in Chinese (its catalog title without an enum's list of values), when declared.</summary>
    [JsonIgnore]
    public string? Title => _attribute?.ShortTitle;

    /// <summary>The unit of a number, when declared.</summary>
    [JsonIgnore]
    public string? Unit => _attribute?.Unit;

    /// <summary>For an enum value: its Chinese title, where the catalog gives one.</summary>
    [JsonIgnore]
    public string? ValueTitle => _attribute?.ValueTitle(Value);
}
