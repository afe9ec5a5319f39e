namespace RulesKit;

/// <summary>
/// The names under which RulesKit reports what it does, through System.Diagnostics only: a meter and an
/// activity source named <c>RulesKit</c> (from the host's IMeterFactory when one is given).
/// </summary>
public static class RulesKitTelemetry
{
    /// <summary>The meter and activity source name.</summary>
    public const string Name = "RulesKit";

    /// <summary>Counter: reports evaluated.</summary>
    public const string ReportsEvaluated = "ruleskit.reports.evaluated";

    /// <summary>Counter: determinations by list (<c>ruleskit.list</c>), verdict (<c>ruleskit.verdict</c>, <c>none</c> when none) and completeness (<c>ruleskit.complete</c>).</summary>
    public const string Verdicts = "ruleskit.verdicts";

    /// <summary>Histogram: evaluation duration in seconds.</summary>
    public const string EvaluationDuration = "ruleskit.evaluation.duration";

    /// <summary>Counter: failures of every kind, by <c>error.type</c> (<c>input</c> for a rejected report or record, the exception type otherwise) and <c>ruleskit.operation</c> (read, evaluate).</summary>
    public const string Errors = "ruleskit.errors";
}
