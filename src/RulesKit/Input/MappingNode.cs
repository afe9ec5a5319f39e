namespace RulesKit.Input;

/// <summary>A mapping of unique keys to values, in document order.</summary>
public sealed class MappingNode : DocumentNode
{
    private static readonly LocalizedText Name = new("一个映射（键: 值）", "a mapping (key: value)");

    internal MappingNode(SourceLocation location, IReadOnlyList<KeyValuePair<ScalarNode, DocumentNode>> entries)
        : base(location) => Entries = entries;

    /// <summary>Entries in document order; keys are unique (the readers reject duplicates).</summary>
    public IReadOnlyList<KeyValuePair<ScalarNode, DocumentNode>> Entries { get; }

    /// <summary>The value of <paramref name="key"/>, or null when the key is absent.</summary>
    public DocumentNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
                if (entry.Key.Value == key)
                    return entry.Value;
            return null;
        }
    }

    /// <inheritdoc/>
    public override LocalizedText Describe() => Name;
}
