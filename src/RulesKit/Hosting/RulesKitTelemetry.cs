using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RulesKit.Hosting;

/// <summary>
/// The names under which RulesKit reports what it does (System.Diagnostics, no logging framework):
/// a <see cref="Meter"/> and an <see cref="ActivitySource"/>, both named <c>RulesKit</c>.
/// </summary>
public static class RulesKitTelemetry
{
    /// <summary>The meter and activity source name.</summary>
    public const string Name = "RulesKit";

    /// <summary>Counter: reports evaluated.</summary>
    public const string ReportsEvaluated = "ruleskit.reports.evaluated";

    /// <summary>Counter: determinations by list (<c>ruleskit.list</c>) and verdict (<c>ruleskit.verdict</c>, <c>none</c> when none).</summary>
    public const string Verdicts = "ruleskit.verdicts";

    /// <summary>Histogram: evaluation duration in milliseconds.</summary>
    public const string EvaluationDuration = "ruleskit.evaluation.duration";

    /// <summary>Counter: reports rejected as invalid input.</summary>
    public const string Errors = "ruleskit.reports.errors";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);
    internal static readonly Counter<long> EvaluatedCounter = Meter.CreateCounter<long>(ReportsEvaluated, "{report}", "Reports evaluated");
    internal static readonly Counter<long> VerdictCounter = Meter.CreateCounter<long>(Verdicts, "{determination}", "Determinations by list and verdict");
    internal static readonly Histogram<double> DurationHistogram = Meter.CreateHistogram<double>(EvaluationDuration, "ms", "Time to evaluate one report");
    internal static readonly Counter<long> ErrorCounter = Meter.CreateCounter<long>(Errors, "{report}", "Reports rejected as invalid input");
}
