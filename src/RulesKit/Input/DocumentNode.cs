namespace RulesKit.Input;

/// <summary>A node of a YAML or JSON document that remembers where it came from.</summary>
public abstract class DocumentNode
{
    private protected DocumentNode(SourceLocation location) => Location = location;

    /// <summary>Where the node starts.</summary>
    public SourceLocation Location { get; }

    /// <summary>What the node is, for messages: a mapping, a list, a quoted value.</summary>
    public abstract LocalizedText Describe();
}
