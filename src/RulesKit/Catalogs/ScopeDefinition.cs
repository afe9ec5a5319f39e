using System.Collections.Immutable;

namespace RulesKit.Catalogs;

/// <summary>The reports a determination list is meant for (the campaign's statutory assessments), verbatim, with rules that encode it.</summary>
public sealed class ScopeDefinition
{
    internal ScopeDefinition()
    {
    }

    /// <summary>The scope text, verbatim.</summary>
    public string Text { get; internal init; } = "";

    /// <summary>Where the text stands.</summary>
    public string Citation { get; internal init; } = "";

    /// <summary>The kinds of report inside the scope.</summary>
    public ImmutableArray<ScopeRule> Rules { get; internal init; } = [];
}
