using System.Collections.Immutable;

namespace RulesKit.Campaign.Ledger;

/// <summary>A campaign folder's campaign.yaml: the city, its counties, and the reporting calendar.</summary>
public sealed class CampaignSettings
{
    internal CampaignSettings()
    {
    }

    /// <summary>The campaign's name.</summary>
    public string Name { get; internal init; } = "";

    /// <summary>The city's 填报单位, its 填报人 and 联系电话; its submission sums the counties'.</summary>
    public CampaignUnit City { get; internal init; } = new("", "", null, null);

    /// <summary>The counties that report to the city.</summary>
    public ImmutableArray<CampaignUnit> Counties { get; internal init; } = [];

    /// <summary>The reporting days (截止日期) of the calendar, in order.</summary>
    public ImmutableArray<DateOnly> ReportingDays { get; internal init; } = [];

    /// <summary>The unit named <paramref name="unit"/> (the city or a county), or null.</summary>
    public CampaignUnit? Find(string unit) => City.Unit == unit ? City : Counties.FirstOrDefault(c => c.Unit == unit || c.County == unit);
}
