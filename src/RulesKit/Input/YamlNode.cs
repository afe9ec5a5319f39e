namespace RulesKit.Input;

/// <summary>A position in a source text (1-based line and column).</summary>
internal readonly record struct SourceLocation(string Source, int Line, int Column)
{
    public Diagnostic Error(string message) => new(Source, Line, Column, message);
}

/// <summary>A node of a YAML (or JSON) document that remembers where it came from.</summary>
internal abstract class YamlNode
{
    protected YamlNode(SourceLocation location) => Location = location;

    public SourceLocation Location { get; }

    /// <summary>What the node is, for messages: "a mapping", "a list", "a text".</summary>
    public abstract string Describe();
}

internal sealed class ScalarNode : YamlNode
{
    public ScalarNode(SourceLocation location, string value, bool isPlain, int contentLine, int contentColumn, bool isBlock)
        : base(location)
    {
        Value = value;
        IsPlain = isPlain;
        ContentLine = contentLine;
        ContentColumn = contentColumn;
        IsBlock = isBlock;
    }

    public string Value { get; }

    /// <summary>Unquoted: only plain scalars may be numbers, booleans or null.</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Where the first character of the value stands (after a quote or a block indicator).</summary>
    public int ContentLine { get; }

    public int ContentColumn { get; }

    public bool IsBlock { get; }

    /// <summary>The location of the character at <paramref name="offset"/> in <see cref="Value"/>.</summary>
    public SourceLocation LocationOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Value.Length);
        if (!IsBlock)
            return new SourceLocation(Location.Source, ContentLine, ContentColumn + offset);
        var line = ContentLine;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (Value[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(Location.Source, line, ContentColumn + offset - lineStart);
    }

    public override string Describe() => IsNull ? "nothing (null)" : $"'{Value}'";
}

internal sealed class SequenceNode : YamlNode
{
    public SequenceNode(SourceLocation location, IReadOnlyList<YamlNode> items) : base(location) => Items = items;

    public IReadOnlyList<YamlNode> Items { get; }

    public override string Describe() => "a list";
}

internal sealed class MappingNode : YamlNode
{
    public MappingNode(SourceLocation location, IReadOnlyList<KeyValuePair<ScalarNode, YamlNode>> entries)
        : base(location) => Entries = entries;

    /// <summary>Entries in document order; keys are unique (the reader rejects duplicates).</summary>
    public IReadOnlyList<KeyValuePair<ScalarNode, YamlNode>> Entries { get; }

    public YamlNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
                if (entry.Key.Value == key)
                    return entry.Value;
            return null;
        }
    }

    public override string Describe() => "a mapping";
}
