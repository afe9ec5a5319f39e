using System.Text.Json.Serialization;

namespace RulesKit.Catalogs;

/// <summary>The type of a subject attribute.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttributeType>))]
public enum AttributeType
{
    /// <summary>A decimal number, in the attribute's unit.</summary>
    [JsonStringEnumMemberName("number")]
    Number,

    /// <summary>true or false.</summary>
    [JsonStringEnumMemberName("boolean")]
    Boolean,

    /// <summary>Free text.</summary>
    [JsonStringEnumMemberName("text")]
    Text,

    /// <summary>A date (YYYY-MM-DD).</summary>
    [JsonStringEnumMemberName("date")]
    Date,

    /// <summary>One of the declared values.</summary>
    [JsonStringEnumMemberName("enum")]
    Enum,
}
