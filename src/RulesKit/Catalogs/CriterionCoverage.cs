using System.Collections.Immutable;

namespace RulesKit.Catalogs;

/// <summary>One criterion in one industry and period: how it is fed, by which items, and the known gap that explains a hole.</summary>
public sealed class CriterionCoverage
{
    internal CriterionCoverage(int number, FeedLevel feed, ImmutableArray<string> items, KnownGap? gap)
    {
        Number = number;
        Feed = feed;
        Items = items;
        Gap = gap;
    }

    /// <summary>The criterion's number.</summary>
    public int Number { get; }

    /// <summary>How it is fed.</summary>
    public FeedLevel Feed { get; }

    /// <summary>The items that feed it (<c>catalog@version/item</c>), best confidence first.</summary>
    public ImmutableArray<string> Items { get; }

    /// <summary>The known gap that explains why nothing feeds it, if any.</summary>
    public KnownGap? Gap { get; }

    /// <summary>Nothing (or drafts only, which count for nothing) feeds a criterion that applies, and no known gap explains it.</summary>
    public bool IsHole => (Feed is FeedLevel.Nothing or FeedLevel.DraftOnly) && Gap is null;
}
