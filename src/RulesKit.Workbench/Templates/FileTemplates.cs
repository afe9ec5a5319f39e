using System.Text;
using RulesKit.Catalogs;
using RulesKit.Reports;

namespace RulesKit.Workbench.Templates;

/// <summary>
/// Commented templates an expert fills in, with Chinese comments: a report for an industry (every kind, or the kinds
/// picked), an inspection record for a party, a campaign folder's campaign.yaml, its enforcement actions and its
/// rectification ledger, a scenario and catalogs. <c>ruleskit new</c> and the workbench write the same texts.
/// </summary>
public static partial class FileTemplates
{
    /// <summary>The kinds a report of <paramref name="industry"/> can list, in ordinal order (not the kinds the engine makes itself).</summary>
    /// <exception cref="TemplateException">An unknown industry.</exception>
    public static IReadOnlyList<string> ReportKinds(CatalogSet catalogs, string industry)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        if (!catalogs.Vocabulary.IsIndustry(industry))
            throw new TemplateException($"--industry：未知行业“{industry}”；已知行业：{string.Join(", ", catalogs.Vocabulary.Industries.Select(t => t.Key))}",
                $"--industry: unknown industry '{industry}'; known industries: {string.Join(", ", catalogs.Vocabulary.Industries.Select(t => t.Key))}");
        return [.. catalogs.Catalogs.Where(c => c.Type == CatalogType.Standards && c.AppliesTo(industry) && !c.IsCrossIndustry)
            .SelectMany(c => c.Items).Select(i => i.Kind).Where(k => k != SubjectInventory.CheckKind).Distinct().Order(StringComparer.Ordinal)];
    }

    // A subject of KIND as a template lists it: its id and kind, then every attribute under observed, commented with
    // its title and what a value must look like. Returns the kind.
    private static SubjectKind Subject(StringBuilder w, CatalogSet catalogs, string kind, int index, string observedComment)
    {
        var schemaKind = catalogs.Kinds[kind];
        w.AppendLine($"  - id: S{index + 1}");
        w.AppendLine($"    kind: {kind}{(schemaKind.Title is null ? "" : "              # " + schemaKind.Title)}");
        w.AppendLine($"    observed:                      # {observedComment}");
        foreach (var a in schemaKind.Attributes)
            w.AppendLine($"      {a.Name}: ~   # {a.Title ?? a.Name}：{a.Expected.Chinese}{(a.Basis is { } basis ? $"，须同时填写 {basis}" : "")}");
        return schemaKind;
    }

    private static string Closest(string name, IEnumerable<string> names, Language language)
    {
        var close = Suggestions.Closest(name, names);
        return close.Count == 0 ? "" : language == Language.Chinese ? $"；是否指：{string.Join(", ", close)}" : $"; did you mean: {string.Join(", ", close)}";
    }

    /// <summary>
    /// A report to fill in: its header, every kind of <paramref name="industry"/> (or only <paramref name="kinds"/>, the
    /// ones the expert picked) with every attribute observed and reported, and an evidence record.
    /// </summary>
    /// <exception cref="TemplateException">An unknown industry, or a kind picked that the industry does not have (with the closest names).</exception>
    public static string Report(CatalogSet catalogs, string industry, string schema, IReadOnlyCollection<string>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        var all = ReportKinds(catalogs, industry);
        if (kinds is { Count: > 0 })
        {
            foreach (var picked in kinds.Where(k => !all.Contains(k)))
                throw new TemplateException($"--kinds：行业 {industry} 没有对象类型“{picked}”{Closest(picked, all, Language.Chinese)}",
                    $"--kinds: industry {industry} has no kind '{picked}'{Closest(picked, all, Language.English)}");
            all = [.. all.Where(kinds.Contains)];
        }
        var chosen = all;
        var w = new StringBuilder();
        w.AppendLine($"# yaml-language-server: $schema={schema}");
        w.AppendLine("# 一份经核查的评价报告。先填报告信息，再逐个填写核查的对象：observed 为核查所见，reported 为报告所述。");
        w.AppendLine("# 每个属性写核查到的值；未核查的保留 ~（未核查：无法判断，不等于“否”）。报告未提及某对象时，删去 reported，写 inReport: false。");
        w.AppendLine("id: REPORT-ID");
        w.AppendLine("title: 某某公司安全现状评价报告");
        w.AppendLine($"reportType: 现状评价            # {string.Join(" / ", catalogs.Vocabulary.ReportTypes.Select(t => t.Key))}");
        w.AppendLine($"purpose: licence                # {string.Join(" / ", catalogs.Vocabulary.Purposes.Select(t => t.Key))}");
        w.AppendLine($"industry: {industry}");
        w.AppendLine("agency: 评价机构名称");
        w.AppendLine("enterprise: 被评价单位名称");
        w.AppendLine("county: 项目所在县（市、区）");
        w.AppendLine("number: 报告编号");
        w.AppendLine("evaluationDate: 2021-01-31      # 评价日期：按此日现行的标准判定");
        w.AppendLine("issuedOn: 2021-02-05            # 出具日期：按此日施行的法律版本确定法律依据");
        w.AppendLine("checkedOn: 2021-08-16           # 核查日期：专项整治目录只适用于整治期间（2021-06-01 至 2021-11-30）核查的报告");
        w.AppendLine("# statutoryBasis: 设定该评价的法律、行政法规或国务院决定    # 仅当本报告属于“其他安全评价”时填写");
        w.AppendLine("inspectors:");
        w.AppendLine("  - { name: 核查人员姓名, certificate: 执法证号 }");
        w.AppendLine("conclusion:");
        w.AppendLine("  text: 具备安全生产条件");
        w.AppendLine("  favourable: true              # 合格 / 具备安全生产条件 / 符合要求");
        w.AppendLine(chosen.Count == 0 ? "subjects: []" : "subjects:");
        foreach (var (kind, index) in chosen.Select((k, i) => (k, i)))
        {
            var schemaKind = Subject(w, catalogs, kind, index, "核查所见；~ 表示未核查");
            w.AppendLine("    reported:                      # 报告所述；报告对某属性未作说明的保留 ~");
            foreach (var a in schemaKind.Attributes)
                w.AppendLine($"      {a.Name}: ~");
            w.AppendLine("    # inReport: false              # 报告未提及该对象时：写这一行并删去 reported");
            if (SubjectInventory.CanCarry(schemaKind))
            {
                // The grade is computed from what is stored (GB 18218) when the inventory is recorded.
                w.AppendLine("    # inventory:                   # 记录存量时，引擎按 GB 18218 计算是否构成重大危险源及级别（取代录入的 mhi_grade）");
                w.AppendLine("    #   type: storage              # storage 储存单元 | production 生产单元");
                w.AppendLine("    #   peopleWithin500m: 60       # 厂区边界外 500 m 内常住人口");
                w.AppendLine("    #   observed:                  # 核查所见：各危险化学品的设计最大量（吨）");
                w.AppendLine("    #     - { name: 液氨, quantity_t: 30 }");
                w.AppendLine("    #   reported:                  # 报告危险有害因素辨识所列的物质");
                w.AppendLine("    #     - { name: 液氨, quantity_t: 30 }");
            }
        }
        w.AppendLine("evidence:");
        w.AppendLine("  - id: E1");
        w.AppendLine("    source: agency_survey        # agency_survey | agency_photo | enterprise_material | notice_served | inspection");
        w.AppendLine("    description: 现场勘验记录所示内容");
        w.AppendLine(chosen.Count == 0 ? "    concerns: []" : "    concerns: [S1]");
        w.AppendLine("    shows: []                    # 该记录所示的事实：属性名（对象本身写 exists）；只有显示报告所误述或遗漏的那项事实，才能证明机构知情");
        w.AppendLine("    by: 制作人");
        w.AppendLine("    on: 2021-01-20");
        w.AppendLine("    form: 勘验笔录                 # 勘验笔录 / 询问笔录 / 现场照片 / 书证…");
        w.AppendLine("    # originalChecked: true        # 复印件已与原件核对");
        return w.ToString();
    }

    /// <summary>A scenario file: a report and what the engine must decide about it.</summary>
    public static string Scenario(string schema) => $$"""
        # yaml-language-server: $schema={{schema}}
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
                  # cannotDecide: []      # exactly these cannot be decided (no standard in force feeds them)
              nonconformities:
                present: [hazchem.major-hazards/HC-05.a@TANK-1]   # catalog/item@subject
                absent: []

        """;

    /// <summary>A standards catalog: header, a kind, an item with its clause, text, source and confidence.</summary>
    public static string StandardsCatalog(string schema) => $$"""
        # yaml-language-server: $schema={{schema}}
        # A standards catalog: one file per version of one document. Put it under standards/ in a rules folder and
        # check it with: ruleskit catalog validate <rules folder>   (or add it to the built-in ones: --catalogs DIR --extend)
        catalog: standards
        id: example.standard                # lower-case, dotted; the same id for every version
        version: "2024"
        title: 标准或文件名称
        document: 文号或标准编号
        jurisdiction: national              # national, 河南省…
        industries: [hazchem]               # industries of rules/vocabulary.yaml, or ["*"] for every industry
        effectiveFrom: 2024-01-01           # first day in force; leave out when not recorded
        # effectiveTo: 2026-01-01           # first day of the successor version
        # supersedes: example.standard@2017
        source: where the document was seen (URL, page, date)
        kinds:
          storage_tank:                     # a kind of checked subject, named for what an inspector measures
            title: 储罐
            attributes:
              spacing_m: { type: number, unit: m, title: 相邻储罐间距 }
              tank_form: { type: enum, values: [vertical, horizontal], title: 储罐型式 }
        items:
          - id: EX-01
            clause: 第1条
            text: 条款原文（逐字）
            source: where this clause text was seen
            confidence: draft               # official | transcription | recalled | draft (draft: shown, never counted)
            veto: true                      # 否决项: a breach affects a favourable conclusion
            categories: [internal_layout]   # categories a determination list declares
            kind: storage_tank
            when: tank_form == "horizontal" && spacing_m < 0.8   # the breach, over the kind's attributes
            threshold: "0.8"                # shown in explanations (optional)

        """;

    /// <summary>A determination list: classes, categories and a criterion.</summary>
    public static string DeterminationCatalog(string schema) => $$"""
        # yaml-language-server: $schema={{schema}}
        # A determination list: the situations in which a report is judged, each counting categories of nonconformity.
        catalog: determination
        id: example.list
        version: "2024"
        title: 认定情形名称
        document: 文号
        jurisdiction: national
        industries: ["*"]
        effectiveFrom: 2024-01-01
        source: where the list was seen
        classes:
          - { id: false_report, name: 虚假, nameEn: false report, severity: 2 }
        categories:
          - { id: internal_layout, title: 主要生产装置、储存设施之间的距离 }
        criteria:
          - id: "1"
            number: 1
            text: 情形原文（逐字）
            citation: 文号 第一项
            confidence: official
            class: false_report
            categories: [internal_layout]
            requires: [objective, concealment, materiality]   # objective | concealment | materiality | unresolved | omission | misreported
            reading: How the engine reads the criterion, where that is an interpretation.

        """;
}
