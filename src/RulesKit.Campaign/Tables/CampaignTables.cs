using System.Collections.Immutable;
using RulesKit.Determinations;
using System.Globalization;
using RulesKit.Campaign.Batch;
using RulesKit.Results;

namespace RulesKit.Campaign.Tables;

/// <summary>
/// Accumulates batch records into the campaign's summary tables: 附件2 专项整治情况汇总表 (counts) and 附件3
/// 虚假安全评价报告汇总表 (the list of false reports). Only what the facts decide is filled; the enforcement
/// columns are the bureau's. Only reports inside the campaign's statutory scope (the scope of the determination
/// list that defines one) are counted; reports outside it, and reports on which some criterion could not be
/// decided, are listed apart so that nothing is counted silently.
/// Listings that grow with the batch are kept on a temporary file past their first rows (dispose to delete it).
/// </summary>
public sealed class CampaignTables : IDisposable
{
    private const string FalseClass = "false_report";
    private const string InaccurateClass = "inaccurate_report";
    private const string MajorOmissionClass = "major_omission";

    // 家次 as the ledger counts it: one agency checked on one day in one county (CampaignSubmission); a report
    // without its check date counts once per agency and county.
    private readonly HashSet<(string County, string Agency, DateOnly? Day)> _visits = [];
    // Only the cells 附件3 needs are kept per false report, never the report itself: a batch of millions
    // must not hold its subjects in memory.
    private readonly SpilledRows _false = new(4); // title, county, agency, purpose
    private long _inaccurate;
    private long _generalFindings;
    private long _majorFindings;
    private DateOnly? _latest;
    private readonly SpilledRows _outOfScope = new(5); // id, title, agency, why, verdicts
    private readonly SpilledRows _incomplete = new(5); // id, title, agency, undecided, facts missing
    private readonly List<FailedInput> _failed = [];
    // Reasons, verdicts, agencies and counties repeat across thousands of rows: one string per distinct text.
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds one record. An error record counts for nothing in the tables, and marks every table made after it as
    /// partial (<see cref="Table.Warning"/>): see <see cref="Failures"/>.
    /// </summary>
    public void Add(BatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!record.Succeeded)
        {
            _failed.Add(new FailedInput(record.Source, string.Join(",", record.Errors.Select(e => e.Code).Distinct())));
            return;
        }
        if (record.Evaluation is { } judged && record.Inspection is { } inspection)
        {
            AddInspection(inspection, judged);
            return;
        }
        if (record.Evaluation is not { } evaluation || record.Report is not { } report)
            return;
        if (_latest is null || evaluation.AsOf > _latest)
            _latest = evaluation.AsOf;
        // The campaign's list (the one with a scope) says whether the campaign governs the report at all.
        if (evaluation.Determinations.FirstOrDefault(d => d.Scope is not null) is { Applicability: not Applicability.Applies } campaign)
        {
            _outOfScope.Add(record.Index, report.Id, report.Title, Shared(report.Agency), Shared(WhyNotCounted(report, campaign)), Shared(Verdicts(evaluation)));
            return;
        }
        if (!evaluation.Complete)
        {
            var undecided = string.Join("；", evaluation.Determinations.Where(d => !d.CannotDecide.IsEmpty)
                .Select(d => $"{d.List.Id} 情形 {string.Join("、", d.CannotDecide)}"));
            var missing = string.Join("；", evaluation.Undecided.GroupBy(n => n.SubjectId).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}：{string.Join("、", g.SelectMany(n => n.MissingFacts).Distinct())}"));
            _incomplete.Add(record.Index, report.Id, report.Title, Shared(report.Agency), Shared(undecided), missing.Length == 0 ? "（无现行标准支撑，见判定结果的提示）" : missing);
        }
        _visits.Add((report.County, report.Agency, report.CheckedOn));
        if (evaluation.Determinations.Any(d => d.Verdict == FalseClass))
            _false.Add(record.Index, report.Title, Shared(report.County), Shared(report.Agency), report.Purpose);
        else if (evaluation.Determinations.Any(d => d.Verdict is InaccurateClass or MajorOmissionClass))
            _inaccurate++;
    }

    // An agency's or enterprise's met points count as findings (项) of their class. Points that only restate
    // a report's verdict (an agency's points 1 and 9: every match on a report the record names) are left out,
    // since the report itself is counted; a bureau's self-check findings are not violations.
    private void AddInspection(Inspections.InspectionRecord inspection, ReportEvaluation evaluation)
    {
        if (inspection.Party == "agency")
            _visits.Add((inspection.County, inspection.Name, inspection.InspectionDate));
        if (_latest is null || evaluation.AsOf > _latest)
            _latest = evaluation.AsOf;
        foreach (var criterion in evaluation.Determinations.SelectMany(d => d.Criteria).Where(c => c.Outcome == Determinations.CriterionOutcome.Met))
        {
            if (inspection.Party == "agency" && criterion.Matches.All(m => m.Nonconformity.SubjectId.StartsWith("report:", StringComparison.Ordinal)))
                continue;
            if (criterion.Class == "major_violation")
                _majorFindings++;
            else if (criterion.Class == "general_violation")
                _generalFindings++;
        }
    }

    /// <summary>Why the campaign's tables do not count a report its list does not govern, in the words of the 范围外报告清单.</summary>
    internal static string WhyNotCounted(Reports.Report report, Determination campaign) => campaign.Applicability switch
    {
        Applicability.OutOfScope => $"{report.ReportType}、{report.Purpose}、{report.Industry}：不属于{campaign.Scope!.Citation}所列法定安全评价",
        Applicability.ScopeUnknown => $"{report.ReportType}、{report.Purpose}、{report.Industry}：仅当法律、行政法规或国务院决定设定该评价时属于{campaign.Scope!.Citation}所列法定安全评价，报告未记录依据（statutoryBasis），范围未定",
        Applicability.OutsideCheckPeriod => "不是在专项整治期间核查的报告（核查日期 checkedOn 不在整治期间，或报告出具于整治结束之后）",
        _ => "未记录核查日期（checkedOn），无法确定是否在专项整治期间核查",
    };

    /// <summary>The inputs that failed (could not be read or judged), with their error codes, in the order added.</summary>
    public IReadOnlyList<FailedInput> Failures => _failed;

    /// <summary>
    /// The lines that mark a table made while some input failed: how many, which (the first ten; the complete list is
    /// <see cref="FailedInputs"/>), and that they are not counted. Empty when nothing failed.
    /// </summary>
    public ImmutableArray<string> PartialWarning() => _failed.Count == 0 ? [] :
    [
        $"部分汇总：{Count(_failed.Count)} 个输入未能读取或判定，未计入本表：{string.Join("、", _failed.Take(10).Select(f => $"{f.Source}（{f.Codes}）"))}{(_failed.Count > 10 ? " 等（全部见“未计入的输入清单”）" : "")}",
    ];

    /// <summary>The inputs that failed, with their error codes: what every partial table leaves out.</summary>
    public Table FailedInputs(string filingUnit, DateOnly? cutOff = null) =>
        new("未计入的输入清单", [.. Header(filingUnit, cutOff), "这些输入未能读取或判定（错误见 results.jsonl），未计入任何汇总表。"],
            ["序号", "输入", "错误代码"], [.. _failed.Select((f, i) => (ImmutableArray<string>)[Count(i + 1), f.Source, f.Codes])]) { Warning = PartialWarning() };

    /// <summary>附件2: one row of counts.</summary>
    public Table Annex2(string filingUnit, DateOnly? cutOff = null)
    {
        ImmutableArray<string> columns =
        [
            "检查评价机构数量（家次）", "检查发现一般违法行为数量（项）", "检查发现出具虚假报告等重大违法行为数量（项）", "下达执法文书（份）",
            "行政处罚（次）", "罚款（万元）", "责令停业整顿（家次）", "吊销评价机构资质证书（个）", "纳入“黑名单”（家）",
            "对采信虚假报告的行政许可依法处理数量（家次）", "媒体曝光（家次）",
        ];
        ImmutableArray<string> row = [Count(_visits.Count), Count(_inaccurate + _generalFindings), Count(_false.Count + _majorFindings), "", "", "", "", "", "", "", ""];
        return new Table("专项整治情况汇总表（附件2）", [.. Header(filingUnit, cutOff),
            "检查评价机构数量：按“机构×检查日×区县”计家次（同日同区县核查其报告和检查该机构为一次；未记录核查日期的报告按机构×区县计）；一般违法行为：判定为失实或重大疏漏（未判定虚假）的报告数，加检查记录中一般违法行为要点数；重大违法行为：判定为虚假的报告数，加检查记录中重大违法行为要点数（机构要点（1）（9）只是报告判定的重述，不重复计数）。",
            "只计入专项整治范围内（五、有关说明所列法定安全评价）的报告。",
            "执法文书、处罚、罚款、停业整顿、吊销、黑名单、行政许可处理、媒体曝光各栏由填报单位填写。"], columns, [row],
            [$"范围外报告 {Count(_outOfScope.Count)} 份，未计入本表（见范围外报告清单）；范围内判定不完整的报告 {Count(_incomplete.Count)} 份（有情形无从判定：缺少核查事实或无现行标准支撑，见判定不完整报告清单）。"]) { Warning = PartialWarning() };
    }

    /// <summary>附件3: one row per report judged false under any determination list, in input order.</summary>
    public Table Annex3(string filingUnit, DateOnly? cutOff = null)
    {
        ImmutableArray<string> columns = ["序号", "评价报告名称", "项目所在县（市、区）", "评价机构", "对机构处理情况", "采信本报告的行政许可、验收或备案", "对相关行政许可、验收或备案整改情况"];
        var count = _false.Count;
        IEnumerable<ImmutableArray<string>> Rows() => _false.Ordered(count)
            .Select(f => (ImmutableArray<string>)[Count(f.Position), f.Cells[0], f.Cells[1], f.Cells[2], "", Purpose(f.Cells[3]), ""]);
        return new Table("虚假安全评价报告汇总表（附件3）", [.. Header(filingUnit, cutOff),
            "对机构处理情况、整改情况各栏由填报单位填写；“采信本报告的行政许可、验收或备案”按报告用途填写。"], columns, Rows) { Warning = PartialWarning() };
    }

    /// <summary>Reports outside the campaign's statutory scope: judged, but not counted in 附件2 or 附件3.</summary>
    public Table OutOfScope(string filingUnit, DateOnly? cutOff = null)
    {
        ImmutableArray<string> columns = ["序号", "报告编号", "评价报告名称", "评价机构", "不在范围内的原因", "判定结果"];
        var count = _outOfScope.Count;
        IEnumerable<ImmutableArray<string>> Rows() => _outOfScope.Ordered(count).Select(r => (ImmutableArray<string>)[Count(r.Position), .. r.Cells]);
        return new Table("范围外报告清单（不计入附件2、附件3）", [.. Header(filingUnit, cutOff)], columns, Rows) { Warning = PartialWarning() };
    }

    /// <summary>Reports inside the scope on which some criterion could not be decided: facts it needs not recorded, or no standard in force feeding it.</summary>
    public Table Incomplete(string filingUnit, DateOnly? cutOff = null)
    {
        ImmutableArray<string> columns = ["序号", "报告编号", "评价报告名称", "评价机构", "无从判定的情形", "缺少的核查事实（对象：事实）"];
        var count = _incomplete.Count;
        IEnumerable<ImmutableArray<string>> Rows() => _incomplete.Ordered(count).Select(r => (ImmutableArray<string>)[Count(r.Position), .. r.Cells]);
        return new Table("判定不完整报告清单", [.. Header(filingUnit, cutOff),
            "这些报告已计入附件2、附件3，但所列情形未作判定（不是“未发现”）：核查未记录所列事实，或报告日期、行业无现行标准支撑。"], columns, Rows) { Warning = PartialWarning() };
    }

    /// <summary>Deletes the temporary file of the listings, if a long batch needed one.</summary>
    public void Dispose()
    {
        _false.Dispose();
        _outOfScope.Dispose();
        _incomplete.Dispose();
    }

    private string Shared(string text)
    {
        if (_texts.TryGetValue(text, out var shared))
            return shared;
        _texts.Add(text);
        return text;
    }

    private static string Verdicts(ReportEvaluation evaluation) => string.Join("；", evaluation.Determinations
        .Select(d => $"{d.List.Id}：{d.VerdictName}"));

    private IEnumerable<string> Header(string filingUnit, DateOnly? cutOff)
    {
        var date = cutOff ?? _latest;
        yield return $"填报单位：{filingUnit}";
        yield return date is { } d ? $"截止日期：{d.Year}年{d.Month}月{d.Day}日" : "截止日期：";
    }

    private static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Purpose(string purpose) => purpose switch
    {
        "licence" => "行政许可",
        "acceptance" => "验收",
        "filing" => "备案",
        _ => purpose,
    };
}
