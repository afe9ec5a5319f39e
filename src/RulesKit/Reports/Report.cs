using System.Text.Json.Serialization;

namespace RulesKit.Reports;

/// <summary>
/// The facts of one checked safety-assessment report: what the report states and what verification
/// found, subject by subject. Read it with <see cref="RulesKitEngine.ReadReport(string)"/>, bind it from
/// JSON with System.Text.Json, or build it in code; the engine checks it the same way in every case.
/// </summary>
public sealed record Report
{
    /// <summary>The report's identifier (unique in a batch).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The report's title (评价报告名称).</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>Kind of assessment: a report type of the vocabulary (预评价, 验收评价, 现状评价…).</summary>
    [JsonPropertyName("reportType")]
    public required string ReportType { get; init; }

    /// <summary>What the report was used for: a purpose of the vocabulary (licence, acceptance, filing…).</summary>
    [JsonPropertyName("purpose")]
    public required string Purpose { get; init; }

    /// <summary>The industry that selects standards catalogs (hazchem, mining, metallurgy, pipeline…).</summary>
    [JsonPropertyName("industry")]
    public required string Industry { get; init; }

    /// <summary>The assessment agency (评价机构).</summary>
    [JsonPropertyName("agency")]
    public required string Agency { get; init; }

    /// <summary>The assessed enterprise.</summary>
    [JsonPropertyName("enterprise")]
    public required string Enterprise { get; init; }

    /// <summary>County, city or district of the project (项目所在县（市、区）).</summary>
    [JsonPropertyName("county")]
    public required string County { get; init; }

    /// <summary>The evaluation date: catalogs in force on this date judge the report.</summary>
    [JsonPropertyName("evaluationDate")]
    public required DateOnly EvaluationDate { get; init; }

    /// <summary>When the campaign checked the report (核查日期); a campaign ledger counts the report from that day. Null when not recorded.</summary>
    [JsonPropertyName("checkedOn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? CheckedOn { get; init; }

    /// <summary>The report's number (报告编号), when recorded.</summary>
    [JsonPropertyName("number")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Number { get; init; }

    /// <summary>
    /// The day the report was issued (出具日期), when recorded: the act a false report is, and so the day that chooses the
    /// edition of the law that governs it (行政处罚法 第三十七条). The evaluation date stands in when it is not recorded.
    /// </summary>
    [JsonPropertyName("issuedOn")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? IssuedOn { get; init; }

    /// <summary>
    /// For an assessment a list's scope admits only when the law sets it (其他安全评价): the law, administrative regulation
    /// or State Council decision that sets it, as the verifier records it. Null when not recorded.
    /// </summary>
    [JsonPropertyName("statutoryBasis")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StatutoryBasis { get; init; }

    /// <summary>Who checked the report (核查人员), with their enforcement certificate numbers (执法证号); null when not recorded.</summary>
    [JsonPropertyName("inspectors")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Inspector>? Inspectors { get; init; }

    /// <summary>The report's conclusion.</summary>
    [JsonPropertyName("conclusion")]
    public required ReportConclusion Conclusion { get; init; }

    /// <summary>Checked subjects: each with the verified (observed) and the reported view.</summary>
    [JsonPropertyName("subjects")]
    public IReadOnlyList<CheckedSubject> Subjects { get; init; } = [];

    /// <summary>Documents the report cites: the original and the citation.</summary>
    [JsonPropertyName("documents")]
    public IReadOnlyList<CitedDocument> Documents { get; init; } = [];

    /// <summary>Evidence records on what the agency knew or was given.</summary>
    [JsonPropertyName("evidence")]
    public IReadOnlyList<EvidenceRecord> Evidence { get; init; } = [];

    /// <summary>Where the report was read from, as messages name it; null when built in code.</summary>
    [JsonIgnore]
    public string? Source { get; init; }

    /// <summary>Set when the engine judges an inspection record through this shape (its party in <see cref="Industry"/>).</summary>
    internal bool IsInspection { get; init; }
}
