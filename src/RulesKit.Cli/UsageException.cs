namespace RulesKit.Cli;

/// <summary>A mistake in the command line: printed as <c>ruleskit: message</c>, exit code 2.</summary>
internal sealed class UsageException(string chinese, string english) : Exception(english)
{
    public string Chinese { get; } = chinese;

    public string In(Language language) => language == Language.Chinese ? Chinese : Message;
}
