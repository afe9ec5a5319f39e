namespace RulesKit.Input;

/// <summary>A single value: text as written, and whether it was quoted.</summary>
public sealed class ScalarNode : DocumentNode
{
    private static readonly LocalizedText Null = new("空值", "nothing (null)");

    internal ScalarNode(SourceLocation location, string value, bool isPlain, int contentLine, int contentColumn, bool isBlock)
        : base(location)
    {
        Value = value;
        IsPlain = isPlain;
        ContentLine = contentLine;
        ContentColumn = contentColumn;
        IsBlock = isBlock;
    }

    /// <summary>The value's text.</summary>
    public string Value { get; }

    /// <summary>Unquoted: only plain values may be numbers, booleans or null.</summary>
    public bool IsPlain { get; }

    /// <summary>A plain empty value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    internal int ContentLine { get; }

    internal int ContentColumn { get; }

    internal bool IsBlock { get; }

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

    /// <inheritdoc/>
    public override LocalizedText Describe() => IsNull ? Null
        : IsPlain ? new LocalizedText($"“{Value}”", $"'{Value}'")
        : new LocalizedText($"带引号的文本“{Value}”", $"the quoted text \"{Value}\"");
}
