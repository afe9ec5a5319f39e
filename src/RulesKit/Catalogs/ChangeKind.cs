using System.Text.Json.Serialization;

namespace RulesKit.Catalogs;

/// <summary>What happened to a part of a catalog between two versions.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeKind>))]
public enum ChangeKind
{
    /// <summary>Only in the newer version.</summary>
    [JsonStringEnumMemberName("added")]
    Added,

    /// <summary>Only in the older version.</summary>
    [JsonStringEnumMemberName("removed")]
    Removed,

    /// <summary>In both, with a field that differs.</summary>
    [JsonStringEnumMemberName("changed")]
    Changed,
}
