namespace RulesKit.Campaign.Ledger;

/// <summary>One entry of the rectification ledger (整改台账): a problem, its measures, who answers for it and by when.</summary>
public sealed record RectificationEntry
{
    /// <summary>Its id.</summary>
    public required string Id { get; init; }

    /// <summary>The county that keeps it.</summary>
    public required string County { get; init; }

    /// <summary>The unit that must rectify (an agency, an enterprise, a bureau).</summary>
    public required string Unit { get; init; }

    /// <summary>The report or inspection record it comes from, when it comes from one.</summary>
    public string? From { get; init; }

    /// <summary>问题.</summary>
    public required string Problem { get; init; }

    /// <summary>整改措施.</summary>
    public required string Measures { get; init; }

    /// <summary>责任人.</summary>
    public required string Responsible { get; init; }

    /// <summary>The day the problem was entered: a submission lists it when this is on or before its 截止日期.</summary>
    public required DateOnly Found { get; init; }

    /// <summary>整改时限.</summary>
    public required DateOnly Due { get; init; }

    /// <summary>The day it was done, when it was.</summary>
    public DateOnly? Done { get; init; }

    /// <summary>The file it was read from.</summary>
    public string? Source { get; init; }
}
