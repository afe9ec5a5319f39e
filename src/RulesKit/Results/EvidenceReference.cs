using System.Text.Json.Serialization;
using RulesKit.Reports;

namespace RulesKit.Results;

/// <summary>An evidence record as cited in an explanation.</summary>
public sealed class EvidenceReference
{
    internal EvidenceReference(EvidenceRecord record, Func<string, string?>? title = null)
    {
        Id = record.Id;
        Source = record.Source;
        Description = record.Description;
        Falsified = record.Falsified;
        AgencyAware = record.AgencyAware;
        Shows = record.Shows is { } shows ? [.. shows] : [];
        _title = title;
        By = record.By;
        On = record.On;
        Form = record.Form;
        OriginalChecked = record.OriginalChecked;
    }

    /// <summary>Its id in the report.</summary>
    [JsonPropertyName("id")]
    public string Id { get; }

    /// <summary>Who made it.</summary>
    [JsonPropertyName("source")]
    public EvidenceSource Source { get; }

    /// <summary>What it shows.</summary>
    [JsonPropertyName("description")]
    public string Description { get; }

    /// <summary>Falsified material from the enterprise.</summary>
    [JsonPropertyName("falsified")]
    public bool Falsified { get; }

    /// <summary>Whether the agency knew it was false, when established.</summary>
    [JsonPropertyName("agencyAware")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AgencyAware { get; }

    /// <summary>The facts it records (attribute names, or <c>exists</c>); empty when not recorded.</summary>
    [JsonPropertyName("shows")]
    public System.Collections.Immutable.ImmutableArray<string> Shows { get; }

    /// <summary>The facts it records as the kind of the subject cited titles them (the name where it has no title), in the order of <see cref="Shows"/>.</summary>
    [JsonIgnore]
    public System.Collections.Immutable.ImmutableArray<string> ShowsTitles => [.. Shows.Select(name => _title?.Invoke(name) ?? name)];

    // Read only when an explanation is written: the batch path never pays for the titles.
    private readonly Func<string, string?>? _title;

    /// <summary>Who made it, when recorded.</summary>
    [JsonPropertyName("by")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? By { get; }

    /// <summary>When it was made, when recorded.</summary>
    [JsonPropertyName("on")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? On { get; }

    /// <summary>Its form (勘验笔录, 询问笔录, 现场照片…), when recorded.</summary>
    [JsonPropertyName("form")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Form { get; }

    /// <summary>Whether a copy was checked against its original, when recorded.</summary>
    [JsonPropertyName("originalChecked")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? OriginalChecked { get; }
}
