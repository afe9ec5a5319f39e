using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RulesKit.Catalogs;
using RulesKit.Inspections;

namespace RulesKit.Results;

/// <summary>The full result for one report (or inspection record): every determination list in force, with its chain of reasons, and every warning.</summary>
public sealed class ReportEvaluation
{
    internal ReportEvaluation()
    {
    }

    /// <summary>The report's id.</summary>
    [JsonPropertyName("reportId")]
    public string ReportId { get; internal init; } = "";

    /// <summary>The report's title.</summary>
    [JsonPropertyName("reportTitle")]
    public string ReportTitle { get; internal init; } = "";

    /// <summary>Where a case file names the report and its check: number, issue day, check day and who checked it, as recorded.</summary>
    [JsonPropertyName("record")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CaseRecord? Record { get; internal init; }

    /// <summary>The date the catalogs were chosen for.</summary>
    [JsonPropertyName("asOf")]
    public DateOnly AsOf { get; internal init; }

    /// <summary>The report's industry; for an inspection record, the party checked.</summary>
    [JsonPropertyName("industry")]
    public string Industry { get; internal init; } = "";

    /// <summary>The industry's (or party's) Chinese title, for explanations; JSON keeps the key.</summary>
    [JsonIgnore]
    public string? IndustryTitle { get; internal init; }

    /// <summary>For an inspection record, the party checked (<c>agency</c>, <c>enterprise</c>, <c>city_bureau</c>, <c>county_bureau</c>); null for a report.</summary>
    [JsonPropertyName("party")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Party { get; internal init; }

    /// <summary>
    /// False when something could not be looked at: no determination list or no standard in force, or a
    /// criterion that applies but that nothing feeds. <see cref="Diagnostics"/> says what.
    /// </summary>
    [JsonPropertyName("complete")]
    public bool Complete { get; internal init; }

    /// <summary>Every catalog that took part (id, version and full hash).</summary>
    [JsonPropertyName("catalogs")]
    public ImmutableArray<CatalogReference> Catalogs { get; internal init; } = [];

    /// <summary>Every nonconformity found, in catalog, item and subject order.</summary>
    [JsonPropertyName("nonconformities")]
    public ImmutableArray<Nonconformity> Nonconformities { get; internal init; } = [];

    /// <summary>
    /// Possible nonconformities the facts recorded leave open: an item that, with the facts not recorded one way, would
    /// be breached (each names its <see cref="Nonconformity.MissingFacts"/>). A criterion that nothing meets but one of
    /// these could is "cannot be decided".
    /// </summary>
    [JsonPropertyName("undecided")]
    public ImmutableArray<Nonconformity> Undecided { get; internal init; } = [];

    /// <summary>One determination per determination list in force.</summary>
    [JsonPropertyName("determinations")]
    public ImmutableArray<Determination> Determinations { get; internal init; } = [];

    /// <summary>Warnings: what could not be decided, conditions that failed at run time, draft items that fired.</summary>
    [JsonPropertyName("diagnostics")]
    public ImmutableArray<Diagnostic> Diagnostics { get; internal init; } = [];

    /// <summary>
    /// GB 18218's identification of each subject whose inventory verification recorded: the arithmetic behind its
    /// computed <c>major_hazard</c>, <c>mhi_grade</c> and <c>substances_not_identified</c>.
    /// </summary>
    [JsonPropertyName("majorHazards")]
    public ImmutableArray<Law.SubjectMajorHazard> MajorHazards { get; internal init; } = [];

    /// <summary>What an inspection needs of this evaluation: whether any list judged the report 虚假, 失实 or 重大疏漏.</summary>
    [JsonIgnore]
    public ReportFinding Finding
    {
        get
        {
            bool Judged(string verdict) => Determinations.Any(d => d.Verdict == verdict);
            return new(ReportId, Judged("false_report"), Judged("inaccurate_report"), Judged("major_omission"));
        }
    }
}
