using System.Collections.Immutable;

namespace RulesKit.Catalogs;

/// <summary>A kind of checked subject (a tank area, a distance, a person…) with its typed attributes, merged over every catalog that declares it.</summary>
public sealed class SubjectKind
{
    private readonly Dictionary<string, KindAttribute> _byName;

    internal SubjectKind(string name, string? title, ImmutableArray<KindAttribute> attributes, ImmutableArray<string> declaredBy, int index = 0)
    {
        Name = name;
        Index = index;
        Title = title;
        Attributes = attributes;
        DeclaredBy = declaredBy;
        _byName = attributes.ToDictionary(a => a.Name, StringComparer.Ordinal);
        _names = [.. attributes.Select(a => a.Name)];
    }

    // The attribute names by slot, for Find(name, ref next).
    private readonly string[] _names;

    /// <summary>Its place among the kinds of its catalog set, so that the engine can keep what it knows per kind in an array.</summary>
    internal int Index { get; }

    /// <summary>The kind's name in reports.</summary>
    public string Name { get; }

    /// <summary>What it is, in Chinese.</summary>
    public string? Title { get; }

    /// <summary>Its attributes, in declaration order.</summary>
    public ImmutableArray<KindAttribute> Attributes { get; }

    /// <summary>The catalogs (id@version) that declare it.</summary>
    public ImmutableArray<string> DeclaredBy { get; }

    /// <summary>The attribute named <paramref name="name"/>, or null.</summary>
    public KindAttribute? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The attribute named <paramref name="name"/>, or null, as <see cref="Find(string)"/>. Reports read by the
    /// JSON Lines fast path name attributes with the same strings (see ShareNames) and mostly in declaration
    /// order, so the name is first looked for by reference from <paramref name="next"/> on (which then moves past
    /// it): a few pointer compares where a dictionary lookup hashes and compares the text. Any other string is
    /// looked up by value.
    /// </summary>
    internal KindAttribute? Find(string name, ref int next)
    {
        var names = _names;
        for (var i = next; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                next = i + 1;
                return Attributes[i];
            }
        }
        for (var i = 0; i < next && i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                next = i + 1;
                return Attributes[i];
            }
        }
        return _byName.GetValueOrDefault(name);
    }

    /// <summary>
    /// Makes Find(name, ref next) look for <paramref name="shared"/>'s instance of each attribute name (the instance a reader
    /// gives every report's maps). Names stay equal by value, so a reader that gives other instances still finds
    /// every slot, by value.
    /// </summary>
    internal void ShareNames(Func<string, string> shared)
    {
        for (var i = 0; i < _names.Length; i++)
            _names[i] = shared(_names[i]);
    }

    /// <summary>The instance of the name Find(name, ref next) looks for at <paramref name="slot"/>.</summary>
    internal string NameAt(int slot) => _names[slot];
}
