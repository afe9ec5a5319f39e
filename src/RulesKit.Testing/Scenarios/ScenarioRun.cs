using System.Collections.Immutable;

namespace RulesKit.Testing.Scenarios;

/// <summary>A suite's results and coverage.</summary>
public sealed class ScenarioRun
{
    internal ScenarioRun(ImmutableArray<ScenarioResult> results, SuiteCoverage coverage)
    {
        Results = results;
        Coverage = coverage;
    }

    /// <summary>One per scenario, in file order.</summary>
    public ImmutableArray<ScenarioResult> Results { get; }

    /// <summary>What the suite exercised.</summary>
    public SuiteCoverage Coverage { get; }
}
