namespace RulesKit.Workbench.Templates;

/// <summary>A template that cannot be made as asked (an unknown industry, party or kind), said in both languages.</summary>
public sealed class TemplateException : Exception
{
    /// <summary>The problem, in Chinese and English.</summary>
    public TemplateException(string chinese, string english) : base(english) => Chinese = chinese;

    /// <summary>The problem in Chinese.</summary>
    public string Chinese { get; }

    /// <summary>The problem in the language asked for.</summary>
    public string Format(Language language) => language == Language.Chinese ? Chinese : Message;
}
