using System.Text.Json.Serialization;

namespace RulesKit.Results;

/// <summary>An attribute's value in one view, as text (numbers invariant, dates YYYY-MM-DD, — when absent).</summary>
public sealed class ObservedValue
{
    internal ObservedValue(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The attribute.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>Its value as text.</summary>
    [JsonPropertyName("value")]
    public string Value { get; }
}
