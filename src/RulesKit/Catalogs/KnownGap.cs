namespace RulesKit.Catalogs;

/// <summary>A criterion that applies to an industry but that no standard feeds in a period, written down with the reason (rules/known-gaps.yaml).</summary>
public sealed class KnownGap
{
    internal KnownGap()
    {
    }

    /// <summary>The determination list's id.</summary>
    public string List { get; internal init; } = "";

    /// <summary>The criterion's number.</summary>
    public int Criterion { get; internal init; }

    /// <summary>The industry.</summary>
    public string Industry { get; internal init; } = "";

    /// <summary>First day of the gap; null: from the start.</summary>
    public DateOnly? From { get; internal init; }

    /// <summary>First day after the gap; null: still open.</summary>
    public DateOnly? To { get; internal init; }

    /// <summary>Why nothing feeds it.</summary>
    public string Reason { get; internal init; } = "";

    /// <summary>Whether the gap covers <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => (From is null || From <= date) && (To is null || date < To);
}
