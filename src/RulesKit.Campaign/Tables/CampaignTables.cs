using System.Collections.Immutable;
using System.Globalization;
using RulesKit.Campaign.Batch;

namespace RulesKit.Campaign.Tables;

/// <summary>
/// Accumulates batch records into the campaign's summary tables: 附件2 专项整治情况汇总表 (counts) and 附件3
/// 虚假安全评价报告汇总表 (the list of false reports). Only what the facts decide is filled; the enforcement
/// columns are the bureau's.
/// </summary>
public sealed class CampaignTables
{
    private const string FalseClass = "false_report";
    private const string InaccurateClass = "inaccurate_report";

    private readonly HashSet<string> _agencies = new(StringComparer.Ordinal);
    // Only the cells 附件3 needs are kept per false report, never the report itself: a batch of millions
    // must not hold its subjects in memory.
    private readonly List<(long Index, string Title, string County, string Agency, string Purpose)> _false = [];
    private long _inaccurate;
    private DateOnly? _latest;

    /// <summary>Adds one record; error records count for nothing in the tables.</summary>
    public void Add(BatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Evaluation is not { } evaluation || record.Report is not { } report)
            return;
        _agencies.Add(report.Agency);
        if (_latest is null || evaluation.AsOf > _latest)
            _latest = evaluation.AsOf;
        if (evaluation.Determinations.Any(d => d.Verdict == FalseClass))
            _false.Add((record.Index, report.Title, report.County, report.Agency, report.Purpose));
        else if (evaluation.Determinations.Any(d => d.Verdict == InaccurateClass))
            _inaccurate++;
    }

    /// <summary>附件2: one row of counts.</summary>
    public Table Annex2(string filingUnit, DateOnly? cutOff = null)
    {
        ImmutableArray<string> columns =
        [
            "检查评价机构数量（家次）", "检查发现一般违法行为数量（项）", "检查发现出具虚假报告等重大违法行为数量（项）", "下达执法文书（份）",
            "行政处罚（次）", "罚款（万元）", "责令停业整顿（家次）", "吊销评价机构资质证书（个）", "纳入“黑名单”（家）",
            "对采信虚假报告的行政许可依法处理数量（家次）", "媒体曝光（家次）",
        ];
        ImmutableArray<string> row = [Count(_agencies.Count), Count(_inaccurate), Count(_false.Count), "", "", "", "", "", "", "", ""];
        return new Table("专项整治情况汇总表（附件2）", [.. Header(filingUnit, cutOff),
            "检查评价机构数量：报告涉及的不同评价机构数；一般违法行为：判定为失实（未判定虚假）的报告数；重大违法行为：判定为虚假的报告数。",
            "执法文书、处罚、罚款、停业整顿、吊销、黑名单、行政许可处理、媒体曝光各栏由填报单位填写。"], columns, [row]);
    }

    /// <summary>附件3: one row per report judged false under any determination list, in input order.</summary>
    public Table Annex3(string filingUnit, DateOnly? cutOff = null)
    {
        ImmutableArray<string> columns = ["序号", "评价报告名称", "项目所在县（市、区）", "评价机构", "对机构处理情况", "采信本报告的行政许可、验收或备案", "对相关行政许可、验收或备案整改情况"];
        var rows = _false.OrderBy(f => f.Index)
            .Select((f, i) => (ImmutableArray<string>)[Count(i + 1), f.Title, f.County, f.Agency, "", Purpose(f.Purpose), ""])
            .ToImmutableArray();
        return new Table("虚假安全评价报告汇总表（附件3）", [.. Header(filingUnit, cutOff),
            "对机构处理情况、整改情况各栏由填报单位填写；“采信本报告的行政许可、验收或备案”按报告用途填写。"], columns, rows);
    }

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
