using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RulesKit.Catalogs;
using RulesKit.Determinations;

namespace RulesKit.Results;

/// <summary>A catalog item the report's facts breach, with the facts that show it and how the report dealt with it.</summary>
public sealed class Nonconformity
{
    internal Nonconformity()
    {
    }

    /// <summary>The item's catalog: id, version and hash.</summary>
    [JsonPropertyName("catalog")]
    public CatalogReference Catalog { get; internal init; } = null!;

    /// <summary>The catalog's document number (文号).</summary>
    [JsonPropertyName("document")]
    public string Document { get; internal init; } = "";

    /// <summary>Item id.</summary>
    [JsonPropertyName("itemId")]
    public string ItemId { get; internal init; } = "";

    /// <summary>Clause number in the document.</summary>
    [JsonPropertyName("clause")]
    public string Clause { get; internal init; } = "";

    /// <summary>The clause text.</summary>
    [JsonPropertyName("clauseText")]
    public string ClauseText { get; internal init; } = "";

    /// <summary>How sure the catalog is of the clause text.</summary>
    [JsonPropertyName("confidence")]
    public Confidence Confidence { get; internal init; }

    /// <summary>Where the clause text was seen.</summary>
    [JsonPropertyName("source")]
    public string Source { get; internal init; } = "";

    /// <summary>Veto item (否决项): its breach affects a favourable conclusion.</summary>
    [JsonPropertyName("veto")]
    public bool Veto { get; internal init; }

    /// <summary>Categories the item feeds.</summary>
    [JsonPropertyName("categories")]
    public ImmutableArray<string> Categories { get; internal init; } = [];

    /// <summary>The safety code the item falls under (criterion 11), when given.</summary>
    [JsonPropertyName("safetyCode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SafetyCode { get; internal init; }

    /// <summary>The checked subject's id.</summary>
    [JsonPropertyName("subjectId")]
    public string SubjectId { get; internal init; } = "";

    /// <summary>The checked subject's kind.</summary>
    [JsonPropertyName("subjectKind")]
    public string SubjectKind { get; internal init; } = "";

    /// <summary>The kind's Chinese title, when declared (for explanations; JSON keeps the kind).</summary>
    [JsonIgnore]
    public string? SubjectKindTitle { get; internal init; }

    /// <summary>The checked subject's name.</summary>
    [JsonPropertyName("subjectName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SubjectName { get; internal init; }

    /// <summary>The condition (or comparison) that found it.</summary>
    [JsonPropertyName("condition")]
    public string Condition { get; internal init; } = "";

    /// <summary>The observed values the condition read.</summary>
    [JsonPropertyName("observed")]
    public ImmutableArray<ObservedValue> Observed { get; internal init; } = [];

    /// <summary>The reported values of the same attributes; null when the report leaves the subject out.</summary>
    [JsonPropertyName("reported")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ImmutableArray<ObservedValue>? Reported { get; internal init; }

    /// <summary>The threshold the item applies, as text, when the item names one.</summary>
    [JsonPropertyName("threshold")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Threshold { get; internal init; }

    /// <summary>How the report dealt with it.</summary>
    [JsonPropertyName("disclosure")]
    public Disclosure Disclosure { get; internal init; }

    /// <summary>The evidence records that concern the subject.</summary>
    [JsonPropertyName("evidence")]
    public ImmutableArray<EvidenceReference> Evidence { get; internal init; } = [];

    /// <summary>
    /// True when the disclosure rests on an assumed silence: neither what the report states nor that it does not mention
    /// the subject was recorded, and the subject is read as not mentioned (RK5009).
    /// </summary>
    [JsonPropertyName("silenceAssumed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool SilenceAssumed { get; internal init; }

    /// <summary>
    /// True when the breach itself is open: facts the item needs were not recorded (<see cref="MissingFacts"/>), and
    /// recorded one way the item would be breached. Such a finding is listed in <see cref="ReportEvaluation.Undecided"/>.
    /// </summary>
    [JsonPropertyName("undecided")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Undecided { get; internal init; }

    /// <summary>For an open breach, the facts not recorded that would decide it (<c>reported.NAME</c> on the report's side).</summary>
    [JsonPropertyName("missingFacts")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<string> MissingFacts { get; internal init; } = [];
}
