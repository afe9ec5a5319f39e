namespace RulesKit.Catalogs;

/// <summary>The days of a campaign, both included, and where the campaign's document says so.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Citation">Where the dates stand, verbatim.</param>
public sealed record CheckPeriod(DateOnly From, DateOnly To, string Citation)
{
    /// <summary>Whether <paramref name="day"/> is one of the campaign's days.</summary>
    public bool Contains(DateOnly day) => day >= From && day <= To;
}
