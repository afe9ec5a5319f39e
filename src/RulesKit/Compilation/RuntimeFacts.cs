using RulesKit.Catalogs;
using RulesKit.Conditions;
using RulesKit.Determinations;
using RulesKit.Facts;

namespace RulesKit.Compilation;

// The facts NRules sees. Plain classes (reference identity): NRules would merge value-equal records.

/// <summary>The report under evaluation and the sink its layer-3 rules write to.</summary>
internal sealed class ReportFact(Report report)
{
    public Report Report { get; } = report;
    public Dictionary<string, Determinations.Determination> Determinations { get; } = new(StringComparer.Ordinal);
}

/// <summary>A checked subject or cited document with its two attribute views.</summary>
internal sealed class SubjectFact
{
    public required ReportFact Report { get; init; }
    public required CheckedSubject Source { get; init; }
    public required string Kind { get; init; }
    public required bool IsDocument { get; init; }
    public required AttributeView Observed { get; init; }

    /// <summary>Null when the report does not mention the subject.</summary>
    public required AttributeView? Reported { get; init; }

    /// <summary>Evidence records that concern this subject, in report order.</summary>
    public required IReadOnlyList<EvidenceRecord> Evidence { get; init; }
}

/// <summary>Layer 1's output: a standards item the observed view violates, with how the report dealt with it.</summary>
internal sealed class Nonconformity
{
    public required StandardItem Item { get; init; }
    public required SubjectFact Subject { get; init; }
    public required Disclosure Disclosure { get; init; }

    /// <summary>The explanation record, built once however many criteria cite it.</summary>
    public NonconformityRecord? Record { get; set; }
}

/// <summary>Layer 2's output: a nonconformity judged against one criterion, element by element.</summary>
internal sealed class CriterionMatch
{
    public required ReportFact Report { get; init; }
    public required Criterion Criterion { get; init; }
    public required Nonconformity Nonconformity { get; init; }
    public required IReadOnlyList<ElementResult> Elements { get; init; }
    public required CriterionOutcome Outcome { get; init; }
}
