namespace RulesKit.Workbench.Files;

/// <summary>A path the workspace refuses (outside it, through a link leading out, too large, of a type it does not serve), said in both languages.</summary>
public sealed class WorkspaceException : Exception
{
    /// <summary>A refusal, in Chinese and English.</summary>
    public WorkspaceException(string chinese, string english) : base(english) => Chinese = chinese;

    /// <summary>The refusal in Chinese.</summary>
    public string Chinese { get; }

    /// <summary>The refusal in the language asked for.</summary>
    public string Format(Language language) => language == Language.Chinese ? Chinese : Message;
}
