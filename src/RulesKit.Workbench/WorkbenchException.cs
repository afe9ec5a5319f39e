namespace RulesKit.Workbench;

/// <summary>What the workbench or its templates refuse to do, said in both languages (the tool prints it as a usage error).</summary>
public abstract class WorkbenchException : Exception
{
    /// <summary>A refusal, in Chinese and English.</summary>
    protected WorkbenchException(string chinese, string english) : base(english) => Chinese = chinese;

    /// <summary>The refusal in Chinese.</summary>
    public string Chinese { get; }

    /// <summary>The refusal in the language asked for.</summary>
    public string Format(Language language) => language == Language.Chinese ? Chinese : Message;
}
