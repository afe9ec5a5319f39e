using System.Collections.Immutable;
using RulesKit.Input;

namespace RulesKit.Catalogs;

/// <summary>A table of a standard (minimum distance by object and facility class…) that conditions consult by name.</summary>
public sealed class LookupTable
{
    // The first row of each key. Rows, not their decimals: a map of a struct value is generic code a fresh process JITs.
    private readonly Dictionary<string, LookupRow> _rows;

    internal LookupTable(string name, string? title, string clause, string source, Confidence confidence, ImmutableArray<string> keys, ImmutableArray<LookupRow> rows, SourceLocation location)
    {
        Name = name;
        Title = title;
        Clause = clause;
        Source = source;
        Confidence = confidence;
        Keys = keys;
        Rows = rows;
        Location = location;
        _rows = rows.GroupBy(r => RowKey(r.Keys)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The name conditions call it by.</summary>
    public string Name { get; }

    /// <summary>What it gives.</summary>
    public string? Title { get; }

    /// <summary>The clause (table number) in the document.</summary>
    public string Clause { get; }

    /// <summary>Where its values were seen.</summary>
    public string Source { get; }

    /// <summary>How sure the catalog is of its values.</summary>
    public Confidence Confidence { get; }

    /// <summary>The names of its keys.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>Its rows.</summary>
    public ImmutableArray<LookupRow> Rows { get; }

    internal SourceLocation Location { get; }

    internal bool TryGet(IReadOnlyList<string> keys, out decimal value)
    {
        var found = _rows.TryGetValue(RowKey(keys), out var row);
        value = found ? row!.Value : 0;
        return found;
    }

    internal bool Contains(IReadOnlyList<string> keys) => _rows.ContainsKey(RowKey(keys));

    private static string RowKey(IEnumerable<string> keys) => string.Join("\u001f", keys);
}
