using System.Text;

namespace RulesKit.Input;

/// <summary>
/// The one way RulesKit reads a YAML or JSON document: strict UTF-8, size and depth limits, and located
/// nodes. JSON (a text whose first character is <c>{</c>) is read by System.Text.Json, everything else by
/// the strict YAML reader, which refuses what untrusted input could abuse (aliases, tags, merge keys,
/// duplicate keys). Every problem is a <see cref="RulesKitInputException"/> with file, line and column.
/// </summary>
public static class DocumentReader
{
    /// <summary>Longest text read, in characters.</summary>
    public const int MaxChars = 16 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists.</summary>
    public const int MaxDepth = 64;

    /// <summary>Longest single value, in characters.</summary>
    public const int MaxValueChars = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Reads a file; <paramref name="path"/> is how messages name it.</summary>
    /// <exception cref="RulesKitInputException">The file is missing, too large, not UTF-8, or not a valid document.</exception>
    public static DocumentNode ReadFile(string path)
    {
        if (!File.Exists(path))
            throw new RulesKitInputException([Messages.FileNotFound.At(path, 0, 0)]);
        var length = new FileInfo(path).Length;
        if (length > MaxChars * 4L)
            throw new RulesKitInputException([Messages.TooLong.At(path, 0, 0, length, MaxChars)]);
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads UTF-8 bytes.</summary>
    /// <exception cref="RulesKitInputException">The bytes are not UTF-8 or not a valid document.</exception>
    public static DocumentNode Read(ReadOnlySpan<byte> content, string source) => Read(Decode(content, source), source);

    /// <summary>Reads a stream to its end as UTF-8.</summary>
    /// <exception cref="RulesKitInputException">The stream is too long, not UTF-8 or not a valid document.</exception>
    public static DocumentNode Read(Stream content, string source)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = content.Read(buffer)) > 0)
        {
            if (copy.Length + read > MaxChars * 4L)
                throw new RulesKitInputException([Messages.TooLong.At(source, 0, 0, copy.Length + read, MaxChars)]);
            copy.Write(buffer, 0, read);
        }
        return Read(copy.GetBuffer().AsSpan(0, (int)copy.Length), source);
    }

    /// <summary>Reads a text (YAML, or JSON when it starts with <c>{</c>).</summary>
    /// <exception cref="RulesKitInputException">The text is too long or not a valid document.</exception>
    public static DocumentNode Read(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxChars)
            throw new RulesKitInputException([Messages.TooLong.At(source, 0, 0, text.Length, MaxChars)]);
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        return LooksLikeJson(text) ? JsonNodeReader.Read(text, source) : StrictYamlReader.Read(text, source);
    }

    internal static string Decode(ReadOnlySpan<byte> content, string source)
    {
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            throw new RulesKitInputException([Messages.NotUtf8.At(source, 0, 0)], e);
        }
    }

    internal static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
                continue;
            return c == '{';
        }
        return false;
    }
}
