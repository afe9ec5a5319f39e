using System.Collections.Immutable;

namespace RulesKit.Catalogs;

/// <summary>
/// Which criteria of each determination list the standards in force feed, for every industry of the
/// vocabulary inside the campaign's statutory scope and every period between version boundaries: so that a verdict of 未认定 can only mean
/// "looked, and found nothing" where something was there to look with.
/// </summary>
public sealed class CatalogCoverage
{
    private CatalogCoverage(DateOnly from, DateOnly to, ImmutableArray<CoveragePeriod> periods)
    {
        From = from;
        To = to;
        Periods = periods;
    }

    /// <summary>First day covered.</summary>
    public DateOnly From { get; }

    /// <summary>First day after the range covered.</summary>
    public DateOnly To { get; }

    /// <summary>Every industry × list × period, by industry (vocabulary order), list, then date.</summary>
    public ImmutableArray<CoveragePeriod> Periods { get; }

    /// <summary>The holes: a criterion that applies, fed by nothing in some period, with no known gap to explain it.</summary>
    public ImmutableArray<CoverageHole> Holes => [.. Periods.SelectMany(p => p.Criteria.Where(c => c.IsHole).Select(c => new CoverageHole(p, c)))];

    /// <summary>Coverage of <paramref name="set"/> from <paramref name="from"/> up to (not including) <paramref name="to"/>, for every list or only <paramref name="list"/>.</summary>
    public static CatalogCoverage Compute(CatalogSet set, DateOnly from, DateOnly to, string? list = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var periods = ImmutableArray.CreateBuilder<CoveragePeriod>();
        // The campaign's industries (for the reports) and its parties (for the inspection records).
        var keys = set.Vocabulary.Industries.Where(t => t.InCampaign).Select(t => t.Key).Concat(set.Vocabulary.Parties.Select(t => t.Key));
        foreach (var industry in keys)
        {
            var party = set.Vocabulary.IsParty(industry);
            var bounds = set.Catalogs.Where(c => party ? c.Industries.Contains(industry) : c.AppliesTo(industry))
                .SelectMany(c => new[] { c.EffectiveFrom, c.EffectiveTo })
                .OfType<DateOnly>().Where(d => d > from && d < to)
                .Append(from).Append(to).Distinct().Order().ToList();
            for (var i = 0; i + 1 < bounds.Count; i++)
            {
                var (start, end) = (bounds[i], bounds[i + 1]);
                var inForce = set.InForce(industry, start);
                var standards = inForce.Where(c => c.Type == CatalogType.Standards).ToList();
                var items = standards.SelectMany(c => c.Items.Where(item => item.AppliesTo(industry)).Select(item => (Key: $"{c.Reference.Key}/{item.Id}", Item: item))).ToList();
                foreach (var determination in inForce.Where(c => c.Type == CatalogType.Determination && (list is null || c.Id == list)))
                {
                    var criteria = determination.Criteria.OrderBy(c => c.Number).Select(criterion =>
                    {
                        if (!criterion.Industries.IsEmpty && !criterion.Industries.Contains(industry))
                            return new CriterionCoverage(criterion.Number, FeedLevel.NotApplicable, [], null);
                        var feeding = items.Where(x => x.Item.Categories.Any(criterion.Categories.Contains)).OrderBy(x => x.Item.Confidence).ToList();
                        var level = feeding.Count == 0 ? FeedLevel.Nothing : feeding[0].Item.Confidence switch
                        {
                            Confidence.Official => FeedLevel.Official,
                            Confidence.Transcription => FeedLevel.Transcription,
                            Confidence.Recalled => FeedLevel.RecalledOnly,
                            _ => FeedLevel.DraftOnly,
                        };
                        var gap = level is FeedLevel.Nothing or FeedLevel.DraftOnly
                            ? set.KnownGaps.FirstOrDefault(g => g.List == determination.Id && g.Criterion == criterion.Number && g.Industry == industry && g.Covers(start) && g.Covers(end.AddDays(-1)))
                            : null;
                        return new CriterionCoverage(criterion.Number, level, [.. feeding.Select(x => x.Key)], gap);
                    }).ToImmutableArray();
                    periods.Add(new CoveragePeriod(industry, start, end, determination.Reference, [.. standards.Select(c => c.Reference)], criteria));
                }
            }
        }
        return new CatalogCoverage(from, to, periods.ToImmutable());
    }
}
