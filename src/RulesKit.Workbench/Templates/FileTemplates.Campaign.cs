using System.Text;
using RulesKit.Catalogs;
using RulesKit.Inspections;

namespace RulesKit.Workbench.Templates;

public static partial class FileTemplates
{
    /// <summary>The kinds an inspection record of <paramref name="party"/> can list, in ordinal order (not the reports the engine adds itself).</summary>
    /// <exception cref="TemplateException">An unknown party.</exception>
    public static IReadOnlyList<string> InspectionKinds(CatalogSet catalogs, string party)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        if (!catalogs.Vocabulary.IsParty(party))
            throw new TemplateException($"--party：未知检查对象“{party}”；应为：{string.Join(", ", catalogs.Vocabulary.Parties.Select(t => $"{t.Key}（{t.Title}）"))}",
                $"--party: unknown party '{party}'; expected one of: {string.Join(", ", catalogs.Vocabulary.Parties.Select(t => t.Key))}");
        return [.. catalogs.Catalogs.Where(c => c.Type == CatalogType.Standards && c.Industries.Contains(party))
            .SelectMany(c => c.Items).Select(i => i.Kind).Where(k => k != InspectionRecord.ReportKind).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// An inspection record of one of the campaign's other three levels: the party, who inspected and when, every kind
    /// its checklist tests with every attribute (what the inspection found), the reports it names and an evidence record.
    /// </summary>
    /// <exception cref="TemplateException">An unknown party.</exception>
    public static string Inspection(CatalogSet catalogs, string party, string schema)
    {
        var kinds = InspectionKinds(catalogs, party);
        var title = catalogs.Vocabulary.Parties.First(t => t.Key == party).Title;
        var w = new StringBuilder();
        w.AppendLine($"# yaml-language-server: $schema={schema}");
        w.AppendLine($"# 一份检查记录：对{title}的检查。observed 写检查所见；未检查的保留 ~（未检查：无法判断，不等于“否”）。");
        w.AppendLine("id: INSPECTION-ID                  # 检查记录编号，在专项整治文件夹内唯一");
        w.AppendLine($"party: {party}");
        w.AppendLine($"name: 被检查{title}名称");
        w.AppendLine("county: 所在县（市、区）");
        w.AppendLine("inspectionDate: 2021-08-12         # 检查日期");
        w.AppendLine("inspector: 检查组或检查人员");
        w.AppendLine(kinds.Count == 0 ? "subjects: []" : "subjects:");
        foreach (var (kind, index) in kinds.Select((k, i) => (k, i)))
            Subject(w, catalogs, kind, index, "检查所见；~ 表示未检查");
        w.AppendLine("reports:                          # 本次检查涉及的评价报告（报告编号）；机构的第（1）（9）项、企业的第（4）项据此判定");
        if (party == "enterprise")
            w.AppendLine("  - { report: REPORT-ID, reliedOnFor: licence, knewFalse: ~ }   # reliedOnFor：据以取得的许可、验收或备案；knewFalse：明知报告虚假（~ 未查明）");
        else
            w.AppendLine("  - { report: REPORT-ID }");
        w.AppendLine("evidence:");
        w.AppendLine("  - id: E1");
        w.AppendLine("    source: inspection             # 检查人员取得的记录");
        w.AppendLine("    description: 检查所见的书证、笔录或影像");
        w.AppendLine(kinds.Count == 0 ? "    concerns: []" : "    concerns: [S1]");
        return w.ToString();
    }

    /// <summary>A campaign folder's campaign.yaml: the campaign, the city and its counties (填报单位), and the reporting calendar.</summary>
    public static string Campaign(string schema) => $$"""
        # yaml-language-server: $schema={{schema}}
        # 专项整治文件夹的说明文件。同一文件夹内放：reports/（评价报告）、inspections/（检查记录）、
        # enforcement/（执法措施）、ledger/（整改台账）。运行：ruleskit campaign 本文件夹 --unit 填报单位 --out 输出文件夹
        campaign: 某市安全评价机构执业行为专项整治（2021）
        city: { unit: 某市应急管理局, county: 某市, filledBy: 填表人, telephone: 联系电话 }    # 市级汇总：各县区合计
        counties:                                    # 每个县（市、区）一行；unit 为填报单位，county 与报告、记录中的 county 一致
          - { unit: 某县应急管理局, county: 某县, filledBy: 填表人, telephone: 联系电话 }
        reportingDays: { from: 2021-07-01, to: 2021-09-30, days: [6, 16, 26] }   # 报送日历：起止日期内每月的报送日

        """;

    /// <summary>A campaign's enforcement actions: each dated, in a county, naming its target (and the report it concerns).</summary>
    public static string Actions(string schema) => $$"""
        # yaml-language-server: $schema={{schema}}
        # 执法措施：每项一行，按日期计入附件2、附件3。type 取值：
        #   document 下达执法文书（instrument：文书名称；served: false 表示未送达当事人，如内部立案审批表，不计入）
        #   penalty 行政处罚（fine：罚款，万元） | suspension 责令停业整顿 | blacklist 纳入黑名单 | media 媒体曝光
        #   revocation 吊销资质证书：只由资质认可机关（省级应急管理部门）作出，须写 by: province
        #   revocation_request 县、市提请省级吊销（不计入“吊销”一栏） | approval_handled 对采信虚假报告的行政许可依法处理
        # by：作出单位 county 县（市、区） | city 市 | province 省
        actions:
          - { id: ACTION-1, date: 2021-07-07, county: 某县, type: document, target: 某安全评价有限公司, report: REPORT-ID, instrument: 责令限期改正指令书, served: true }
          - { id: ACTION-2, date: 2021-07-15, county: 某县, type: penalty, target: 某安全评价有限公司, report: REPORT-ID, fine: 10 }

        """;

    /// <summary>A campaign's rectification ledger (整改台账): problem, measures, who answers, by when, and when done.</summary>
    public static string Ledger(string schema) => $$"""
        # yaml-language-server: $schema={{schema}}
        # 整改台账：每个问题一行。from：问题来自的报告编号或检查记录编号；done：整改完成日期（未完成则不写）。
        rectifications:
          - { id: ZG-1, county: 某县, unit: 责任单位, from: REPORT-ID, problem: 问题描述, measures: 整改措施, responsible: 责任人, found: 2021-07-06, due: 2021-08-31 }

        """;
}
