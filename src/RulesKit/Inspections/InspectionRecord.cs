using System.Text.Json.Serialization;
using RulesKit.Reports;

namespace RulesKit.Inspections;

/// <summary>
/// What a campaign inspection recorded about one checked party — an agency, an enterprise, or a city or county
/// bureau (its self-check) — as subjects of declared kinds with their evidence, and the reports whose
/// determinations some points rest on. Judged by the party's conduct catalogs and checklist.
/// </summary>
public sealed record InspectionRecord
{
    /// <summary>The kind of the subjects the engine makes from the evaluations of the reports a record names (never written in a record).</summary>
    public const string ReportKind = InspectionFacts.ReportKind;

    /// <summary>Identifier of the record.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The level checked: <c>agency</c>, <c>enterprise</c>, <c>city_bureau</c> or <c>county_bureau</c> (the vocabulary's parties).</summary>
    [JsonPropertyName("party")]
    public required string Party { get; init; }

    /// <summary>The checked unit's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>County (县、市、区) of the inspection.</summary>
    [JsonPropertyName("county")]
    public required string County { get; init; }

    /// <summary>The day of the inspection: catalogs in force on it apply.</summary>
    [JsonPropertyName("inspectionDate")]
    public required DateOnly InspectionDate { get; init; }

    /// <summary>Who inspected, when recorded.</summary>
    [JsonPropertyName("inspector")]
    public string? Inspector { get; init; }

    /// <summary>What was checked, as subjects of kinds the conduct catalogs declare.</summary>
    [JsonPropertyName("subjects")]
    public IReadOnlyList<CheckedSubject> Subjects { get; init; } = [];

    /// <summary>Reports the checked party made or relied on; their determinations feed the points that rest on them.</summary>
    [JsonPropertyName("reports")]
    public IReadOnlyList<ReportReference> Reports { get; init; } = [];

    /// <summary>Evidence records and the subjects they concern.</summary>
    [JsonPropertyName("evidence")]
    public IReadOnlyList<EvidenceRecord> Evidence { get; init; } = [];

    /// <summary>The file it was read from, when read from one.</summary>
    [JsonIgnore]
    public string? Source { get; init; }
}
