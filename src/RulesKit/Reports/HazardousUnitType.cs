using System.Text.Json.Serialization;

namespace RulesKit.Reports;

/// <summary>GB 18218 4.1.1's two kinds of unit.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HazardousUnitType>))]
public enum HazardousUnitType
{
    /// <summary>储存单元: a tank farm, a warehouse.</summary>
    [JsonStringEnumMemberName("storage")]
    Storage,

    /// <summary>生产单元: a production installation.</summary>
    [JsonStringEnumMemberName("production")]
    Production,
}
