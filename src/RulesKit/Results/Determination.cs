using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RulesKit.Catalogs;
using RulesKit.Determinations;

namespace RulesKit.Results;

/// <summary>A report's verdict under one determination list, with every criterion and the reasons for it.</summary>
public sealed class Determination
{
    internal Determination()
    {
    }

    /// <summary>The determination list: id, version and hash.</summary>
    [JsonPropertyName("list")]
    public CatalogReference List { get; internal init; } = null!;

    /// <summary>The list's title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; internal init; } = "";

    /// <summary>The list's document.</summary>
    [JsonPropertyName("document")]
    public string Document { get; internal init; } = "";

    /// <summary>The most severe class met (e.g. <c>false_report</c>), or null when no criterion is met.</summary>
    [JsonPropertyName("verdict")]
    public string? Verdict { get; internal init; }

    /// <summary>The verdict's Chinese name (e.g. 虚假), or 未认定 when none.</summary>
    [JsonPropertyName("verdictName")]
    public string VerdictName { get; internal init; } = "";

    /// <summary>The verdict's English name, or "not determined" when none.</summary>
    [JsonPropertyName("verdictNameEn")]
    public string VerdictNameEn { get; internal init; } = "";

    /// <summary>
    /// False when some criterion that applies could not be decided (no standard in force feeds it): then
    /// 未认定 means "not everything could be looked at", never "looked, and found nothing".
    /// </summary>
    [JsonPropertyName("complete")]
    public bool Complete { get; internal init; }

    /// <summary>Numbers of the criteria met.</summary>
    [JsonPropertyName("met")]
    public ImmutableArray<int> Met { get; internal init; } = [];

    /// <summary>Numbers of the criteria suspected: for expert review.</summary>
    [JsonPropertyName("suspected")]
    public ImmutableArray<int> Suspected { get; internal init; } = [];

    /// <summary>Numbers of the criteria that apply but that no standard in force feeds.</summary>
    [JsonPropertyName("cannotDecide")]
    public ImmutableArray<int> CannotDecide { get; internal init; } = [];

    /// <summary>
    /// Whether the list governs the report at all: outside its scope or its campaign's days it does not (不适用, no verdict);
    /// with the check date or the statutory basis not recorded it cannot be said (no verdict, incomplete).
    /// </summary>
    [JsonPropertyName("applicability")]
    public Applicability Applicability { get; internal init; }

    /// <summary>The articles of law a verdict rests on, in the editions that govern the report's act (its issue day, else its evaluation date).</summary>
    [JsonPropertyName("legalBasis")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<LegalBasis> LegalBasis { get; internal init; } = [];

    /// <summary>Whether the report is inside the list's scope; null when the list does not define one.</summary>
    [JsonPropertyName("scope")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScopeResult? Scope { get; internal init; }

    /// <summary>Every criterion, in list order.</summary>
    [JsonPropertyName("criteria")]
    public ImmutableArray<CriterionResult> Criteria { get; internal init; } = [];

    /// <summary>Violations of the enterprise found on the way (not the agency's).</summary>
    [JsonPropertyName("enterpriseFindings")]
    public ImmutableArray<EnterpriseFinding> EnterpriseFindings { get; internal init; } = [];
}
