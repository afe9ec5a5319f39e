using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RulesKit.Input;

/// <summary>
/// Reads one YAML document (JSON is read by the same reader: it is YAML's flow style) into located
/// nodes, refusing what untrusted input could abuse: anchors and aliases (alias bombs), tags (type
/// mapping), merge keys, duplicate keys, deep nesting and oversized texts.
/// </summary>
internal static class StrictYamlReader
{
    /// <summary>Documented limits; input beyond them is refused with a located error.</summary>
    public const int MaxDepth = 64;
    public const int MaxChars = 16 * 1024 * 1024;
    public const int MaxScalarChars = 1024 * 1024;

    public static YamlNode Read(string text, string source)
    {
        if (text.Length > MaxChars)
            throw Fail(new Diagnostic(source, 0, 0, $"the text is {text.Length} characters long; at most {MaxChars} are read"));
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        if (string.IsNullOrWhiteSpace(text))
            throw Fail(new Diagnostic(source, 1, 1, "the file is empty; expected a mapping"));

        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
                throw Fail(new Diagnostic(source, 1, 1, "the file holds no document; expected a mapping"));
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, source, text.Split('\n'), 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var at = parser.Current!.Start;
                throw Fail(new Diagnostic(source, (int)at.Line, (int)at.Column, "a second document starts here; expected one document per file"));
            }
            return root;
        }
        catch (YamlException e)
        {
            throw Fail(new Diagnostic(source, (int)e.Start.Line, (int)e.Start.Column, "not valid YAML: " + Clean(e.Message)));
        }
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes positions that we already report.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }

    private static RulesKitInputException Fail(Diagnostic d) => new([d]);

    private static SourceLocation At(ParsingEvent e, string source) => new(source, (int)e.Start.Line, (int)e.Start.Column);

    private static YamlNode ReadNode(IParser parser, string source, string[] lines, int depth)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of input");
        if (depth > MaxDepth)
            throw Fail(At(current, source).Error($"nesting deeper than {MaxDepth} levels"));
        if (current is AnchorAlias)
            throw Fail(At(current, source).Error("aliases (*name) are not accepted; write the value out"));
        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
                throw Fail(At(current, source).Error($"anchors (&{node.Anchor}) are not accepted; write the value out"));
            if (!node.Tag.IsEmpty && !IsPlainTag(node.Tag.Value))
                throw Fail(At(current, source).Error($"tags ({node.Tag.Value}) are not accepted"));
        }

        switch (current)
        {
            case Scalar scalar:
            {
                parser.MoveNext();
                if (scalar.Value.Length > MaxScalarChars)
                    throw Fail(At(scalar, source).Error($"a value of {scalar.Value.Length} characters; at most {MaxScalarChars} are read"));
                var location = At(scalar, source);
                var (line, column, block) = scalar.Style switch
                {
                    ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => (location.Line, location.Column + 1, false),
                    ScalarStyle.Literal or ScalarStyle.Folded => (location.Line + 1, BlockIndent(lines, location.Line + 1), true),
                    _ => (location.Line, location.Column, false),
                };
                return new ScalarNode(location, scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, line, column, block);
            }
            case SequenceStart start:
            {
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                    items.Add(ReadNode(parser, source, lines, depth + 1));
                return new SequenceNode(At(start, source), items);
            }
            case MappingStart start:
            {
                parser.MoveNext();
                var entries = new List<KeyValuePair<ScalarNode, YamlNode>>();
                var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, source, lines, depth + 1);
                    if (keyNode is not ScalarNode key)
                        throw Fail(keyNode.Location.Error("a key must be a plain name, not " + keyNode.Describe()));
                    if (key.Value == "<<")
                        throw Fail(key.Location.Error("merge keys (<<) are not accepted"));
                    if (seen.TryGetValue(key.Value, out var first))
                        throw Fail(key.Location.Error($"duplicate key '{key.Value}' (first given at line {first.Line}, column {first.Column})"));
                    seen[key.Value] = key.Location;
                    var value = ReadNode(parser, source, lines, depth + 1);
                    entries.Add(new(key, value));
                }
                return new MappingNode(At(start, source), entries);
            }
            default:
                throw Fail(At(current, source).Error($"unexpected {current.GetType().Name}"));
        }
    }

    // Standard YAML core-schema tags are harmless; any other tag could name a type.
    private static bool IsPlainTag(string tag) =>
        tag is "!" or "tag:yaml.org,2002:str" or "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float"
            or "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:null" or "tag:yaml.org,2002:map" or "tag:yaml.org,2002:seq";

    // A block scalar's content starts on the next line, at that line's indentation.
    private static int BlockIndent(string[] lines, int line)
    {
        if (line - 1 >= lines.Length)
            return 1;
        var text = lines[line - 1];
        var indent = 0;
        while (indent < text.Length && text[indent] == ' ')
            indent++;
        return indent + 1;
    }
}
