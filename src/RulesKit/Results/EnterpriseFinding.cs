using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace RulesKit.Results;

/// <summary>Something the agency is not answerable for but the enterprise is: material it falsified without the agency's knowledge.</summary>
public sealed class EnterpriseFinding
{
    internal EnterpriseFinding(string subjectId, ImmutableArray<string> evidenceIds)
    {
        SubjectId = subjectId;
        EvidenceIds = evidenceIds;
    }

    /// <summary>The subject or document concerned.</summary>
    [JsonPropertyName("subjectId")]
    public string SubjectId { get; }

    /// <summary>The evidence that shows it.</summary>
    [JsonPropertyName("evidenceIds")]
    public ImmutableArray<string> EvidenceIds { get; }
}
