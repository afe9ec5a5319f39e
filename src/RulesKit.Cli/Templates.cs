using System.Text;
using RulesKit.Catalogs;

namespace RulesKit.Cli;

/// <summary>Commented templates an expert fills in: a report for an industry, a scenario.</summary>
public static class Templates
{
    public static string Report(CatalogSet catalogs, string industry)
    {
        var kinds = catalogs.All.Where(c => c.Type == CatalogType.Standards && c.AppliesTo(industry) && !c.IsCrossIndustry)
            .SelectMany(c => c.Items).Select(i => i.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        if (kinds.Count == 0)
            throw new RulesKitInputException([new Diagnostic("--industry", 0, 0,
                $"no catalog is written for industry '{industry}'; industries: {string.Join(", ", catalogs.All.SelectMany(c => c.Industries).Where(i => i != "*").Distinct().Order(StringComparer.Ordinal))}")]);
        var w = new StringBuilder();
        w.AppendLine("# yaml-language-server: $schema=../schema/report.schema.json");
        w.AppendLine("# A checked report. Fill in the header, then one entry per checked subject: what verification found");
        w.AppendLine("# (observed) and what the report states (reported; leave it out if the report does not mention the subject).");
        w.AppendLine("id: REPORT-ID");
        w.AppendLine("title: 某某公司安全现状评价报告");
        w.AppendLine("reportType: 现状评价            # 预评价 / 验收评价 / 现状评价");
        w.AppendLine("purpose: licence                # licence / acceptance / filing");
        w.AppendLine($"industry: {industry}");
        w.AppendLine("agency: 评价机构名称");
        w.AppendLine("enterprise: 被评价单位名称");
        w.AppendLine("county: 项目所在县（市、区）");
        w.AppendLine("evaluationDate: 2021-01-31      # the catalogs in force on this date judge the report");
        w.AppendLine("conclusion:");
        w.AppendLine("  text: 具备安全生产条件");
        w.AppendLine("  favourable: true              # 合格 / 具备安全生产条件 / 符合要求");
        w.AppendLine("subjects:");
        foreach (var (kind, index) in kinds.Select((k, i) => (k, i)))
        {
            var schema = catalogs.Kinds[kind];
            w.AppendLine($"  - id: S{index + 1}");
            w.AppendLine($"    kind: {kind}{(schema.Title is null ? "" : "              # " + schema.Title)}");
            w.AppendLine("    observed:                      # what verification found; delete the attributes not checked");
            foreach (var a in schema.Attributes)
                w.AppendLine($"      {a.Name}: {Example(a)}   # {a.Title ?? a.Name}: {a.Expected}");
            w.AppendLine("    # reported:                    # what the report states: the same attributes; leave out if the report is silent");
            foreach (var a in schema.Attributes)
                w.AppendLine($"    #   {a.Name}: {Example(a)}");
        }
        w.AppendLine("evidence:");
        w.AppendLine("  - id: E1");
        w.AppendLine("    source: agency_survey        # agency_survey | agency_photo | enterprise_material | notice_served | inspection");
        w.AppendLine("    description: 现场勘验记录所示内容");
        w.AppendLine("    concerns: [S1]");
        return w.ToString();
    }

    private static string Example(AttributeSchema a) => a.Type switch
    {
        AttributeType.Number => "0",
        AttributeType.Boolean => "true",
        AttributeType.Date => "2021-01-01",
        AttributeType.Enum => a.Values[0],
        _ => "text",
    };

    public static string Scenario() => """
        # yaml-language-server: $schema=../schema/scenario.schema.json
        # Scenarios: a report and what the engine must decide about it. Run with: ruleskit test <this file> --coverage
        scenarios:
          - name: 罐区未设紧急切断阀被报告称已设置，勘验影像为证 → 虚假（情形4、7）
            given:
              report: ../examples/hazchem-c07-unresolved-hazard.false.yaml   # a path, or the report written inline
              # asOf: 2021-03-15          # optional: judge with the catalogs in force on this date
            expect:
              lists:
                henan.zhengzhou-annex4:   # a determination list id (ruleskit catalog list)
                  verdict: false_report   # a class id of the list, or none
                  met: [4, 7]             # exactly these criteria met
                  suspected: []           # exactly these suspected
                  notMet: [1, 2]          # these not met
              nonconformities:
                present: [hazchem.major-hazards/HC-05.a@TANK-1]   # catalog/item@subject
                absent: []

        """;
}
