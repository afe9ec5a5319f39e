using System.Collections.Immutable;

namespace RulesKit.Catalogs;

/// <summary>
/// The keys reports and catalogs may use (rules/vocabulary.yaml): industries, report types, purposes and
/// the parties of inspection records. A key outside it is an error naming the known ones.
/// </summary>
public sealed class Vocabulary
{
    internal Vocabulary(ImmutableArray<Term> industries, ImmutableArray<Term> reportTypes, ImmutableArray<Term> purposes, ImmutableArray<Term> parties, string fileName)
    {
        Industries = industries;
        ReportTypes = reportTypes;
        Purposes = purposes;
        Parties = parties;
        FileName = fileName;
    }

    /// <summary>Industries, in the order written.</summary>
    public ImmutableArray<Term> Industries { get; }

    /// <summary>Report types (预评价, 验收评价, 现状评价…).</summary>
    public ImmutableArray<Term> ReportTypes { get; }

    /// <summary>What a report was used for (licence, acceptance, filing…).</summary>
    public ImmutableArray<Term> Purposes { get; }

    /// <summary>The checked parties of inspection records (agency, enterprise, city and county bureaus).</summary>
    public ImmutableArray<Term> Parties { get; }

    internal string FileName { get; }

    /// <summary>True when <paramref name="industry"/> is a known industry.</summary>
    public bool IsIndustry(string industry) => Industries.Any(t => t.Key == industry);

    /// <summary>True when <paramref name="party"/> is a known party.</summary>
    public bool IsParty(string party) => Parties.Any(t => t.Key == party);
}
