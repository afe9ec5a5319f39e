using RulesKit.Reports;

namespace RulesKit.Law;

/// <summary>One substance's term: its threshold Q and where it came from, q/Q, β and where it came from, β·q/Q.</summary>
public sealed record SubstanceTerm
{
    /// <summary>The substance as recorded.</summary>
    public required UnitSubstance Substance { get; init; }

    /// <summary>Table 1's row, when the substance is named there.</summary>
    public int? Table1Row { get; init; }

    /// <summary>Table 1's name of that row.</summary>
    public string? Table1Name { get; init; }

    /// <summary>The Table 2 category that gives Q, when the substance is not named in Table 1 (the lowest of its categories').</summary>
    public string? ThresholdCategory { get; init; }

    /// <summary>The threshold Q in tonnes.</summary>
    public required decimal Threshold { get; init; }

    /// <summary>q/Q, rounded to four places.</summary>
    public required decimal Ratio { get; init; }

    /// <summary>β, when known.</summary>
    public decimal? Beta { get; init; }

    /// <summary>The Table 3 name that gives β, when Table 3 names the substance.</summary>
    public string? BetaToxicName { get; init; }

    /// <summary>The Table 4 category that gives β, when Table 3 does not name the substance.</summary>
    public string? BetaCategory { get; init; }

    /// <summary>β·q/Q, rounded to four places, when β is known.</summary>
    public decimal? Weighted { get; init; }

    /// <summary>
    /// Whether β rests on the project's reading rather than the standard's words: a substance of several hazards
    /// outside Table 3 takes the β of the category that sets its threshold (the largest where several tie).
    /// </summary>
    public bool BetaByReading { get; init; }
}
