using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RulesKit.Reports;

/// <summary>
/// An attribute map as the JSON Lines reader makes it: names and values in two arrays, in the line's order. A
/// subject has a handful of attributes, so a name is found by a walk (by reference first: the reader and the kinds
/// share the names' instances) instead of by hashing every name of every line as a dictionary would, and the map
/// takes a third less memory. Read-only to everyone but the check, which converts its values in place.
/// </summary>
internal sealed class AttributeMap : IReadOnlyDictionary<string, object>
{
    /// <summary>The longest map the reader makes (kinds have at most 18 attributes): checking a longer one for repeated
    /// names by a walk would cost its length squared, so the located reader reads it.</summary>
    public const int MaxWalked = 32;

    private string[] _names;
    private object?[] _values;

    /// <summary>A map of the first <paramref name="count"/> names and values; the names are distinct (the reader checks).</summary>
    public AttributeMap(string[] names, object?[] values, int count)
    {
        _names = names;
        _values = values;
        Count = count;
    }

    public int Count { get; private set; }

    public string NameAt(int index) => _names[index];

    public object? ValueAt(int index) => _values[index];

    /// <summary>The check's conversion of the value at <paramref name="index"/>.</summary>
    internal void SetAt(int index, object value) => _values[index] = value;

    /// <summary>A value the check adds (a fact a recorded one implies), after the others.</summary>
    internal void Add(string name, object value)
    {
        if (Count == _names.Length)
        {
            Array.Resize(ref _names, Count + 1);
            Array.Resize(ref _values, Count + 1);
        }
        _names[Count] = name;
        _values[Count++] = value;
    }

    /// <summary>The check drops a value that is not one (null): the rest keep their order.</summary>
    internal void RemoveAt(int index)
    {
        Count--;
        Array.Copy(_names, index + 1, _names, index, Count - index);
        Array.Copy(_values, index + 1, _values, index, Count - index);
        _names[Count] = null!;
        _values[Count] = null;
    }

    private int IndexOf(string key)
    {
        for (var i = 0; i < Count; i++)
            if (ReferenceEquals(_names[i], key))
                return i;
        for (var i = 0; i < Count; i++)
            if (string.Equals(_names[i], key, StringComparison.Ordinal))
                return i;
        return -1;
    }

    public object this[string key] => IndexOf(key) is >= 0 and var i ? _values[i]! : throw new KeyNotFoundException($"no attribute '{key}'");

    public IEnumerable<string> Keys => _names.Take(Count);

    public IEnumerable<object> Values => _values.Take(Count)!;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i]! : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return new(_names[i], _values[i]!);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
