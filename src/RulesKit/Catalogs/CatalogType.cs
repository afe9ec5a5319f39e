using System.Text.Json.Serialization;

namespace RulesKit.Catalogs;

/// <summary>The two layers a catalog can feed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CatalogType>))]
public enum CatalogType
{
    /// <summary>Layer 1: an industry standard's (or a conduct rule's) items, which find nonconformities.</summary>
    [JsonStringEnumMemberName("standards")]
    Standards,

    /// <summary>Layer 2: a determination list's criteria (or a checklist's points), which judge from nonconformities.</summary>
    [JsonStringEnumMemberName("determination")]
    Determination,
}
