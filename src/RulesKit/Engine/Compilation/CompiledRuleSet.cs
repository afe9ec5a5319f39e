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
    private static readonly int MaxPooled = Environment.ProcessorCount * 2;

    public CompiledRuleSet(IReadOnlyList<Catalog> catalogs, ISessionFactory factory, IReadOnlyDictionary<string, CompiledItem> itemsByRule)
    {
        Catalogs = catalogs;
        Factory = factory;
        ItemsByRule = itemsByRule;
        FullReferences = [.. catalogs.Select(c => c.Reference)];
        Lists = [.. catalogs.Where(c => c.Type == CatalogType.Determination)];
        HasIndustryStandard = catalogs.Any(c => c.Type == CatalogType.Standards && !c.IsCrossIndustry);
        _itemsByKind = itemsByRule.Values.GroupBy(i => i.Item.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, CompiledItem[]> _itemsByKind;

    // The items of a kind that bind an industry (the items of other industries' sections left out).
    private readonly ConcurrentDictionary<(string Kind, string Industry), CompiledItem[]> _applicable = new();

    /// <summary>
    /// Whether some item rule of this set can fire on <paramref name="subject"/>: the same tests the item rules
    /// make (industry, condition on the observed view, comparison of the views), run once before the session so
    /// that a subject no rule can match is not inserted and retracted for nothing. NRules makes the decision
    /// again on what is inserted. A condition that fails at run time counts as "can fire", so the session
    /// reports the failure (RK5004) exactly as before.
    /// </summary>
    public bool CanFire(SubjectFact subject)
    {
        var industry = subject.Report.Report.Industry;
        if (!_applicable.TryGetValue((subject.Kind, industry), out var items))
            _applicable[(subject.Kind, industry)] = items = _itemsByKind.TryGetValue(subject.Kind, out var all) ? [.. all.Where(i => i.Item.AppliesTo(industry))] : [];
        foreach (var item in items)
        {
            if (item.Condition is { } condition)
            {
                try
                {
                    if (condition.Evaluate(subject.Observed) == true)
                        return true;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return true;
                }
            }
            else if (item.Item.Comparison is { Attribute: null })
            {
                if (subject.Reported is null)
                    return true;
            }
            else if (item.Item.Comparison is { } compare && RuleActions.Differs(subject, item.CompareSlot, compare.Tolerance))
            {
                return true;
            }
        }
        return false;
    }

    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _fed = new(StringComparer.Ordinal);

    public IReadOnlyList<Catalog> Catalogs { get; }

    public ISessionFactory Factory { get; }

    public IReadOnlyDictionary<string, CompiledItem> ItemsByRule { get; }

    public IReadOnlyList<CatalogReference> FullReferences { get; }

    /// <summary>The determination lists in force, in catalog order.</summary>
    public IReadOnlyList<Catalog> Lists { get; }

    /// <summary>Whether a standards catalog of an industry (not only cross-industry ones) is in force.</summary>
    public bool HasIndustryStandard { get; }

    /// <summary>The categories some (non-draft) item in force for <paramref name="industry"/> feeds: a criterion none of whose categories is here cannot be decided.</summary>
    public IReadOnlySet<string> FedCategories(string industry) => _fed.GetOrAdd(industry, i =>
    {
        var fed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Catalogs.SelectMany(c => c.Items).Where(item => item.Confidence != Confidence.Draft && item.AppliesTo(i)))
            fed.UnionWith(item.Categories);
        return fed;
    });

    public PooledSession Rent() => _pool.TryTake(out var session) ? session : new PooledSession(this);

    /// <summary>Retracts every fact (inserted or derived) and keeps the session for the next report.</summary>
    public void Return(PooledSession session)
    {
        session.Session.RetractAll(session.Session.Query<object>().ToList());
        session.Issues.Clear();
        if (_pool.Count < MaxPooled)
            _pool.Add(session);
    }
}
