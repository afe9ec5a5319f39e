using RulesKit.Catalogs;
using RulesKit.Reports;

namespace RulesKit.Engine.Facts;

// The facts NRules sees are plain classes (reference identity): NRules would merge value-equal records.

/// <summary>The report under evaluation and the sink its layer-3 rules write to.</summary>
internal sealed class ReportFact(Report report)
{
    public Report Report { get; } = report;

    /// <summary>What the criterion rules decided, by determination list.</summary>
    public Dictionary<Catalog, IReadOnlyList<CriterionMatchFact>> Matches { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Records a criterion rule's decision. No rule matches on a decision, so it is kept here rather than
    /// inserted into the session (where it would cost an insert and a retract and decide nothing more).
    /// </summary>
    public void Add(CriterionMatchFact match)
    {
        if (!Matches.TryGetValue(match.Criterion.List, out var list))
            Matches[match.Criterion.List] = list = new List<CriterionMatchFact>();
        ((List<CriterionMatchFact>)list).Add(match);
    }
}
