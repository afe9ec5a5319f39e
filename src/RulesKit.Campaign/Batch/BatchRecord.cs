using System.Collections.Immutable;
using RulesKit.Inspections;
using RulesKit.Reports;
using RulesKit.Results;

namespace RulesKit.Campaign.Batch;

/// <summary>The output for one input: its evaluation or the errors that stopped it. Exactly one per input.</summary>
public sealed class BatchRecord
{
    internal BatchRecord(long index, string source, Report? report, ReportEvaluation? evaluation, ImmutableArray<Diagnostic> errors, InspectionRecord? inspection = null)
    {
        Index = index;
        Source = source;
        Report = report;
        Inspection = inspection;
        Evaluation = evaluation;
        Errors = errors;
    }

    /// <summary>0-based position of the input.</summary>
    public long Index { get; }

    /// <summary>The input's source name.</summary>
    public string Source { get; }

    /// <summary>The report as read, when it could be read.</summary>
    public Report? Report { get; }

    /// <summary>The inspection record as read, when the input was one.</summary>
    public InspectionRecord? Inspection { get; }

    /// <summary>The evaluation, when the report (or inspection record) could be read and evaluated.</summary>
    public ReportEvaluation? Evaluation { get; }

    /// <summary>Why the input yields no evaluation; empty when it does.</summary>
    public ImmutableArray<Diagnostic> Errors { get; }

    /// <summary>True when the input was evaluated.</summary>
    public bool Succeeded => Evaluation is not null;
}
