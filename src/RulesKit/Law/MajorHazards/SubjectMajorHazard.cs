using System.Collections.Immutable;

namespace RulesKit.Law;

/// <summary>
/// A subject's major-hazard grade and where it came from: computed from the inventory verification recorded (GB 18218,
/// with every term), or entered as a grade without an inventory.
/// </summary>
public sealed record SubjectMajorHazard
{
    /// <summary>The subject's id.</summary>
    public required string Subject { get; init; }

    /// <summary>The identification and grade, with every term; null when the grade was entered, not computed.</summary>
    public MajorHazardIdentification? Identification { get; init; }

    /// <summary>The grade verification entered without an inventory (used as entered); null when computed.</summary>
    public decimal? EnteredGrade { get; init; }

    /// <summary>
    /// The substances found that the report's hazard identification does not list; null when the report's list was
    /// not recorded.
    /// </summary>
    public ImmutableArray<string>? LeftOut { get; init; }
}
