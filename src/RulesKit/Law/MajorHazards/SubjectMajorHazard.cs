using System.Collections.Immutable;

namespace RulesKit.Law;

/// <summary>A subject's GB 18218 identification, computed from the inventory verification recorded.</summary>
public sealed record SubjectMajorHazard
{
    /// <summary>The subject's id.</summary>
    public required string Subject { get; init; }

    /// <summary>The identification and grade, with every term.</summary>
    public required MajorHazardIdentification Identification { get; init; }

    /// <summary>
    /// The substances found that the report's hazard identification does not list; null when the report's list was
    /// not recorded.
    /// </summary>
    public ImmutableArray<string>? LeftOut { get; init; }
}
