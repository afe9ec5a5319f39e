namespace RulesKit.Catalogs;

/// <summary>A key of the vocabulary (an industry, a report type, a purpose, a party) and what it means.</summary>
public sealed class Term
{
    internal Term(string key, string title, bool inCampaign = true)
    {
        Key = key;
        Title = title;
        InCampaign = inCampaign;
    }

    /// <summary>The key as written in reports and catalogs.</summary>
    public string Key { get; }

    /// <summary>Its Chinese title.</summary>
    public string Title { get; }

    /// <summary>For an industry: inside the campaign's statutory scope, so that coverage checks it.</summary>
    public bool InCampaign { get; }
}
