using RulesKit.Determinations;
using RulesKit.Engine.Compilation;

namespace RulesKit.Engine.Facts;

/// <summary>Layer 1's output: a standards item the observed view violates, with how the report dealt with it.</summary>
internal sealed class NonconformityFact
{
    public required CompiledItem Item { get; init; }
    public required SubjectFact Subject { get; init; }
    public required Disclosure Disclosure { get; init; }
}
