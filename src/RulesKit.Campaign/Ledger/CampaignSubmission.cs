using System.Collections.Immutable;
using System.Globalization;
using RulesKit.Campaign.Tables;

namespace RulesKit.Campaign.Ledger;

/// <summary>
/// One unit's cumulative submission at one 截止日期: 附件2 and 附件3 with every column, the problem list per
/// agency, the rectification ledger, and the figures of the HTML summary. Counts only what happened on or
/// before the 截止日期 in the unit's counties (the city: all of them).
/// </summary>
public sealed class CampaignSubmission
{
    private readonly CampaignLedger _ledger;
    private readonly IReadOnlySet<string> _counties;
    private readonly List<ReportSummary> _reports;
    private readonly List<RecordSummary> _records;
    private readonly List<EnforcementAction> _actions;

    internal CampaignSubmission(CampaignLedger ledger, CampaignUnit unit, IReadOnlySet<string> counties, DateOnly cutOff)
    {
        _ledger = ledger;
        _counties = counties;
        Unit = unit;
        CutOff = cutOff;
        _reports = [.. ledger.Reports.Where(r => counties.Contains(r.County) && r.CheckedOn <= cutOff)];
        _records = [.. ledger.Records.Where(r => counties.Contains(r.County) && r.Date <= cutOff)];
        _actions = [.. ledger.Actions.Where(a => counties.Contains(a.County) && a.Date <= cutOff)];
        Annex2Row = Counts(_reports.Where(r => r.InScope).ToList(), _records, _actions);
    }

    /// <summary>The unit (填报单位, 填报人, 联系电话).</summary>
    public CampaignUnit Unit { get; }

    /// <summary>截止日期.</summary>
    public DateOnly CutOff { get; }

    /// <summary>The 11 counts of 附件2, in the form's column order.</summary>
    public ImmutableArray<decimal> Annex2Row { get; }

    /// <summary>The form's 11 column headers, verbatim.</summary>
    public static ImmutableArray<string> Annex2Columns { get; } =
    [
        "检查评价机构数量（家次）", "检查发现一般违法行为数量（项）", "检查发现出具虚假报告等重大违法行为数量（项）", "下达执法文书（份）",
        "行政处罚（次）", "罚款（万元）", "责令停业整顿（家次）", "吊销评价机构资质证书（个）", "纳入“黑名单”（家）",
        "对采信虚假报告的行政许可依法处理数量（家次）", "媒体曝光（家次）",
    ];

    private static ImmutableArray<decimal> Counts(List<ReportSummary> reports, List<RecordSummary> records, List<EnforcementAction> actions)
    {
        // 家次: one check of one agency on one day in one county; a report checked and an inspection of its agency
        // on the same day in the same county are one visit.
        var visits = reports.Select(r => (r.County, r.Agency, r.CheckedOn))
            .Concat(records.Where(r => r.Party == "agency").Select(r => (r.County, Agency: r.Name, CheckedOn: r.Date)))
            .Distinct().Count();
        var general = reports.Count(r => !r.False && (r.Inaccurate || r.MajorOmission))
            + records.Where(r => r.Party is "agency" or "enterprise").Sum(r => r.Points.Count(p => p.Met && !p.RestatesReport && p.Class == "general_violation"));
        var major = reports.Count(r => r.False)
            + records.Where(r => r.Party is "agency" or "enterprise").Sum(r => r.Points.Count(p => p.Met && !p.RestatesReport && p.Class == "major_violation"));
        // A document recorded as not served on the party was not 下达.
        int Of(EnforcementType type) => actions.Count(a => a.Type == type && !(type == EnforcementType.Document && a.Served == false));
        return
        [
            visits, general, major, Of(EnforcementType.Document), Of(EnforcementType.Penalty),
            actions.Where(a => a.Type == EnforcementType.Penalty).Sum(a => a.Fine ?? 0m),
            Of(EnforcementType.Suspension), Of(EnforcementType.Revocation),
            actions.Where(a => a.Type == EnforcementType.Blacklist).Select(a => a.Target).Distinct(StringComparer.Ordinal).Count(),
            Of(EnforcementType.ApprovalHandled), Of(EnforcementType.Media),
        ];
    }

    private IEnumerable<string> Header()
    {
        yield return $"填报单位：{Unit.Unit}";
        yield return $"截止日期：{CutOff.Year}年{CutOff.Month}月{CutOff.Day}日";
    }

    private ImmutableArray<string> Footer(params string[] notes) =>
        [$"填报人：{Unit.FilledBy}", $"联系电话：{Unit.Telephone}", .. notes];

    /// <summary>
    /// The errors of the campaign folder's inputs (<see cref="CampaignLedger.Errors"/>): what failed to be read or judged
    /// is counted in no table, so every table of a submission with errors is marked partial (<see cref="Table.Warning"/>).
    /// </summary>
    public ImmutableArray<Diagnostic> Failures => _ledger.Errors;

    /// <summary>What was read but looks wrong (<see cref="CampaignLedger.Warnings"/>): said on every table and the HTML page.</summary>
    public ImmutableArray<Diagnostic> Warnings => _ledger.Warnings;

    /// <summary>The lines that head every table while some input failed or looks wrong: how many, and the first of them.</summary>
    public ImmutableArray<string> PartialWarning => [.. PartialLines()];

    private IEnumerable<string> PartialLines()
    {
        if (!Failures.IsEmpty)
            yield return $"部分汇总：{Failures.Length} 处输入错误，出错的报告、记录或文件未计入本表：{string.Join("；", Failures.Take(5).Select(f => $"{f.Source}:{f.Line}（{f.Code}）"))}{(Failures.Length > 5 ? " 等" : "")}";
        // What was read but looks wrong (a report named but not held, a date after the calendar): said on every table too.
        if (!_ledger.Warnings.IsEmpty)
            yield return $"注意：{_ledger.Warnings.Length} 处数据存疑，请核对：{string.Join("；", _ledger.Warnings.Take(5).Select(w => $"{w.Source}：{w.Format(Language.Chinese)}"))}{(_ledger.Warnings.Length > 5 ? " 等" : "")}";
    }

    /// <summary>附件2 专项整治情况汇总表, every column.</summary>
    public Table Annex2 => new("专项整治情况汇总表", [.. Header()], Annex2Columns, [[.. Annex2Row.Select(Number)]],
        Footer("注：本表实行累计报送，每次统计“截止日期”前的累计汇总情况。",
            "口径：检查评价机构数量按“机构×检查日×区县”计家次；一般违法行为＝判定失实或重大疏漏（未判定虚假）的报告数＋检查记录中一般违法行为要点数；重大违法行为＝判定虚假的报告数＋检查记录中重大违法行为要点数（机构要点（1）（9）只是报告判定的重述，不重复计数）；只计专项整治范围内的报告；黑名单按单位计家。"))
    { Warning = PartialWarning };

    /// <summary>附件3 虚假安全评价报告汇总表, every column, in the order the reports were checked.</summary>
    public Table Annex3
    {
        get
        {
            var rows = _reports.Where(r => r.False && r.InScope).OrderBy(r => r.CheckedOn).ThenBy(r => r.Id, StringComparer.Ordinal)
                .Select((r, i) => (ImmutableArray<string>)[Number(i + 1), r.Title, r.County, r.Agency, Handling(r), Purpose(r.Purpose), Rectification(r)])
                .ToImmutableArray();
            return new Table("虚假安全评价报告汇总表", [.. Header()],
                ["序号", "评价报告名称", "项目所在县（市、区）", "评价机构", "对机构处理情况", "采信本报告的行政许可、验收或备案", "对相关行政许可、验收或备案整改情况"],
                rows, Footer()) { Warning = PartialWarning };
        }
    }

    // Actions against the report's agency that name this report, or no report at all.
    private string Handling(ReportSummary r) => Join(_actions
        .Where(a => a.Type != EnforcementType.ApprovalHandled && a.Target == r.Agency && (a.Report is null || a.Report == r.Id))
        .Select(a => $"{Date(a.Date)} {Action(a)}"), "未处理");

    private string Rectification(ReportSummary r) => Join(_actions.Where(a => a.Type == EnforcementType.ApprovalHandled && a.Report == r.Id)
        .Select(a => $"{Date(a.Date)} {Action(a)}")
        .Concat(_ledger.Rectifications.Where(e => e.From == r.Id && e.Found <= CutOff).Select(e => $"{e.Measures}（{Status(e)}）")), "未整改");

    private static string Action(EnforcementAction a)
    {
        var name = a.Type switch
        {
            EnforcementType.Document when a.Served == false => $"{a.Instrument ?? "文书"}（未送达当事人，不计入下达执法文书）",
            EnforcementType.Document => a.Instrument is { } instrument ? $"下达执法文书（{instrument}）" : "下达执法文书",
            EnforcementType.Penalty => a.Fine is { } fine ? $"行政处罚（罚款{Number(fine)}万元）" : "行政处罚",
            EnforcementType.Suspension => "责令停业整顿",
            EnforcementType.Revocation => "吊销资质证书（省级资质认可机关）",
            EnforcementType.RevocationRequest => "提请省级资质认可机关吊销资质证书",
            EnforcementType.Blacklist => "纳入黑名单",
            EnforcementType.ApprovalHandled => "对采信的行政许可、验收或备案依法处理",
            EnforcementType.Media => "媒体曝光",
            _ => a.Type.ToString(),
        };
        return a.Note is null ? name : $"{name}：{a.Note}";
    }

    private string Status(RectificationEntry e) =>
        e.Done is { } done && done <= CutOff ? $"已完成 {Date(done)}" : e.Due < CutOff ? $"逾期未完成（时限 {Date(e.Due)}）" : $"整改中（时限 {Date(e.Due)}）";

    /// <summary>Per agency, every problem found: its reports judged 虚假, 失实 or 重大疏漏, and the points its inspections found.</summary>
    public Table AgencyProblems
    {
        get
        {
            var rows = _reports.Where(r => r.VerdictText.Length > 0)
                .Select(r => (Agency: r.Agency, Date: r.CheckedOn, From: r.Id, Problem: $"报告《{r.Title}》判定为{r.VerdictText}", Class: r.False ? "重大违法行为" : "一般违法行为"))
                .Concat(_records.Where(r => r.Party == "agency").SelectMany(r => r.Points.Where(p => !p.RestatesReport).Select(p =>
                    (Agency: r.Name, Date: r.Date, From: r.Id, Problem: $"要点（{p.Number}）{p.Text}{(p.Met ? "" : "（存疑，待专家判断）")}",
                        Class: p.Class == "major_violation" ? "重大违法行为" : "一般违法行为"))))
                .OrderBy(x => x.Agency, StringComparer.Ordinal).ThenBy(x => x.Date).ThenBy(x => x.From, StringComparer.Ordinal).ThenBy(x => x.Problem, StringComparer.Ordinal)
                .Select((x, i) => (ImmutableArray<string>)[Number(i + 1), x.Agency, Date(x.Date), x.From, x.Problem, x.Class])
                .ToImmutableArray();
            return new Table("安全评价机构问题清单", [.. Header()], ["序号", "评价机构", "发现日期", "来源", "问题", "类别"], rows, Footer()) { Warning = PartialWarning };
        }
    }

    /// <summary>The rectification ledger (整改台账) as of the 截止日期, overdue entries marked.</summary>
    public Table RectificationLedger
    {
        get
        {
            var rows = _ledger.Rectifications.Where(e => _counties.Contains(e.County) && e.Found <= CutOff)
                .Select((e, i) => (ImmutableArray<string>)[Number(i + 1), e.County, e.Unit, e.From ?? "", e.Problem, e.Measures, e.Responsible, Date(e.Due), Status(e)])
                .ToImmutableArray();
            return new Table("整改台账", [.. Header()], ["序号", "区县", "责任单位", "来源", "问题", "整改措施", "责任人", "整改时限", "整改情况"], rows, Footer()) { Warning = PartialWarning };
        }
    }

    /// <summary>Entries of the ledger overdue at the 截止日期.</summary>
    public int Overdue => _ledger.Rectifications.Count(e => _counties.Contains(e.County) && e.Found <= CutOff && !(e.Done <= CutOff) && e.Due < CutOff);

    /// <summary>The tables of the submission, in the order they are written.</summary>
    public IEnumerable<(string Name, Table Table)> Tables()
    {
        yield return ("annex2-summary", Annex2);
        yield return ("annex3-false-reports", Annex3);
        yield return ("agency-problems", AgencyProblems);
        yield return ("rectification-ledger", RectificationLedger);
    }

    /// <summary>附件2's counts at every reporting day up to the 截止日期: the cumulative trend.</summary>
    public ImmutableArray<(DateOnly Day, ImmutableArray<decimal> Counts)> Trend => [.. _ledger.Settings.ReportingDays.Where(d => d <= CutOff)
        .Select(d => (d, new CampaignSubmission(_ledger, Unit, _counties, d).Annex2Row))];

    /// <summary>Reports judged 虚假, 失实 and 重大疏漏 per county (in scope).</summary>
    public ImmutableArray<(string Key, int False, int Inaccurate, int MajorOmission)> VerdictsByCounty => By(r => r.County);

    /// <summary>The same per industry.</summary>
    public ImmutableArray<(string Key, int False, int Inaccurate, int MajorOmission)> VerdictsByIndustry => By(r => r.Industry);

    private ImmutableArray<(string, int, int, int)> By(Func<ReportSummary, string> key) => [.. _reports.Where(r => r.InScope).GroupBy(key)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => (g.Key, g.Count(r => r.False), g.Count(r => !r.False && r.Inaccurate), g.Count(r => !r.False && !r.Inaccurate && r.MajorOmission)))];

    /// <summary>Findings (reports judged and points found) per agency: general and major.</summary>
    public ImmutableArray<(string Agency, int General, int Major)> FindingsByAgency => [.. AgencyProblems.Rows
        .GroupBy(r => r[1]).OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => (g.Key, g.Count(r => r[5] == "一般违法行为"), g.Count(r => r[5] == "重大违法行为")))];

    /// <summary>How often each Annex 4 criterion was met among the unit's in-scope reports.</summary>
    public ImmutableArray<(int Criterion, int Reports)> Annex4Criteria => [.. _reports.Where(r => r.InScope).SelectMany(r => r.Annex4Met)
        .GroupBy(n => n).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))];

    internal static string Number(decimal n) => n.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> parts, string none)
    {
        var text = string.Join("；", parts);
        return text.Length == 0 ? none : text;
    }

    private static string Purpose(string purpose) => purpose switch
    {
        "licence" => "行政许可",
        "acceptance" => "验收",
        "filing" => "备案",
        "project_review" => "建设项目审查",
        _ => "无",
    };
}
