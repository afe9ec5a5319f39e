using System.Collections.Immutable;

namespace RulesKit.Catalogs;

/// <summary>A kind of checked subject (a tank area, a distance, a person…) with its typed attributes, merged over every catalog that declares it.</summary>
public sealed class SubjectKind
{
    private readonly Dictionary<string, KindAttribute> _byName;

    internal SubjectKind(string name, string? title, ImmutableArray<KindAttribute> attributes, ImmutableArray<string> declaredBy)
    {
        Name = name;
        Title = title;
        Attributes = attributes;
        DeclaredBy = declaredBy;
        _byName = attributes.ToDictionary(a => a.Name, StringComparer.Ordinal);
    }

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
}
