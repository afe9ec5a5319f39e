using RulesKit.Catalogs;
using RulesKit.Reports;

namespace RulesKit.Engine.Facts;

// The facts NRules sees are plain classes (reference identity): NRules would merge value-equal records.

/// <summary>The report under evaluation and the sink its layer-3 rules write to.</summary>
internal sealed class ReportFact(Report report)
{
    public Report Report { get; } = report;

    /// <summary>What each determination list decided, by list id; written by the verdict rules.</summary>
    public Dictionary<Catalog, IReadOnlyList<CriterionMatchFact>> Matches { get; } = new(ReferenceEqualityComparer.Instance);
}
