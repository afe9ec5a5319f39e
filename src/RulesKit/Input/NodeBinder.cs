using System.Globalization;

namespace RulesKit.Input;

/// <summary>
/// Reads typed values out of located nodes and collects every problem instead of stopping at the
/// first, so one run shows an author all that is wrong with a file.
/// </summary>
internal sealed class NodeBinder
{
    public List<Diagnostic> Errors { get; } = [];

    public void Error(SourceLocation at, string message) => Errors.Add(at.Error(message));

    public MappingNode? AsMapping(YamlNode? node, string what)
    {
        if (node is MappingNode m)
            return m;
        if (node is not null)
            Error(node.Location, $"{what}: expected a mapping (key: value lines), found {node.Describe()}");
        return null;
    }

    /// <summary>Reports keys that are not among <paramref name="allowed"/>: a misspelt key is an error, never ignored.</summary>
    public void OnlyKeys(MappingNode m, string what, params string[] allowed)
    {
        foreach (var (key, _) in m.Entries)
            if (Array.IndexOf(allowed, key.Value) < 0)
                Error(key.Location, $"unknown key '{key.Value}' in {what}; expected one of: {string.Join(", ", allowed)}");
    }

    public YamlNode? Required(MappingNode m, string key, string what)
    {
        var node = m[key];
        if (node is null || node is ScalarNode { IsNull: true })
        {
            Error(node?.Location ?? m.Location, $"{what}: missing required key '{key}'");
            return null;
        }
        return node;
    }

    public string? Text(MappingNode m, string key, string what, bool required)
    {
        var node = required ? Required(m, key, what) : m[key];
        if (node is null)
            return null;
        if (node is ScalarNode s)
            return s.IsNull ? null : s.Value;
        Error(node.Location, $"{what}.{key}: expected a text, found {node.Describe()}");
        return null;
    }

    public bool? Bool(MappingNode m, string key, string what, bool required)
    {
        var node = required ? Required(m, key, what) : m[key];
        return node is null ? null : Bool(node, $"{what}.{key}");
    }

    public bool? Bool(YamlNode node, string what)
    {
        if (node is ScalarNode { IsPlain: true, Value: "true" or "True" or "TRUE" })
            return true;
        if (node is ScalarNode { IsPlain: true, Value: "false" or "False" or "FALSE" })
            return false;
        Error(node.Location, $"{what}: expected true or false, found {node.Describe()}");
        return null;
    }

    public decimal? Number(YamlNode node, string what, string expected = "a number")
    {
        if (node is ScalarNode { IsPlain: true } s && !s.IsNull &&
            decimal.TryParse(s.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
            return value;
        Error(node.Location, $"{what}: expected {expected}, found {node.Describe()}");
        return null;
    }

    public DateOnly? Date(MappingNode m, string key, string what, bool required)
    {
        var node = required ? Required(m, key, what) : m[key];
        return node is null || node is ScalarNode { IsNull: true } ? null : Date(node, $"{what}.{key}");
    }

    public DateOnly? Date(YamlNode node, string what)
    {
        if (node is ScalarNode s && DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Error(node.Location, $"{what}: expected a date as YYYY-MM-DD, found {node.Describe()}");
        return null;
    }

    public IReadOnlyList<YamlNode> List(MappingNode m, string key, string what, bool required)
    {
        var node = required ? Required(m, key, what) : m[key];
        if (node is null or ScalarNode { IsNull: true })
            return [];
        if (node is SequenceNode seq)
            return seq.Items;
        Error(node.Location, $"{what}.{key}: expected a list, found {node.Describe()}");
        return [];
    }

    public IReadOnlyList<string> TextList(MappingNode m, string key, string what, bool required)
    {
        var result = new List<string>();
        foreach (var item in List(m, key, what, required))
        {
            if (item is ScalarNode { IsNull: false } s)
                result.Add(s.Value);
            else
                Error(item.Location, $"{what}.{key}: expected a text in the list, found {item.Describe()}");
        }
        return result;
    }
}
