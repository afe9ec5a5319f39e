using System.Collections.Immutable;

namespace RulesKit.Catalogs;

/// <summary>One row of a lookup table: its keys and its value.</summary>
public sealed class LookupRow
{
    internal LookupRow(ImmutableArray<string> keys, decimal value)
    {
        Keys = keys;
        Value = value;
    }

    /// <summary>The key values, in the table's key order.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>The value (e.g. a minimum distance in metres).</summary>
    public decimal Value { get; }
}
