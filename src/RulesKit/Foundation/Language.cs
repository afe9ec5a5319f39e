namespace RulesKit;

/// <summary>The language of messages and explanations. Clause and criterion texts stay in Chinese either way.</summary>
public enum Language
{
    /// <summary>Chinese (the default: the regulations and the campaign are Chinese).</summary>
    Chinese,

    /// <summary>English labels and messages around the Chinese clause texts.</summary>
    English,
}
