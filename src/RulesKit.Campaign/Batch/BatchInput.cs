using RulesKit.Reports;

namespace RulesKit.Campaign.Batch;

/// <summary>One report to read and evaluate in a batch: its name and how to read it.</summary>
/// <param name="source">Where it comes from (file name, or file and line), for messages and the output record.</param>
/// <param name="read">Reads the report; may throw <see cref="RulesKitInputException"/>, which becomes the input's error record.</param>
public sealed class BatchInput(string source, Func<RulesKitEngine, Report> read)
{
    /// <summary>Where it comes from.</summary>
    public string Source { get; } = source;

    /// <summary>Reads the report.</summary>
    public Func<RulesKitEngine, Report> Read { get; } = read;
}
