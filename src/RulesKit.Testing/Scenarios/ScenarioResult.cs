using System.Collections.Immutable;
using RulesKit.Results;

namespace RulesKit.Testing.Scenarios;

/// <summary>The outcome of one scenario: what differed from its expectations.</summary>
public sealed class ScenarioResult
{
    internal ScenarioResult(Scenario scenario, ImmutableArray<string> differences, ReportEvaluation evaluation)
    {
        Scenario = scenario;
        Differences = differences;
        Evaluation = evaluation;
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Empty when it passed; otherwise one readable line per difference.</summary>
    public ImmutableArray<string> Differences { get; }

    /// <summary>The evaluation it checked.</summary>
    public ReportEvaluation Evaluation { get; }

    /// <summary>True when every expectation held.</summary>
    public bool Passed => Differences.IsEmpty;
}
