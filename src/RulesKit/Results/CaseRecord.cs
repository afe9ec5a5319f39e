using System.Text.Json.Serialization;
using RulesKit.Reports;

namespace RulesKit.Results;

/// <summary>What a case file names of a report and of its check, as recorded (null fields were not).</summary>
public sealed class CaseRecord
{
    internal CaseRecord(Report report)
    {
        Agency = report.Agency;
        Enterprise = report.Enterprise;
        Number = report.Number;
        IssuedOn = report.IssuedOn;
        CheckedOn = report.CheckedOn;
        Inspectors = report.Inspectors ?? [];
    }

    /// <summary>The agency that issued the report (评价机构).</summary>
    [JsonPropertyName("agency")]
    public string Agency { get; }

    /// <summary>The enterprise assessed (生产经营单位).</summary>
    [JsonPropertyName("enterprise")]
    public string Enterprise { get; }

    /// <summary>The report's number (报告编号).</summary>
    [JsonPropertyName("number")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Number { get; }

    /// <summary>The day it was issued (出具日期).</summary>
    [JsonPropertyName("issuedOn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? IssuedOn { get; }

    /// <summary>The day the campaign checked it (核查日期).</summary>
    [JsonPropertyName("checkedOn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? CheckedOn { get; }

    /// <summary>Who checked it, with their enforcement certificate numbers.</summary>
    [JsonPropertyName("inspectors")]
    public IReadOnlyList<Inspector> Inspectors { get; }

    internal static CaseRecord Of(Report report) => new(report);
}
