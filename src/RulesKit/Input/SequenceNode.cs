namespace RulesKit.Input;

/// <summary>A list.</summary>
public sealed class SequenceNode : DocumentNode
{
    private static readonly LocalizedText Name = new("一个列表", "a list");

    internal SequenceNode(SourceLocation location, IReadOnlyList<DocumentNode> items)
        : base(location) => Items = items;

    /// <summary>The items in document order.</summary>
    public IReadOnlyList<DocumentNode> Items { get; }

    /// <inheritdoc/>
    public override LocalizedText Describe() => Name;
}
