using RulesKit.Catalogs;
using RulesKit.Law;

namespace RulesKit.Engine.Compilation;

/// <summary>
/// What a rule set needs to screen a subject of one kind in one industry before any fact exists: the kind and
/// the items of the set that can meet it.
/// </summary>
internal sealed class KindScreen(SubjectKind kind, CompiledItem[] items)
{
    public SubjectKind Kind { get; } = kind;

    /// <summary>The items of the rule set whose rules can match a subject of this kind in this industry.</summary>
    public CompiledItem[] Items { get; } = items;

    /// <summary>
    /// Whether some item rule can fire on a subject with these views (a breach, or one the facts recorded leave open):
    /// the law's test the item rules make
    /// (<see cref="ItemReading.Fires"/>), run before the session so that a subject no
    /// rule can match is neither built into a fact nor inserted and retracted for nothing. NRules makes the
    /// decision again on what is inserted. A condition that fails at run time counts as "can fire", so the
    /// session reports the failure (RK5004) exactly as it would without the screen. <paramref name="reportedSlots"/>
    /// is null when the report does not mention the subject.
    /// </summary>
    public bool CanFire(AttributeView observed, object?[]? reportedSlots)
    {
        foreach (var item in Items)
        {
            try
            {
                if (ItemReading.Fires(item, observed, reportedSlots) != false)
                    return true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>The screens of every kind of a catalog set for one industry, found by the kind itself or by its name.</summary>
internal sealed class KindScreens
{
    private readonly KindScreen[] _byIndex;
    private readonly Dictionary<string, KindScreen> _byName;

    public KindScreens(IReadOnlyList<KindScreen> screens)
    {
        _byIndex = new KindScreen[screens.Count == 0 ? 0 : screens.Max(s => s.Kind.Index) + 1];
        foreach (var screen in screens)
            _byIndex[screen.Kind.Index] = screen;
        _byName = screens.ToDictionary(s => s.Kind.Name, StringComparer.Ordinal);
    }

    /// <summary>The screen of <paramref name="kind"/> when it is one of this set's kinds (an array read), else of the kind named <paramref name="name"/>.</summary>
    public KindScreen For(SubjectKind? kind, string name) => Of(kind) ?? _byName[name];

    /// <summary>The screen of <paramref name="kind"/> when it is one of this set's kinds (an array read), else null.</summary>
    public KindScreen? Of(SubjectKind? kind) =>
        kind is not null && (uint)kind.Index < (uint)_byIndex.Length && _byIndex[kind.Index] is { } screen && ReferenceEquals(screen.Kind, kind)
            ? screen
            : null;
}
