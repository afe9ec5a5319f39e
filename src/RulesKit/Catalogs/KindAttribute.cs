using System.Collections.Immutable;
using RulesKit.Input;

namespace RulesKit.Catalogs;

/// <summary>A typed attribute of a subject kind, as a catalog declares it.</summary>
public sealed class KindAttribute
{
    private static readonly LocalizedText Bool = new("true 或 false", "true or false");
    private static readonly LocalizedText DateText = new("日期 YYYY-MM-DD", "a date as YYYY-MM-DD");
    private static readonly LocalizedText TextText = new("文本", "a text");

    internal KindAttribute(string name, AttributeType type, ImmutableArray<string> values, string? unit, string? title, int slot, SourceLocation location, string? basis = null,
        ImmutableSortedDictionary<string, string>? aliases = null)
    {
        Basis = basis;
        Aliases = aliases ?? ImmutableSortedDictionary<string, string>.Empty;
        Name = name;
        Type = type;
        Values = values;
        Unit = unit;
        Title = title;
        Slot = slot;
        Location = location;
    }

    /// <summary>The attribute's name in reports and conditions.</summary>
    public string Name { get; }

    /// <summary>Its type.</summary>
    public AttributeType Type { get; }

    /// <summary>For an enum: the allowed values.</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>
    /// For an enum: other wordings of its values (甲类库房 for 甲类仓库), each mapped to the value it means, so that a
    /// wording variant is the same value and never a difference between the views.
    /// </summary>
    public ImmutableSortedDictionary<string, string> Aliases { get; }

    /// <summary>The unit of a number (m, t, MPa…), when declared.</summary>
    public string? Unit { get; }

    /// <summary>What the attribute means, in Chinese.</summary>
    public string? Title { get; }

    /// <summary>
    /// For a required value the verifier records (a distance some other standard sets): the text attribute that names
    /// the standard and clause that set it. A value recorded without its basis counts as not recorded.
    /// </summary>
    public string? Basis { get; }

    internal int Slot { get; }

    internal SourceLocation Location { get; }

    /// <summary>What a value must look like, for messages.</summary>
    public LocalizedText Expected => Type switch
    {
        AttributeType.Number => Unit is null ? new("数字", "a number") : new($"数字（{Unit}）", $"a number ({Unit})"),
        AttributeType.Boolean => Bool,
        AttributeType.Date => DateText,
        AttributeType.Enum => new("以下之一：" + string.Join(", ", Values), "one of: " + string.Join(", ", Values)),
        _ => TextText,
    };
}
