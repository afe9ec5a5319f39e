using RulesKit.Determinations;
using RulesKit.Engine.Compilation;

namespace RulesKit.Engine.Facts;

/// <summary>Layer 2's output: a nonconformity judged against one criterion, element by element.</summary>
internal sealed class CriterionMatchFact
{
    public required ReportFact Report { get; init; }
    public required CompiledCriterion Criterion { get; init; }
    public required NonconformityFact Nonconformity { get; init; }
    public required IReadOnlyList<ElementResult> Elements { get; init; }
    public required CriterionOutcome Outcome { get; init; }
}
