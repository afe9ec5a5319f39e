using System.Text.Json.Serialization;

namespace RulesKit.Results;

/// <summary>An item's test on one subject: the observed view, and the reported view (null when the report does not mention the subject).</summary>
public sealed class SubjectCheck
{
    internal SubjectCheck(string subjectId, ViewCheck observed, ViewCheck? reported)
    {
        SubjectId = subjectId;
        Observed = observed;
        Reported = reported;
    }

    /// <summary>The subject's id.</summary>
    [JsonPropertyName("subjectId")]
    public string SubjectId { get; }

    /// <summary>The test on what verification found.</summary>
    [JsonPropertyName("observed")]
    public ViewCheck Observed { get; }

    /// <summary>The test on what the report states; null when the report does not mention the subject.</summary>
    [JsonPropertyName("reported")]
    public ViewCheck? Reported { get; }
}
