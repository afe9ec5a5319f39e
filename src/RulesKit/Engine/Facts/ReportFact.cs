using RulesKit.Catalogs;
using RulesKit.Reports;

namespace RulesKit.Engine.Facts;

// The facts NRules sees are plain classes (reference identity): NRules would merge value-equal records.

/// <summary>The report under evaluation and the sink its layer-3 rules write to.</summary>
internal sealed class ReportFact(Report report)
{
    public Report Report { get; } = report;

    private static readonly Dictionary<Catalog, IReadOnlyList<CriterionMatchFact>> None = new(ReferenceEqualityComparer.Instance);
    private Dictionary<Catalog, IReadOnlyList<CriterionMatchFact>>? _matches;

    /// <summary>What the criterion rules decided, by determination list (made on the first decision: most reports have none).</summary>
    public IReadOnlyDictionary<Catalog, IReadOnlyList<CriterionMatchFact>> Matches => _matches ?? None;

    private List<NonconformityFact>? _raised;

    /// <summary>The nonconformities the item rules raised on this report's subjects, in firing order.</summary>
    public IReadOnlyList<NonconformityFact> Raised => _raised ?? (IReadOnlyList<NonconformityFact>)[];

    /// <summary>Records an item rule's nonconformity; the evaluator inserts them for the criterion rules in one batch.</summary>
    public void Raise(NonconformityFact nonconformity) => (_raised ??= []).Add(nonconformity);

    private List<(string Item, string Subject, string Message)>? _issues;

    /// <summary>Conditions that failed at run time on this report's facts: (item, subject, message), in failure order.</summary>
    public IReadOnlyList<(string Item, string Subject, string Message)> Issues => _issues ?? (IReadOnlyList<(string, string, string)>)[];

    /// <summary>Records a condition that failed on one of this report's facts (see PooledSession).</summary>
    public void Fail(string item, string subject, string message) => (_issues ??= []).Add((item, subject, message));

    /// <summary>
    /// Records a criterion rule's decision. No rule matches on a decision, so it is kept here rather than
    /// inserted into the session (where it would cost an insert and a retract and decide nothing more).
    /// </summary>
    public void Add(CriterionMatchFact match)
    {
        _matches ??= new Dictionary<Catalog, IReadOnlyList<CriterionMatchFact>>(ReferenceEqualityComparer.Instance);
        if (!_matches.TryGetValue(match.Criterion.List, out var list))
            _matches[match.Criterion.List] = list = new List<CriterionMatchFact>();
        ((List<CriterionMatchFact>)list).Add(match);
    }
}
