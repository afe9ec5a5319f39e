using System.Collections.Concurrent;
using NRules;
using RulesKit.Catalogs;
using RulesKit.Engine.Facts;

namespace RulesKit.Engine.Compilation;

/// <summary>The NRules session factory for one combination of catalogs in force, with what is fixed by that combination.</summary>
internal sealed class CompiledRuleSet
{
    // Creating a session costs about as much as evaluating a clean report, so sessions are pooled:
    // one is rented per evaluation (a session is single-threaded) and returned emptied.
    private readonly ConcurrentBag<PooledSession> _pool = [];
    internal static readonly int MaxPooled = Environment.ProcessorCount * 2;

    // How many sessions the pool holds, counted here: ConcurrentBag.Count freezes the whole bag (its global lock and
    // every thread's queue lock) on each call, and Return asked it once per report that reached a session.
    private int _pooled;

    public CompiledRuleSet(IReadOnlyList<Catalog> catalogs, ISessionFactory factory, IReadOnlyDictionary<string, CompiledItem> itemsByRule, CompiledCatalogs compiled, bool reportsIndependent)
    {
        ReportsIndependent = reportsIndependent;
        _compiled = compiled;
        Catalogs = catalogs;
        Factory = factory;
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
            new KindScreen(kind, _itemsByKind.TryGetValue(kind.Name, out var all) ? [.. all.Where(item => item.Item.AppliesTo(i))] : [], _compiled.ConstructorOf(kind.Name)))]));

    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _fed = new(StringComparer.Ordinal);

    public IReadOnlyList<Catalog> Catalogs { get; }

    /// <summary>
    /// Every rule has one pattern and writes only to the report of the fact it matched, so reports sharing a
    /// session cannot see each other: the evaluator may decide several in one session (Evaluator.RunAll).
    /// </summary>
    public bool ReportsIndependent { get; }

    public ISessionFactory Factory { get; }

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

    public PooledSession Rent()
    {
        if (!_pool.TryTake(out var session))
            return new PooledSession(this);
        Interlocked.Decrement(ref _pooled);
        return session;
    }

    /// <summary>
    /// Retracts the facts inserted into the session (a report's candidates and nonconformities: no rule inserts any)
    /// and keeps it for the next report. Retracting the known facts in one batch skips querying the session for them.
    /// </summary>
    public void Return(PooledSession session, IReadOnlyList<SubjectFact> candidates, IReadOnlyList<NonconformityFact> nonconformities)
    {
        session.Session.RetractAll(nonconformities.Count == 0 ? candidates : candidates.Concat<object>(nonconformities));
        if (Interlocked.Increment(ref _pooled) <= MaxPooled)
            _pool.Add(session);
        else
            Interlocked.Decrement(ref _pooled);
    }
}
