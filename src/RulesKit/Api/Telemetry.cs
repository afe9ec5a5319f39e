using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RulesKit;

/// <summary>One engine's instruments: from the host's IMeterFactory when given (so they are scoped and disposed with it), else a process-wide meter.</summary>
internal sealed class Telemetry
{
    private static readonly Meter SharedMeter = new(RulesKitTelemetry.Name);
    public static readonly ActivitySource Source = new(RulesKitTelemetry.Name);

    public Telemetry(IMeterFactory? factory)
    {
        var meter = factory?.Create(RulesKitTelemetry.Name) ?? SharedMeter;
        Evaluated = meter.CreateCounter<long>(RulesKitTelemetry.ReportsEvaluated, "{report}", "Reports evaluated");
        Verdicts = meter.CreateCounter<long>(RulesKitTelemetry.Verdicts, "{determination}", "Determinations by list, verdict and completeness");
        Duration = meter.CreateHistogram<double>(RulesKitTelemetry.EvaluationDuration, "s", "Time to evaluate one report");
        Errors = meter.CreateCounter<long>(RulesKitTelemetry.Errors, "{error}", "Failures: rejected input and evaluation errors");
    }

    public Counter<long> Evaluated { get; }
    public Counter<long> Verdicts { get; }
    public Histogram<double> Duration { get; }
    public Counter<long> Errors { get; }

    public void Failed(string operation, Exception e) => Errors.Add(1,
        new KeyValuePair<string, object?>("error.type", e is RulesKitInputException ? "input" : e.GetType().FullName),
        new KeyValuePair<string, object?>("ruleskit.operation", operation));
}
