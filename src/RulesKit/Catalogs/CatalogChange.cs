namespace RulesKit.Catalogs;

/// <summary>One difference between two catalog versions: a part (header, item, criterion, table, class, category, scope) added, removed, or a field of it changed.</summary>
public sealed class CatalogChange
{
    internal CatalogChange(ChangeKind kind, string part, string? field, string? before, string? after)
    {
        Kind = kind;
        Part = part;
        Field = field;
        Before = before;
        After = after;
    }

    /// <summary>Added, removed or changed.</summary>
    public ChangeKind Kind { get; }

    /// <summary>The part: <c>header</c>, <c>item HC-05</c>, <c>criterion 3</c>, <c>table distance</c>, <c>class false_report</c>, <c>category x</c>, <c>scope</c>.</summary>
    public string Part { get; }

    /// <summary>The field that changed; null for an added or removed part.</summary>
    public string? Field { get; }

    /// <summary>The older value (or the removed part in brief).</summary>
    public string? Before { get; }

    /// <summary>The newer value (or the added part in brief).</summary>
    public string? After { get; }
}
