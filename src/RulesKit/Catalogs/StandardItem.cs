using System.Collections.Immutable;
using RulesKit.Input;

namespace RulesKit.Catalogs;

/// <summary>
/// One item of a standards catalog: a clause with its text and source, and the condition on a subject kind
/// (or the comparison of views) that finds a breach of it.
/// </summary>
public sealed class StandardItem
{
    internal StandardItem()
    {
    }

    /// <summary>The item's id in its catalog.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>A short title, when given.</summary>
    public string? Title { get; internal init; }

    /// <summary>The clause number in the document.</summary>
    public string Clause { get; internal init; } = "";

    /// <summary>The clause text (verbatim at the item's confidence).</summary>
    public string Text { get; internal init; } = "";

    /// <summary>Where the text was seen.</summary>
    public string Source { get; internal init; } = "";

    /// <summary>How sure the catalog is of the text.</summary>
    public Confidence Confidence { get; internal init; }

    /// <summary>A veto item (否决项): its breach affects a favourable conclusion.</summary>
    public bool Veto { get; internal init; }

    /// <summary>The nonconformity categories it feeds.</summary>
    public ImmutableArray<string> Categories { get; internal init; } = [];

    /// <summary>The industries of its catalog it applies to (a standard's industry section); empty: all of them.</summary>
    public ImmutableArray<string> Industries { get; internal init; } = [];

    /// <summary>Whether the item applies to a report of <paramref name="industry"/> (its catalog applying too).</summary>
    public bool AppliesTo(string industry) => Industries.IsEmpty || Industries.Contains(industry);

    /// <summary>The subject kind it tests.</summary>
    public string Kind { get; internal init; } = "";

    /// <summary>The condition on the observed view, as written; null for a comparison item.</summary>
    public string? Condition { get; internal init; }

    /// <summary>The comparison of the two views; null for a condition item.</summary>
    public ViewComparison? Comparison { get; internal init; }

    /// <summary>The threshold an explanation shows, as an expression over the attributes; null when none.</summary>
    public string? Threshold { get; internal init; }

    /// <summary>The safety code (规程) the item falls under, when given (Annex 4 criterion 11).</summary>
    public string? SafetyCode { get; internal init; }

    /// <summary>How the item is read, where that is an interpretation.</summary>
    public string? Reading { get; internal init; }

    internal ScalarNode? ConditionNode { get; init; }

    internal ScalarNode? ThresholdNode { get; init; }

    internal SourceLocation Location { get; init; }

    /// <summary>The condition or comparison as shown in explanations.</summary>
    public string Test => Condition ?? Comparison?.ToString() ?? "";
}
