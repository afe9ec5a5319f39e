using RulesKit.Batch;
using RulesKit.Determinations;

namespace RulesKit.Cli;

/// <summary>One line of results.jsonl: the verdicts of one input, or why it has none.</summary>
public sealed record ResultLine
{
    public required long Index { get; init; }
    public required string Source { get; init; }
    public required string Status { get; init; }
    public string? ReportId { get; init; }
    public IReadOnlyList<VerdictSummary>? Verdicts { get; init; }
    public IReadOnlyList<string>? Nonconformities { get; init; }
    public IReadOnlyList<string>? Errors { get; init; }
    public ReportEvaluation? Evaluation { get; init; }

    public static ResultLine From(BatchRecord record, bool full) => record.Evaluation is { } e
        ? new ResultLine
        {
            Index = record.Index,
            Source = record.Source,
            Status = "ok",
            ReportId = e.ReportId,
            Verdicts = e.Determinations.Select(d => new VerdictSummary(d.Catalog, d.Verdict, d.VerdictName, d.Met, d.Suspected)).ToList(),
            Nonconformities = e.Nonconformities.Select(n => $"{n.Catalog}/{n.ItemId}@{n.SubjectId}:{n.Disclosure.ToString().ToLowerInvariant()}").ToList(),
            Evaluation = full ? e : null,
        }
        : new ResultLine
        {
            Index = record.Index,
            Source = record.Source,
            Status = "error",
            ReportId = record.Report?.Id,
            Errors = record.Errors.Select(d => d.ToString()).ToList(),
        };
}

public sealed record VerdictSummary(string Catalog, string? Verdict, string VerdictName, IReadOnlyList<int> Met, IReadOnlyList<int> Suspected);
