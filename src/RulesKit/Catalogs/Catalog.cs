using System.Collections.Immutable;
using RulesKit.Input;

namespace RulesKit.Catalogs;

/// <summary>One catalog version as loaded from one YAML file: a standard's items or a determination list's criteria.</summary>
public sealed class Catalog
{
    internal Catalog()
    {
    }

    /// <summary>Standards (layer 1) or determination (layer 2).</summary>
    public CatalogType Type { get; internal init; }

    /// <summary>Exact identity: id, version and content hash.</summary>
    public CatalogReference Reference { get; internal init; } = null!;

    /// <summary>Catalog id.</summary>
    public string Id => Reference.Id;

    /// <summary>Version.</summary>
    public string Version => Reference.Version;

    /// <summary>Title of the document.</summary>
    public string Title { get; internal init; } = "";

    /// <summary>Document number (文号).</summary>
    public string Document { get; internal init; } = "";

    /// <summary>national, 河南省…</summary>
    public string Jurisdiction { get; internal init; } = "";

    /// <summary>Industry (or party) keys it applies to, or <c>*</c> for every industry.</summary>
    public ImmutableArray<string> Industries { get; internal init; } = [];

    /// <summary>First day in force; null when not recorded (then it applies to every date before its end).</summary>
    public DateOnly? EffectiveFrom { get; internal init; }

    // Versions by first day, an unrecorded one first. A comparer rather than a DateOnly key: sorting by a struct key
    // runs generic code a fresh process has to JIT.
    internal static readonly IComparer<Catalog> ByEffectiveFrom =
        Comparer<Catalog>.Create((a, b) => (a.EffectiveFrom ?? DateOnly.MinValue).CompareTo(b.EffectiveFrom ?? DateOnly.MinValue));

    /// <summary>First day no longer in force (the successor's first day); null while in force.</summary>
    public DateOnly? EffectiveTo { get; internal init; }

    /// <summary>False when the effective dates are recalled rather than seen in the official text.</summary>
    public bool DatesVerified { get; internal init; } = true;

    /// <summary><c>id@version</c> of the predecessor, when named.</summary>
    public string? Supersedes { get; internal init; }

    /// <summary>Where the document was seen.</summary>
    public string Source { get; internal init; } = "";

    /// <summary>Remarks of the catalog's author.</summary>
    public string? Notes { get; internal init; }

    /// <summary>Path of the file inside the rules folder (e.g. <c>standards/hazchem/major-hazards@2017.yaml</c>).</summary>
    public string FileName { get; internal init; } = "";

    /// <summary>Subject kinds this catalog declares (merged with other catalogs' in <see cref="CatalogSet.Kinds"/>).</summary>
    public ImmutableArray<string> DeclaredKinds { get; internal init; } = [];

    /// <summary>Lookup tables of a standards catalog.</summary>
    public ImmutableArray<LookupTable> Tables { get; internal init; } = [];

    /// <summary>Items of a standards catalog.</summary>
    public ImmutableArray<StandardItem> Items { get; internal init; } = [];

    /// <summary>Verdict classes of a determination catalog.</summary>
    public ImmutableArray<VerdictClass> Classes { get; internal init; } = [];

    /// <summary>Categories a determination catalog declares.</summary>
    public ImmutableArray<Category> Categories { get; internal init; } = [];

    /// <summary>Criteria of a determination catalog, in list order.</summary>
    public ImmutableArray<Criterion> Criteria { get; internal init; } = [];

    /// <summary>The reports a determination list is meant for; null when it does not say.</summary>
    public ScopeDefinition? Scope { get; internal init; }

    /// <summary>
    /// For a campaign's list: the days of the campaign. The list governs only the reports the campaign checked then
    /// (their <c>checkedOn</c>, an inspection's date), whatever date they are judged as of. Null for a standing list.
    /// </summary>
    public CheckPeriod? CheckPeriod { get; internal init; }

    /// <summary>The articles of law a verdict of the list rests on, each with the days its edition governs (by the day of the act).</summary>
    public ImmutableArray<LegalBasis> LegalBasis { get; internal init; } = [];

    internal SourceLocation Location { get; init; }

    /// <summary>The path messages use (as the user typed the folder, or <c>embedded:…</c>).</summary>
    internal string DisplayPath { get; init; } = "";

    /// <summary>Applies to every industry.</summary>
    public bool IsCrossIndustry => Industries.Contains("*");

    /// <summary>In force on <paramref name="date"/>: from is inclusive, to is exclusive.</summary>
    public bool InForceOn(DateOnly date) =>
        (EffectiveFrom is null || EffectiveFrom <= date) && (EffectiveTo is null || date < EffectiveTo);

    /// <summary>Applies to <paramref name="industry"/> (or to every industry).</summary>
    public bool AppliesTo(string industry) => IsCrossIndustry || Industries.Contains(industry);

    /// <summary>The verdict class with id <paramref name="id"/>, or null.</summary>
    public VerdictClass? FindClass(string id)
    {
        foreach (var c in Classes)
            if (c.Id == id)
                return c;
        return null;
    }
}
