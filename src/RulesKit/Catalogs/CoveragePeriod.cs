using System.Collections.Immutable;

namespace RulesKit.Catalogs;

/// <summary>One industry, one determination list, one period in which the same catalog versions are in force.</summary>
public sealed class CoveragePeriod
{
    internal CoveragePeriod(string industry, DateOnly from, DateOnly to, CatalogReference list, ImmutableArray<CatalogReference> standards, ImmutableArray<CriterionCoverage> criteria)
    {
        Industry = industry;
        From = from;
        To = to;
        List = list;
        Standards = standards;
        Criteria = criteria;
    }

    /// <summary>The industry.</summary>
    public string Industry { get; }

    /// <summary>First day of the period.</summary>
    public DateOnly From { get; }

    /// <summary>First day after the period.</summary>
    public DateOnly To { get; }

    /// <summary>The determination list.</summary>
    public CatalogReference List { get; }

    /// <summary>The standards catalogs in force for the industry in the period.</summary>
    public ImmutableArray<CatalogReference> Standards { get; }

    /// <summary>Each criterion of the list, by number.</summary>
    public ImmutableArray<CriterionCoverage> Criteria { get; }
}
