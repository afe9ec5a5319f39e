using System.Text.Json.Serialization;

namespace RulesKit.Catalogs;

/// <summary>How well a criterion is fed by the standards in force for an industry in a period: the best confidence among the items that feed it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeedLevel>))]
public enum FeedLevel
{
    /// <summary>The criterion does not apply to the industry.</summary>
    [JsonStringEnumMemberName("notApplicable")]
    NotApplicable,

    /// <summary>No item in force feeds it: a hole, unless a known gap explains it.</summary>
    [JsonStringEnumMemberName("nothing")]
    Nothing,

    /// <summary>Only draft items feed it (they never count).</summary>
    [JsonStringEnumMemberName("draftOnly")]
    DraftOnly,

    /// <summary>Only recalled items feed it: at most suspected.</summary>
    [JsonStringEnumMemberName("recalledOnly")]
    RecalledOnly,

    /// <summary>Items known from transcriptions feed it (and none official).</summary>
    [JsonStringEnumMemberName("transcription")]
    Transcription,

    /// <summary>Items with official texts feed it.</summary>
    [JsonStringEnumMemberName("official")]
    Official,
}
