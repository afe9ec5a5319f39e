using System.Text.Json.Serialization;

namespace RulesKit.Catalogs;

/// <summary>
/// How sure the catalog is of a text: where the clause (or criterion) text was seen. What each level may
/// establish is written in docs/decisions.md: official and transcription texts establish the objective
/// element (a transcription is flagged in every explanation), a recalled text only indicates it (a
/// criterion at most suspected), and a draft is evaluated and shown but never counts for a criterion.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Confidence>))]
public enum Confidence
{
    /// <summary>Seen verbatim in the official text or a faithful reprint of it (a government page, the official gazette or newspaper).</summary>
    [JsonStringEnumMemberName("official")]
    Official,

    /// <summary>Seen word for word only in third-party transcriptions (study documents, data files), or quoted by an authority in a published case.</summary>
    [JsonStringEnumMemberName("transcription")]
    Transcription,

    /// <summary>Not seen: recalled or inferred. It may point at a problem but never decides on its own.</summary>
    [JsonStringEnumMemberName("recalled")]
    Recalled,

    /// <summary>An author's draft or practice rule under review: evaluated and shown, never counted for a criterion.</summary>
    [JsonStringEnumMemberName("draft")]
    Draft,
}
