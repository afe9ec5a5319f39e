namespace RulesKit.Facts;

/// <summary>
/// The facts of one checked safety-assessment report: what the report states and what verification
/// found, subject by subject. Read it with <see cref="RulesKitEngine.ReadReport(string)"/> or build it in code.
/// </summary>
public sealed record Report
{
    /// <summary>The report's identifier (unique in a batch).</summary>
    public required string Id { get; init; }

    /// <summary>The report's title (评价报告名称).</summary>
    public required string Title { get; init; }

    /// <summary>Kind of assessment, e.g. 预评价, 验收评价, 现状评价.</summary>
    public required string ReportType { get; init; }

    /// <summary>What the report was used for: licence, acceptance, filing…</summary>
    public required string Purpose { get; init; }

    /// <summary>The industry key that selects standards catalogs (e.g. hazchem, mining, metallurgy, pipeline).</summary>
    public required string Industry { get; init; }

    /// <summary>The assessment agency (评价机构).</summary>
    public required string Agency { get; init; }

    /// <summary>The assessed enterprise.</summary>
    public required string Enterprise { get; init; }

    /// <summary>County, city or district of the project (项目所在县（市、区）).</summary>
    public required string County { get; init; }

    /// <summary>The evaluation date: catalogs in force on this date judge the report.</summary>
    public required DateOnly EvaluationDate { get; init; }

    /// <summary>The report's conclusion.</summary>
    public required ReportConclusion Conclusion { get; init; }

    /// <summary>Checked subjects: each with the verified (observed) and the reported view.</summary>
    public IReadOnlyList<CheckedSubject> Subjects { get; init; } = [];

    /// <summary>Documents the report cites: observed = the original, reported = as cited in the report.</summary>
    public IReadOnlyList<CheckedSubject> Documents { get; init; } = [];

    /// <summary>Evidence records on what the agency knew or was given.</summary>
    public IReadOnlyList<EvidenceRecord> Evidence { get; init; } = [];

    /// <summary>Where the report was read from (file name), for messages; null when built in code.</summary>
    public string? SourceName { get; init; }
}

/// <summary>The report's conclusion (评价结论).</summary>
/// <param name="Text">The conclusion as written, e.g. 具备安全生产条件.</param>
/// <param name="Favourable">True when the conclusion is favourable (合格 / 具备安全生产条件 / 符合要求).</param>
public sealed record ReportConclusion(string Text, bool Favourable);

/// <summary>
/// A checked subject (a tank, a distance, a building, a person, a pipeline segment, a cited document…)
/// with two views of the same typed attributes.
/// </summary>
public sealed record CheckedSubject
{
    /// <summary>Identifier, unique within the report.</summary>
    public required string Id { get; init; }

    /// <summary>The subject kind, declared by a loaded catalog.</summary>
    public required string Kind { get; init; }

    /// <summary>A readable name.</summary>
    public string? Name { get; init; }

    /// <summary>What verification found (实际情况). Values: decimal, bool, string or DateOnly.</summary>
    public IReadOnlyDictionary<string, object> Observed { get; init; } = new Dictionary<string, object>();

    /// <summary>What the report states (报告所述); null when the report does not mention the subject at all.</summary>
    public IReadOnlyDictionary<string, object>? Reported { get; init; }

    /// <summary>For a hazard: whether the regulator approved the control measures taken (管控措施经监管部门认可); null when unknown.</summary>
    public bool? ControlsApprovedByRegulator { get; init; }
}

/// <summary>Who made an evidence record.</summary>
public enum EvidenceSource
{
    /// <summary>The agency's own site-survey records or notes (现场勘验记录).</summary>
    AgencySurvey,

    /// <summary>The agency's photos or video of the site (勘验影像).</summary>
    AgencyPhoto,

    /// <summary>Material the enterprise gave the agency.</summary>
    EnterpriseMaterial,

    /// <summary>A notice served on the agency (e.g. a regulator's rectification notice).</summary>
    NoticeServed,

    /// <summary>The verifying inspection itself: shows facts, not what the agency knew.</summary>
    Inspection,
}

/// <summary>An evidence record and the subjects it concerns.</summary>
public sealed record EvidenceRecord
{
    /// <summary>Identifier, unique within the report.</summary>
    public required string Id { get; init; }

    /// <summary>Who made it.</summary>
    public required EvidenceSource Source { get; init; }

    /// <summary>What it shows.</summary>
    public required string Description { get; init; }

    /// <summary>Ids of the subjects or documents it concerns.</summary>
    public IReadOnlyList<string> Concerns { get; init; } = [];

    /// <summary>For enterprise material: the material was falsified by the enterprise.</summary>
    public bool Falsified { get; init; }

    /// <summary>For falsified material: whether the agency knew it was false; null when not established.</summary>
    public bool? AgencyAware { get; init; }
}
