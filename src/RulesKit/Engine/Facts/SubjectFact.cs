using RulesKit.Engine.Conditions;
using RulesKit.Reports;

namespace RulesKit.Engine.Facts;

/// <summary>A checked subject or cited document with its two attribute views.</summary>
internal sealed class SubjectFact
{
    public required ReportFact Report { get; init; }
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public string? Name { get; init; }
    public required bool IsDocument { get; init; }
    public required AttributeView Observed { get; init; }

    /// <summary>Null when the report does not mention the subject.</summary>
    public required AttributeView? Reported { get; init; }

    public bool? ControlsApprovedByRegulator { get; init; }

    /// <summary>Evidence records that concern this subject, in report order.</summary>
    public required IReadOnlyList<EvidenceRecord> Evidence { get; init; }
}
