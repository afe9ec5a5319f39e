using RulesKit.Facts;

namespace RulesKit.Scenarios;

/// <summary>What a scenario expects of one determination list.</summary>
public sealed record ListExpectation
{
    /// <summary>The verdict class id, or "none"; null: not checked.</summary>
    public string? Verdict { get; init; }

    /// <summary>Exactly these criteria met; null: not checked.</summary>
    public IReadOnlyList<int>? Met { get; init; }

    /// <summary>Exactly these criteria suspected; null: not checked.</summary>
    public IReadOnlyList<int>? Suspected { get; init; }

    /// <summary>These criteria not met.</summary>
    public IReadOnlyList<int> NotMet { get; init; } = [];
}

/// <summary>An expert's test: a report (and optionally a date and catalogs) and what the engine must decide.</summary>
public sealed record Scenario
{
    /// <summary>A readable name.</summary>
    public required string Name { get; init; }

    /// <summary>The file it was written in, with its line.</summary>
    public required string Location { get; init; }

    /// <summary>The report to evaluate.</summary>
    public required Report Report { get; init; }

    /// <summary>Evaluate as of this date instead of the report's evaluation date.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>A rules folder to use instead of the engine's catalogs.</summary>
    public string? Catalogs { get; init; }

    /// <summary>Expectations per determination list id.</summary>
    public IReadOnlyDictionary<string, ListExpectation> Lists { get; init; } = new Dictionary<string, ListExpectation>();

    /// <summary>Nonconformities that must be found, as <c>catalog/item@subject</c>.</summary>
    public IReadOnlyList<string> Present { get; init; } = [];

    /// <summary>Nonconformities that must not be found.</summary>
    public IReadOnlyList<string> Absent { get; init; } = [];
}

/// <summary>The outcome of one scenario: what differed from its expectations.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Differences">Empty when it passed; otherwise one readable line per difference.</param>
/// <param name="Evaluation">The evaluation it checked.</param>
public sealed record ScenarioResult(Scenario Scenario, IReadOnlyList<string> Differences, Determinations.ReportEvaluation Evaluation)
{
    /// <summary>True when every expectation held.</summary>
    public bool Passed => Differences.Count == 0;
}
