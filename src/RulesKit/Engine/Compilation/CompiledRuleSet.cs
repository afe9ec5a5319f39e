using System.Collections.Concurrent;
using NRules;
using RulesKit.Catalogs;

namespace RulesKit.Engine.Compilation;

/// <summary>The NRules sessions for one combination of catalogs in force, with what is fixed by that combination.</summary>
internal sealed class CompiledRuleSet
{
    public CompiledRuleSet(IReadOnlyList<Catalog> catalogs, Sessions sessions, IReadOnlyDictionary<string, CompiledItem> itemsByRule, CompiledCatalogs compiled,
        CompiledCriterion[] criteria)
    {
        Criteria = criteria;
        _compiled = compiled;
        Catalogs = catalogs;
        _itemSessions = sessions.ItemRulesByKind.ToDictionary(p => p.Key, p => new SessionPool(p.Value, this), StringComparer.Ordinal);
        CriterionSessions = new SessionPool(sessions.CriterionRules, this);
        ItemsByRule = itemsByRule;
        FullReferences = [.. catalogs.Select(c => c.Reference)];
        Lists = [.. catalogs.Where(c => c.Type == CatalogType.Determination)];
        HasIndustryStandard = catalogs.Any(c => c.Type == CatalogType.Standards && !c.IsCrossIndustry);
        _itemsByKind = itemsByRule.Values.GroupBy(i => i.Item.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, CompiledItem[]> _itemsByKind;
    private readonly CompiledCatalogs _compiled;

    // Per industry, a screen for every kind: a rule set is shared by the industries that have the same catalogs
    // in force, and an item of one industry section meets only reports of that industry.
    private readonly ConcurrentDictionary<string, KindScreens> _screens = new(StringComparer.Ordinal);

    /// <summary>For each kind, what screening a subject of it in <paramref name="industry"/> takes.</summary>
    public KindScreens ScreensFor(string industry) =>
        _screens.TryGetValue(industry, out var known) ? known : _screens.GetOrAdd(industry, i => new KindScreens([.. _compiled.Set.Kinds.Values.Select(kind =>
            new KindScreen(kind, _itemsByKind.TryGetValue(kind.Name, out var all) ? [.. all.Where(item => item.Item.AppliesTo(i))] : []))]));

    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _fed = new(StringComparer.Ordinal);

    public IReadOnlyList<Catalog> Catalogs { get; }

    /// <summary>
    /// The NRules session factories of a rule set, each compiled when first needed: the item rules of each kind in a
    /// network of their own, and the criterion rules in another, so that a batch inserted or retracted passes one type
    /// node instead of one per kind of the rule set (NRules hands every batch to every type node: ~70 ns each, up to 42
    /// of them). Sound because every rule has one pattern and writes only to the report of the fact it matched
    /// (RuleSetCompiler.OnePatternEach); so is deciding several reports in one session (Evaluator.RunAll).
    /// </summary>
    public sealed record Sessions(IReadOnlyDictionary<string, Func<ISessionFactory>> ItemRulesByKind, Func<ISessionFactory> CriterionRules);

    private readonly Dictionary<string, SessionPool> _itemSessions;

    /// <summary>The sessions of the item rules of <paramref name="kind"/>; null when no item of the rule set is of that kind.</summary>
    public SessionPool? ItemSessions(string kind) => _itemSessions.GetValueOrDefault(kind);

    /// <summary>The sessions of the criterion rules.</summary>
    public SessionPool CriterionSessions { get; }

    /// <summary>The criteria of the lists in force, whose rules the criterion sessions hold.</summary>
    public CompiledCriterion[] Criteria { get; }

    /// <summary>Every session pool of the rule set: the item rules' by kind, then the criteria's.</summary>
    public IEnumerable<SessionPool> Pools => _itemSessions.Values.Append(CriterionSessions);

    public IReadOnlyDictionary<string, CompiledItem> ItemsByRule { get; }

    public IReadOnlyList<CatalogReference> FullReferences { get; }

    /// <summary>The determination lists in force, in catalog order.</summary>
    public IReadOnlyList<Catalog> Lists { get; }

    /// <summary>Whether a standards catalog of an industry (not only cross-industry ones) is in force.</summary>
    public bool HasIndustryStandard { get; }

    /// <summary>The categories some (non-draft) item in force for <paramref name="industry"/> feeds: a criterion none of whose categories is here cannot be decided.</summary>
    public IReadOnlySet<string> FedCategories(string industry) => _fed.TryGetValue(industry, out var known) ? known : _fed.GetOrAdd(industry, i =>
    {
        var fed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Catalogs.SelectMany(c => c.Items).Where(item => item.Confidence != Confidence.Draft && item.AppliesTo(i)))
            fed.UnionWith(item.Categories);
        return fed;
    });
}
