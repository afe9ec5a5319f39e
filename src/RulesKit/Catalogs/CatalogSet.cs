using System.Collections.Immutable;

namespace RulesKit.Catalogs;

/// <summary>
/// A validated, immutable set of catalogs: every version of every catalog, the subject kinds they declare
/// and the vocabulary. Each report is judged by the versions in force on its date for its industry.
/// Get one from <see cref="RulesKitEngine.Catalogs"/>.
/// </summary>
public sealed class CatalogSet
{
    internal CatalogSet(ImmutableArray<Catalog> catalogs, IReadOnlyDictionary<string, SubjectKind> kinds, Vocabulary vocabulary, ImmutableArray<KnownGap> knownGaps, ImmutableArray<Diagnostic> warnings)
    {
        Catalogs = [.. catalogs.OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c, Catalog.ByEffectiveFrom)];
        Kinds = kinds;
        Vocabulary = vocabulary;
        KnownGaps = knownGaps;
        Warnings = warnings;
    }

    /// <summary>Every catalog version, by id then effective date.</summary>
    public ImmutableArray<Catalog> Catalogs { get; }

    /// <summary>Every subject kind, merged over the catalogs that declare it.</summary>
    public IReadOnlyDictionary<string, SubjectKind> Kinds { get; }

    /// <summary>The industries, report types, purposes and parties reports and catalogs may name.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Criteria known to be fed by no standard for an industry and period, with the reason (rules/known-gaps.yaml).</summary>
    public ImmutableArray<KnownGap> KnownGaps { get; }

    /// <summary>Warnings found while loading (draft items…): the set is usable, but they affect results.</summary>
    public ImmutableArray<Diagnostic> Warnings { get; }

    /// <summary>The versions in force on <paramref name="date"/> for <paramref name="industry"/>, plus cross-industry ones; standards first.</summary>
    public IReadOnlyList<Catalog> InForce(string industry, DateOnly date)
    {
        var result = new List<Catalog>();
        // A party (agency, enterprise, bureau) is judged only by catalogs that name it: cross-industry
        // catalogs ("*") speak of reports, not of the parties' conduct.
        var party = Vocabulary.IsParty(industry);
        foreach (var c in Catalogs)
            if ((party ? c.Industries.Contains(industry) : c.AppliesTo(industry)) && c.InForceOn(date))
                result.Add(c);
        result.Sort((a, b) => a.Type != b.Type ? a.Type.CompareTo(b.Type) : string.CompareOrdinal(a.Id, b.Id));
        return result;
    }

    /// <summary>Catalog <paramref name="id"/> at <paramref name="version"/>, or its latest version when none is given; null when not loaded.</summary>
    public Catalog? Find(string id, string? version = null) => Catalogs
        .Where(c => c.Id == id && (version is null || c.Version == version))
        .OrderByDescending(c => c.EffectiveFrom ?? DateOnly.MinValue)
        .FirstOrDefault();

    /// <summary>The same set with only the named determination lists (the standards catalogs stay).</summary>
    internal CatalogSet OnlyLists(IEnumerable<string> listIds)
    {
        var keep = listIds.ToHashSet(StringComparer.Ordinal);
        return new CatalogSet([.. Catalogs.Where(c => c.Type == CatalogType.Standards || keep.Contains(c.Id))], Kinds, Vocabulary, KnownGaps, Warnings);
    }
}
