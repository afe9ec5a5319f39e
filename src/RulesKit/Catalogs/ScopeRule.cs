using System.Collections.Immutable;

namespace RulesKit.Catalogs;

/// <summary>One kind of report inside a determination list's scope (e.g. 金属非金属矿山安全生产许可涉及的安全评价).</summary>
public sealed class ScopeRule
{
    internal ScopeRule()
    {
    }

    /// <summary>Its id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The words of the scope text it encodes.</summary>
    public string Text { get; internal init; } = "";

    /// <summary>Industries it covers.</summary>
    public ImmutableArray<string> Industries { get; internal init; } = [];

    /// <summary>Report types it covers; empty: every type.</summary>
    public ImmutableArray<string> ReportTypes { get; internal init; } = [];

    /// <summary>Purposes it covers; empty: every purpose.</summary>
    public ImmutableArray<string> Purposes { get; internal init; } = [];

    /// <summary>
    /// The rule admits a report only when the report records the law, administrative regulation or State Council decision
    /// that sets the assessment (<c>statutoryBasis</c>): 其他安全评价 as the scope text limits them.
    /// </summary>
    public bool RequiresStatutoryBasis { get; internal init; }

    /// <summary>How the text is read, where that is an interpretation.</summary>
    public string? Reading { get; internal init; }

    /// <summary>Whether a report of this industry, type and purpose is covered.</summary>
    public bool Covers(string industry, string reportType, string purpose) =>
        (Industries.Contains(industry) || Industries.Contains("*")) && (ReportTypes.IsEmpty || ReportTypes.Contains(reportType)) && (Purposes.IsEmpty || Purposes.Contains(purpose));
}
