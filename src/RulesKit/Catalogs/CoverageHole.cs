namespace RulesKit.Catalogs;

/// <summary>A criterion that applies to an industry but that nothing in force feeds in a period, with no known gap to explain it.</summary>
public sealed class CoverageHole
{
    internal CoverageHole(CoveragePeriod period, CriterionCoverage criterion)
    {
        Period = period;
        Criterion = criterion;
    }

    /// <summary>The industry, list and period.</summary>
    public CoveragePeriod Period { get; }

    /// <summary>The criterion fed by nothing.</summary>
    public CriterionCoverage Criterion { get; }
}
