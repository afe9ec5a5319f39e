using System.Collections.Immutable;

namespace RulesKit.Testing.Scenarios;

/// <summary>What a scenario expects of one determination list.</summary>
public sealed class ListExpectation
{
    /// <summary>The verdict class id, or "none"; null: not checked.</summary>
    public string? Verdict { get; init; }

    /// <summary>Exactly these criteria met; null: not checked.</summary>
    public ImmutableArray<int>? Met { get; init; }

    /// <summary>Exactly these criteria suspected; null: not checked.</summary>
    public ImmutableArray<int>? Suspected { get; init; }

    /// <summary>These criteria not met.</summary>
    public ImmutableArray<int> NotMet { get; init; } = [];

    /// <summary>Exactly these criteria cannot be decided; null: not checked.</summary>
    public ImmutableArray<int>? CannotDecide { get; init; }
}
