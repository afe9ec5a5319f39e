using System.Collections.Immutable;
using System.Text;

namespace RulesKit;

/// <summary>The JSON Schemas of RulesKit's file formats, embedded in the library (the repository's rules/schema folder).</summary>
public static class RulesKitSchemas
{
    private const string Prefix = "schema/";

    /// <summary>The schema file names, e.g. <c>report.schema.json</c>.</summary>
    public static ImmutableArray<string> Names { get; } = [.. typeof(RulesKitSchemas).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)];

    /// <summary>The text of schema <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    /// <exception cref="ArgumentException">No schema has that name.</exception>
    public static string Read(string name)
    {
        using var stream = typeof(RulesKitSchemas).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new ArgumentException($"no embedded schema '{name}'; schemas: {string.Join(", ", Names)}", nameof(name));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
