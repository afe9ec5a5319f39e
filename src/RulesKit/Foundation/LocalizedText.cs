namespace RulesKit;

/// <summary>A short text in both languages, used as a message argument (e.g. "a number" / "数字").</summary>
/// <param name="chinese">The Chinese text.</param>
/// <param name="english">The English text.</param>
public sealed class LocalizedText(string chinese, string english)
{
    /// <summary>The Chinese text.</summary>
    public string Chinese { get; } = chinese;

    /// <summary>The English text.</summary>
    public string English { get; } = english;

    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(Language language) => language == Language.Chinese ? Chinese : English;

    /// <summary>The English text.</summary>
    public override string ToString() => English;
}
