using System.Collections.Immutable;

namespace RulesKit.Testing.Scenarios;

/// <summary>Which catalog items and criteria a suite exercised and which it never did.</summary>
public sealed class SuiteCoverage
{
    internal SuiteCoverage(ImmutableArray<CatalogItemCoverage> catalogs, ImmutableArray<string> criteriaExercised, ImmutableArray<string> criteriaNeverExercised)
    {
        Catalogs = catalogs;
        CriteriaExercised = criteriaExercised;
        CriteriaNeverExercised = criteriaNeverExercised;
        var deciding = catalogs.Sum(c => c.Deciding);
        DecidingPercent = deciding == 0 ? 100m : Math.Round(100m * catalogs.Sum(c => c.DecidingExercised) / deciding, 1);
    }

    /// <summary>Per standards catalog version.</summary>
    public ImmutableArray<CatalogItemCoverage> Catalogs { get; }

    /// <summary><c>list#number</c> of the criteria some scenario met or suspected, by list then number.</summary>
    public ImmutableArray<string> CriteriaExercised { get; }

    /// <summary><c>list#number</c> of the others.</summary>
    public ImmutableArray<string> CriteriaNeverExercised { get; }

    /// <summary>Items that can establish a criterion (official or transcription) exercised, in percent of all such items.</summary>
    public decimal DecidingPercent { get; }
}
