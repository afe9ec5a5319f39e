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

    // The title split into what it is and its values' titles: read only when an explanation or a form is written, so
    // loading the catalogs (a fresh `ruleskit evaluate`) never pays for it.
    // A reference, so that threads writing explanations at once see it whole (computed twice at worst, alike).
    private TitleParts? _split;

    private TitleParts Split => _split ??= TitleParts.Of(SplitTitle(Title, Type, Values));

    private sealed record TitleParts(string? Title, Dictionary<string, string>? Values)
    {
        public static TitleParts Of((string? Title, Dictionary<string, string>? Values) parts) => new(parts.Title, parts.Values);
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
    /// The title without the list of value titles an enum's title may end with: catalogs title an enum as "what it is
    /// （title of value 1 / title of value 2 / …）" in the order of its values (相邻工厂或设施 for object_class).
    /// </summary>
    public string? ShortTitle => Split.Title;

    /// <summary>The Chinese title of one of an enum's values, where its title lists them; else null.</summary>
    public string? ValueTitle(string value) => Split.Values?.GetValueOrDefault(value);

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

    // Catalogs title an enum "what it is（value 1 / value 2 / …）" (or with 、 between the values), or list the values
    // alone ("采场边坡 / 排土场边坡"); a list is taken only when it has one title per value, in order.
    private static (string? Title, Dictionary<string, string>? Values) SplitTitle(string? title, AttributeType type, ImmutableArray<string> values)
    {
        if (title is null || type != AttributeType.Enum)
            return (title, null);
        if (!title.EndsWith('）'))
            return (title, Listed(title));
        // The parenthesis that opens the last one: value titles hold parentheses of their own (变配电站（围墙）).
        var open = -1;
        for (int i = title.Length - 1, depth = 0; i >= 0 && open < 0; i--)
        {
            depth += title[i] == '）' ? 1 : title[i] == '（' ? -1 : 0;
            if (depth == 0)
                open = i;
        }
        return open > 0 && Listed(title[(open + 1)..^1]) is { } inner ? (title[..open], inner) : (title, Listed(title));

        Dictionary<string, string>? Listed(string list)
        {
            var parts = list.Contains(" / ", StringComparison.Ordinal) ? list.Split(" / ") : list.Split('、');
            return parts.Length == values.Length && values.Length > 1
                ? values.Zip(parts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)
                : null;
        }
    }
}
