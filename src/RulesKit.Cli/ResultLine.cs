using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RulesKit.Campaign.Batch;
using RulesKit.Results;

namespace RulesKit.Cli;

/// <summary>One line of results.jsonl: the verdicts of one input, or why it has none.</summary>
internal sealed class ResultLine
{
    [JsonPropertyName("index")]
    public required long Index { get; init; }

    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("reportId")]
    public string? ReportId { get; init; }

    [JsonPropertyName("complete")]
    public bool? Complete { get; init; }

    [JsonPropertyName("verdicts")]
    public ImmutableArray<VerdictSummary>? Verdicts { get; init; }

    [JsonPropertyName("nonconformities")]
    public ImmutableArray<string>? Nonconformities { get; init; }

    [JsonPropertyName("errors")]
    public ImmutableArray<string>? Errors { get; init; }

    [JsonPropertyName("missingFacts")]
    public ImmutableArray<string>? MissingFacts { get; init; }

    [JsonPropertyName("warnings")]
    public ImmutableArray<string>? Warnings { get; init; }

    [JsonPropertyName("evaluation")]
    public ReportEvaluation? Evaluation { get; init; }

    public static ResultLine From(BatchRecord record, bool full, Language language) => record.Evaluation is { } e
        ? new ResultLine
        {
            Index = record.Index,
            Source = record.Source,
            Status = "ok",
            ReportId = e.ReportId,
            Complete = e.Complete,
            Verdicts = [.. e.Determinations.Select(d => new VerdictSummary(d))],
            Nonconformities = [.. e.Nonconformities.Select(n => $"{n.Catalog}/{n.ItemId}@{n.SubjectId}:{n.Disclosure.ToString().ToLowerInvariant()}")],
            // What is missing once per subject, instead of once per criterion it leaves open (RK5008, in the
            // full evaluation): a report that records only what was checked would otherwise repeat it a dozen times.
            MissingFacts = e.Undecided.IsEmpty ? null : [.. MissingBySubject(e.Undecided)],
            Warnings = ShownWarnings(e, full, language),
            Evaluation = full ? e : null,
        }
        : new ResultLine
        {
            Index = record.Index,
            Source = record.Source,
            Status = "error",
            ReportId = record.Report?.Id,
            Errors = [.. record.Errors.Select(d => d.ToString(language))],
        };

    private static ImmutableArray<string>? ShownWarnings(ReportEvaluation e, bool full, Language language)
    {
        var shown = full ? e.Diagnostics : [.. e.Diagnostics.Where(d => d.Code != "RK5008")];
        return shown.IsEmpty ? null : [.. shown.Select(d => d.ToString(language))];
    }

    private static IEnumerable<string> MissingBySubject(ImmutableArray<Nonconformity> undecided) =>
        undecided.GroupBy(n => (n.SubjectId, n.SubjectKind)).OrderBy(g => g.Key.SubjectId, StringComparer.Ordinal)
            .Select(g => $"{g.Key.SubjectId} ({g.Key.SubjectKind}): {string.Join(", ", g.SelectMany(n => n.MissingFacts).Distinct())}");

    internal sealed class VerdictSummary(Determination d)
    {
        [JsonPropertyName("list")]
        public string List { get; } = d.List.ToString();

        [JsonPropertyName("verdict")]
        public string? Verdict { get; } = d.Verdict;

        [JsonPropertyName("verdictName")]
        public string VerdictName { get; } = d.VerdictName;

        [JsonPropertyName("complete")]
        public bool Complete { get; } = d.Complete;

        [JsonPropertyName("met")]
        public ImmutableArray<int> Met { get; } = d.Met;

        [JsonPropertyName("suspected")]
        public ImmutableArray<int> Suspected { get; } = d.Suspected;

        [JsonPropertyName("cannotDecide")]
        public ImmutableArray<int> CannotDecide { get; } = d.CannotDecide;
    }
}
