using System.Text.Json.Serialization;

namespace RulesKit.Catalogs;

/// <summary>
/// An article of law that a list's verdict rests on, in one edition: its text, where it stands, where the text was
/// seen and how sure that is, and the acts it governs (by their day: from inclusive, to exclusive; null when open).
/// </summary>
public sealed class LegalBasis
{
    internal LegalBasis()
    {
    }

    /// <summary>The law and article, e.g. 中华人民共和国安全生产法（2021年修正）第九十二条第二款.</summary>
    [JsonPropertyName("citation")]
    public string Citation { get; internal init; } = "";

    /// <summary>The article's text as it was seen (or as recalled, when <see cref="Confidence"/> says so).</summary>
    [JsonPropertyName("text")]
    public string Text { get; internal init; } = "";

    /// <summary>Where the text was seen.</summary>
    [JsonPropertyName("source")]
    public string Source { get; internal init; } = "";

    /// <summary>How sure the text is.</summary>
    [JsonPropertyName("confidence")]
    public Confidence Confidence { get; internal init; }

    /// <summary>The first day of the acts this edition governs; null: from any day.</summary>
    [JsonPropertyName("from")]
    public DateOnly? From { get; internal init; }

    /// <summary>The day this edition stops governing (exclusive); null: still in force.</summary>
    [JsonPropertyName("to")]
    public DateOnly? To { get; internal init; }

    /// <summary>Whether this edition governs an act of <paramref name="day"/>.</summary>
    public bool Governs(DateOnly day) => (From is null || day >= From) && (To is null || day < To);
}
