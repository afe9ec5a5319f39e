using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RulesKit.Input;

/// <summary>
/// Reads one YAML document into located nodes, refusing what untrusted input could abuse: anchors and
/// aliases (alias bombs), tags (type mapping), merge keys, duplicate keys, deep nesting and oversized values.
/// </summary>
internal static class StrictYamlReader
{
    private static readonly (char FullWidth, char Ascii)[] FullWidthPunctuation = [('：', ':'), ('，', ','), ('［', '['), ('］', ']'), ('｛', '{'), ('｝', '}'), ('－', '-'), ('＃', '#')];

    public static DocumentNode Read(string text, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw Fail(Messages.EmptyFile.At(source, 1, 1));

        var lines = text.Split('\n');
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
                throw Fail(Messages.EmptyFile.At(source, 1, 1));
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, source, lines, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var at = parser.Current!.Start;
                throw Fail(Messages.SecondDocument.At(source, (int)at.Line, (int)at.Column));
            }
            return root;
        }
        catch (YamlException e)
        {
            throw Syntax(source, lines, (int)e.Start.Line, (int)e.Start.Column, Clean(e.Message), e);
        }
        catch (Exception e) when (e is not RulesKitInputException && e.Source == "YamlDotNet")
        {
            // YamlDotNet's scanner sometimes fails on broken input with an exception about its own state (an
            // InvalidOperationException for a '[' left open over several lines) instead of a YamlException. It is
            // still the text's fault: located where the parser last got to, never a crash.
            var at = parser.Current?.Start;
            throw Syntax(source, lines, (int)(at?.Line ?? 1), (int)(at?.Column ?? 1), "the reader could not go on from here (a '[' or '{' left open is a common cause)", e);
        }
    }

    private static RulesKitInputException Syntax(string source, string[] lines, int line, int column, string message, Exception inner)
    {
        // A full-width colon or comma typed with a Chinese input method is the usual cause: say so.
        if (FindFullWidth(lines, line) is { } hint)
            return new RulesKitInputException([Messages.FullWidthPunctuation.At(source, hint.Line, hint.Column, hint.FullWidth, hint.Ascii)], inner);
        return new RulesKitInputException([Messages.YamlSyntax.At(source, line, column, message)], inner);
    }

    /// <summary>Full-width punctuation outside quotes on the failing line or the lines just before it.</summary>
    internal static (int Line, int Column, char FullWidth, char Ascii)? FindFullWidth(string[] lines, int line)
    {
        for (var l = Math.Min(line, lines.Length); l >= Math.Max(1, line - 2); l--)
        {
            var text = lines[l - 1];
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '"' or '\'')
                    quoted = !quoted;
                if (text[i] == '#' && !quoted)
                    break;
                foreach (var (full, ascii) in FullWidthPunctuation)
                    if (!quoted && text[i] == full)
                        return (l, i + 1, full, ascii);
            }
        }
        return null;
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes positions that the diagnostic already carries.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }

    private static RulesKitInputException Fail(Diagnostic d) => new([d]);

    private static SourceLocation At(ParsingEvent e, string source) => new(source, (int)e.Start.Line, (int)e.Start.Column);

    private static DocumentNode ReadNode(IParser parser, string source, string[] lines, int depth)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of input");
        if (depth > DocumentReader.MaxDepth)
            throw Fail(At(current, source).Report(Messages.TooDeep, DocumentReader.MaxDepth));
        if (current is AnchorAlias)
            throw Fail(At(current, source).Report(Messages.Alias));
        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
                throw Fail(At(current, source).Report(Messages.Anchor, node.Anchor.Value));
            if (!node.Tag.IsEmpty && !IsPlainTag(node.Tag.Value))
                throw Fail(At(current, source).Report(Messages.Tag, node.Tag.Value));
        }

        switch (current)
        {
            case Scalar scalar:
            {
                parser.MoveNext();
                var location = At(scalar, source);
                if (scalar.Value.Length > DocumentReader.MaxValueChars)
                    throw Fail(location.Report(Messages.ValueTooLong, scalar.Value.Length, DocumentReader.MaxValueChars));
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
                var items = new List<DocumentNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                    items.Add(ReadNode(parser, source, lines, depth + 1));
                return new SequenceNode(At(start, source), items);
            }
            case MappingStart start:
            {
                parser.MoveNext();
                var entries = new List<KeyValuePair<ScalarNode, DocumentNode>>();
                var seen = new Dictionary<string, ScalarNode>(StringComparer.Ordinal); // a class value: no generic code jitted at start-up
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, source, lines, depth + 1);
                    if (keyNode is not ScalarNode key)
                        throw Fail(keyNode.Location.Report(Messages.KeyNotPlain, keyNode.Describe()));
                    if (key.Value == "<<")
                        throw Fail(key.Location.Report(Messages.MergeKey));
                    if (seen.TryGetValue(key.Value, out var first))
                        throw Fail(key.Location.Report(Messages.DuplicateKey, key.Value, first.Location.Line, first.Location.Column));
                    seen[key.Value] = key;
                    var value = ReadNode(parser, source, lines, depth + 1);
                    entries.Add(new(key, value));
                }
                return new MappingNode(At(start, source), entries);
            }
            default:
                throw Fail(At(current, source).Report(Messages.YamlSyntax, current.GetType().Name));
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
