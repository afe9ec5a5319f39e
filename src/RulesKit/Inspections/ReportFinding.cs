namespace RulesKit.Inspections;

/// <summary>
/// What an inspection needs to know of a report's determinations: whether any list judged it 虚假, 失实 or
/// 重大疏漏. Small enough for a batch to keep one per report (<see cref="Results.ReportEvaluation.Finding"/> makes it).
/// </summary>
/// <param name="ReportId">The report's id.</param>
/// <param name="JudgedFalse">Some list judged it 虚假 (class <c>false_report</c>).</param>
/// <param name="JudgedInaccurate">Some list judged it 失实 (class <c>inaccurate_report</c>).</param>
/// <param name="JudgedMajorOmission">Some list judged it 重大疏漏 (class <c>major_omission</c>).</param>
public sealed record ReportFinding(string ReportId, bool JudgedFalse, bool JudgedInaccurate, bool JudgedMajorOmission);
