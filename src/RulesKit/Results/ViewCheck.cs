using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace RulesKit.Results;

/// <summary>An item's test on one view of a subject: the outcome, the values it read, and what was missing.</summary>
public sealed class ViewCheck
{
    internal ViewCheck(ViewOutcome outcome, ImmutableArray<ObservedValue> values, ImmutableArray<string> missing, string? error)
    {
        Outcome = outcome;
        Values = values;
        Missing = missing;
        Error = error;
    }

    /// <summary>What the test gives.</summary>
    [JsonPropertyName("outcome")]
    public ViewOutcome Outcome { get; }

    /// <summary>The values the test read.</summary>
    [JsonPropertyName("values")]
    public ImmutableArray<ObservedValue> Values { get; }

    /// <summary>Attributes the test reads that the view lacks.</summary>
    [JsonPropertyName("missing")]
    public ImmutableArray<string> Missing { get; }

    /// <summary>Why the test failed, when it did.</summary>
    [JsonPropertyName("error")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; }
}
