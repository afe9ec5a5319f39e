using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RulesKit.Determinations;
using RulesKit.Facts;

namespace RulesKit.Explanation;

/// <summary>Language of a text explanation.</summary>
public enum ExplanationLanguage
{
    /// <summary>Chinese (the default: clause texts and criteria are Chinese).</summary>
    Chinese,

    /// <summary>English labels around the Chinese clause texts.</summary>
    English,
}

/// <summary>Renders a <see cref="ReportEvaluation"/> as readable text (Chinese or English) or as JSON. Output is deterministic.</summary>
public static class ExplanationWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly JsonSerializerOptions LineOptions = new(JsonOptions) { WriteIndented = false };

    /// <summary>The evaluation as indented JSON (camelCase, enums as names, Chinese unescaped).</summary>
    public static string ToJson(ReportEvaluation evaluation) => JsonSerializer.Serialize(evaluation, JsonOptions);

    /// <summary>A value as one line of compact JSON, with the same conventions as <see cref="ToJson"/> (for JSON Lines output).</summary>
    public static string ToJsonLine<T>(T value) => JsonSerializer.Serialize(value, LineOptions);

    /// <summary>The evaluation as readable text: the verdict per list, then the chain of reasons of every criterion met or suspected.</summary>
    public static string ToText(ReportEvaluation evaluation, ExplanationLanguage language = ExplanationLanguage.Chinese)
    {
        var t = language == ExplanationLanguage.Chinese ? Texts.Chinese : Texts.English;
        var w = new StringBuilder();
        w.Append(t["report"]).Append(' ').Append(evaluation.ReportId).Append("  ").AppendLine(evaluation.ReportTitle);
        w.Append(t["asOf"]).Append(' ').Append(evaluation.AsOf.ToString("yyyy-MM-dd")).Append("  ").Append(t["industry"]).Append(' ').AppendLine(evaluation.Industry);
        w.AppendLine(t["catalogs"]);
        foreach (var catalog in evaluation.Catalogs)
            w.Append("  ").AppendLine(catalog);

        foreach (var d in evaluation.Determinations)
        {
            w.AppendLine();
            w.Append("== ").Append(d.Title).Append(" (").Append(d.Catalog).AppendLine(")");
            w.Append(t["verdict"]).Append(' ').AppendLine(language == ExplanationLanguage.Chinese ? d.VerdictName : $"{d.VerdictNameEn} ({d.VerdictName})");
            w.Append(t["met"]).Append(' ').AppendLine(d.Met.Count == 0 ? "—" : string.Join(", ", d.Met));
            w.Append(t["suspected"]).Append(' ').AppendLine(d.Suspected.Count == 0 ? "—" : string.Join(", ", d.Suspected));
            foreach (var c in d.Criteria.Where(c => c.Outcome != CriterionOutcome.NotMet))
            {
                w.AppendLine();
                w.Append(t["criterion"]).Append(' ').Append(c.Number).Append(" [").Append(t[c.Outcome.ToString()]).Append("] ").AppendLine(c.Text);
                w.Append("  ").Append(t["citation"]).Append(' ').AppendLine(c.Citation);
                foreach (var m in c.Matches.Where(m => m.Outcome != CriterionOutcome.NotMet))
                    WriteMatch(w, m, t);
            }
            foreach (var f in d.EnterpriseFindings)
            {
                w.AppendLine();
                w.Append(t["enterprise"]).Append(' ').Append(f.SubjectId).Append(" (").Append(string.Join(", ", f.EvidenceIds)).AppendLine(")");
            }
        }

        if (evaluation.Nonconformities.Count > 0)
        {
            w.AppendLine();
            w.AppendLine(t["nonconformities"]);
            foreach (var n in evaluation.Nonconformities)
                w.Append("  ").Append(n.Catalog).Append('/').Append(n.ItemId).Append(" @ ").Append(n.SubjectId).Append(": ").AppendLine(t[n.Disclosure.ToString()]);
        }
        foreach (var issue in evaluation.Issues)
            w.Append(t["issue"]).Append(' ').Append(issue.ItemId).Append(" @ ").Append(issue.SubjectId).Append(": ").AppendLine(issue.Message);
        return w.ToString();
    }

    /// <summary>The evaluation as Markdown: a heading per list, a section per criterion met or suspected, the chain as a list.</summary>
    public static string ToMarkdown(ReportEvaluation evaluation, ExplanationLanguage language = ExplanationLanguage.Chinese)
    {
        var t = language == ExplanationLanguage.Chinese ? Texts.Chinese : Texts.English;
        var w = new StringBuilder();
        w.Append("# ").Append(t["report"]).Append(' ').Append(evaluation.ReportId).Append(" — ").AppendLine(evaluation.ReportTitle).AppendLine();
        w.Append(t["asOf"]).Append(' ').Append(evaluation.AsOf.ToString("yyyy-MM-dd")).Append(" · ").Append(t["industry"]).Append(' ').AppendLine(evaluation.Industry).AppendLine();
        w.AppendLine(t["catalogs"]).AppendLine();
        foreach (var catalog in evaluation.Catalogs)
            w.Append("- `").Append(catalog).AppendLine("`");
        foreach (var d in evaluation.Determinations)
        {
            w.AppendLine().Append("## ").AppendLine(d.Title).AppendLine();
            w.Append("**").Append(t["verdict"]).Append(' ').Append(language == ExplanationLanguage.Chinese ? d.VerdictName : $"{d.VerdictNameEn} ({d.VerdictName})").AppendLine("**").AppendLine();
            w.Append("- ").Append(t["met"]).Append(' ').AppendLine(d.Met.Count == 0 ? "—" : string.Join(", ", d.Met));
            w.Append("- ").Append(t["suspected"]).Append(' ').AppendLine(d.Suspected.Count == 0 ? "—" : string.Join(", ", d.Suspected));
            w.Append("- `").Append(d.Catalog).AppendLine("`");
            foreach (var c in d.Criteria.Where(c => c.Outcome != CriterionOutcome.NotMet))
            {
                w.AppendLine().Append("### ").Append(t["criterion"]).Append(' ').Append(c.Number).Append(" — ").AppendLine(t[c.Outcome.ToString()]).AppendLine();
                w.Append("> ").AppendLine(c.Text).AppendLine();
                foreach (var m in c.Matches.Where(m => m.Outcome != CriterionOutcome.NotMet))
                {
                    var n = m.Nonconformity;
                    w.Append("- ").Append(t["item"]).Append(' ').Append(n.Document).Append(' ').Append(n.Clause).Append(" (`").Append(n.Catalog).Append('/').Append(n.ItemId).Append("`, ")
                        .Append(n.Verified ? t["verified"] : t["unverified"]).Append(n.Veto ? ", " + t["veto"] : "").AppendLine(")");
                    w.Append("  - ").AppendLine(n.ClauseText);
                    w.Append("  - ").Append(t["subject"]).Append(' ').Append(n.SubjectId).Append(n.SubjectName is null ? "" : $" ({n.SubjectName})").Append(", ").AppendLine(n.SubjectKind);
                    w.Append("  - ").Append(t["observed"]).Append(' ').AppendLine(Pairs(n.Observed));
                    if (n.Threshold is not null)
                        w.Append("  - ").Append(t["threshold"]).Append(" `").Append(n.Threshold).AppendLine("`");
                    w.Append("  - ").Append(t["reported"]).Append(' ').AppendLine(n.Reported is null ? t["absent"] : Pairs(n.Reported));
                    w.Append("  - ").Append(t["disclosure"]).Append(' ').AppendLine(t[n.Disclosure.ToString()]);
                    foreach (var e in n.Evidence)
                        w.Append("  - ").Append(t["evidence"]).Append(' ').Append(e.Id).Append(" (").Append(t[e.Source.ToString()]).Append("): ").AppendLine(e.Description);
                    foreach (var element in m.Elements)
                        w.Append("  - ").Append(t["element." + element.Element]).Append(": **").Append(t[element.State.ToString()]).Append("** — ").AppendLine(t[element.Reason]);
                }
            }
        }
        return w.ToString();
    }

    private static void WriteMatch(StringBuilder w, CriterionMatchRecord m, IReadOnlyDictionary<string, string> t)
    {
        var n = m.Nonconformity;
        w.Append("  - ").Append(t["item"]).Append(' ').Append(n.Document).Append(' ').Append(n.Clause)
            .Append(" [").Append(n.Verified ? t["verified"] : t["unverified"]).Append(n.Veto ? ", " + t["veto"] : "").Append("] ")
            .Append(n.Catalog).Append('/').AppendLine(n.ItemId);
        w.Append("      ").AppendLine(n.ClauseText);
        if (n.SafetyCode is not null)
            w.Append("      ").Append(t["safetyCode"]).Append(' ').AppendLine(n.SafetyCode);
        w.Append("    ").Append(t["subject"]).Append(' ').Append(n.SubjectId);
        if (n.SubjectName is not null)
            w.Append(" (").Append(n.SubjectName).Append(')');
        w.Append(", ").AppendLine(n.SubjectKind);
        w.Append("    ").Append(t["condition"]).Append(' ').AppendLine(n.Condition);
        w.Append("    ").Append(t["observed"]).Append(' ').AppendLine(Pairs(n.Observed));
        if (n.Threshold is not null)
            w.Append("    ").Append(t["threshold"]).Append(' ').AppendLine(n.Threshold);
        w.Append("    ").Append(t["reported"]).Append(' ').AppendLine(n.Reported is null ? t["absent"] : Pairs(n.Reported));
        w.Append("    ").Append(t["disclosure"]).Append(' ').AppendLine(t[n.Disclosure.ToString()]);
        foreach (var e in n.Evidence)
        {
            w.Append("    ").Append(t["evidence"]).Append(' ').Append(e.Id).Append(" (").Append(t[e.Source.ToString()]);
            if (e.Falsified)
                w.Append(", ").Append(t["falsified"]).Append(e.AgencyAware switch { true => t["aware"], false => t["unaware"], null => t["awarenessUnknown"] });
            w.Append("): ").AppendLine(e.Description);
        }
        foreach (var element in m.Elements)
        {
            w.Append("    ").Append(t["element." + element.Element]).Append(": ").Append(t[element.State.ToString()]).Append(" — ").Append(t[element.Reason]);
            if (element.EvidenceIds.Count > 0)
                w.Append(" (").Append(string.Join(", ", element.EvidenceIds)).Append(')');
            w.AppendLine();
        }
        w.Append("    ").Append(t["outcome"]).Append(' ').AppendLine(t[m.Outcome.ToString()]);
    }

    private static string Pairs(IReadOnlyList<KeyValuePair<string, string>> pairs) =>
        pairs.Count == 0 ? "—" : string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"));

    private static class Texts
    {
        public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
        {
            ["report"] = "报告", ["asOf"] = "判定基准日", ["industry"] = "行业", ["catalogs"] = "参与判定的目录（id@版本#哈希）：",
            ["verdict"] = "认定结论：", ["met"] = "成立的情形：", ["suspected"] = "存疑的情形（待专家判定）：",
            ["criterion"] = "情形", ["citation"] = "依据：", ["item"] = "条款：", ["verified"] = "已核实", ["unverified"] = "未核实",
            ["veto"] = "否决项", ["safetyCode"] = "所属规程：", ["subject"] = "对象：", ["condition"] = "判定条件：",
            ["observed"] = "核查所见：", ["reported"] = "报告所述：", ["threshold"] = "标准值：", ["absent"] = "报告未提及该对象",
            ["disclosure"] = "披露情况：", ["evidence"] = "证据", ["outcome"] = "本项结论：", ["nonconformities"] = "发现的不符合项：",
            ["enterprise"] = "企业违法线索（企业提供虚假资料，评价机构不知情）：", ["issue"] = "运行问题：",
            ["falsified"] = "伪造资料，", ["aware"] = "机构知情", ["unaware"] = "机构不知情", ["awarenessUnknown"] = "机构是否知情不明",
            ["Met"] = "成立", ["Suspected"] = "存疑", ["NotMet"] = "不成立",
            ["Established"] = "成立", ["Indicated"] = "仅有迹象", ["NotEstablished"] = "不成立",
            ["Disclosed"] = "已披露", ["Misstated"] = "误述", ["Omitted"] = "遗漏",
            ["AgencySurvey"] = "机构现场勘验记录", ["AgencyPhoto"] = "机构勘验影像", ["EnterpriseMaterial"] = "企业提供资料",
            ["NoticeServed"] = "送达机构的通知", ["Inspection"] = "核查检查",
            ["element.objective"] = "客观要件", ["element.concealment"] = "故意隐瞒", ["element.materiality"] = "影响评价结论",
            ["element.unresolved"] = "未消除或管控未经认可", ["element.attribution"] = "责任归属", ["element.omission"] = "漏项未做评价", ["element.misreported"] = "与实际不符",
            ["misreported.disclosed"] = "报告如实反映", ["misreported.omitted"] = "报告遗漏", ["misreported.misstated"] = "报告描述与实际不符",
            ["omission.omitted"] = "报告对该问题漏项未做评价", ["omission.disclosed"] = "报告已评价该问题", ["omission.misstated"] = "报告作了评价但与实际不符（误述，不是漏项）",
            ["objective.verified-item"] = "核查事实违反已核实条款",
            ["objective.unverified-item"] = "条款未经官方文本核实，只能提示，不能单独定案",
            ["concealment.disclosed"] = "报告已如实反映该问题",
            ["concealment.knowledge-evidence"] = "报告误述或遗漏，且有证据表明评价机构知情",
            ["concealment.no-knowledge-evidence"] = "报告误述或遗漏，但无机构知情的证据",
            ["materiality.not-veto"] = "该条款不是否决项",
            ["materiality.veto-favourable"] = "否决项不符合，而报告给出合格类结论",
            ["materiality.unfavourable-conclusion"] = "报告结论不是合格类结论",
            ["unresolved.controls-approved"] = "管控措施已经监管部门认可",
            ["unresolved.controls-not-approved"] = "隐患未消除，管控措施未经监管部门认可",
            ["unresolved.no-approval-recorded"] = "隐患存在，无监管部门认可管控措施的记录",
            ["attribution.disclosed"] = "报告已反映，无需归属",
            ["attribution.agency"] = "报告内容由评价机构负责，无企业伪造资料而机构不知情的证据",
            ["attribution.enterprise-falsified"] = "企业提供伪造资料且机构不知情：属企业违法，另行处理",
            ["attribution.falsified-awareness-unknown"] = "企业提供伪造资料，机构是否知情未查明",
        };

        public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
        {
            ["report"] = "Report", ["asOf"] = "As of", ["industry"] = "industry", ["catalogs"] = "Catalogs applied (id@version#hash):",
            ["verdict"] = "Verdict:", ["met"] = "Criteria met:", ["suspected"] = "Criteria suspected (for expert review):",
            ["criterion"] = "Criterion", ["citation"] = "Source:", ["item"] = "Item:", ["verified"] = "verified", ["unverified"] = "unverified",
            ["veto"] = "veto item", ["safetyCode"] = "Safety code:", ["subject"] = "Subject:", ["condition"] = "Condition:",
            ["observed"] = "Observed:", ["reported"] = "Reported:", ["threshold"] = "Threshold:", ["absent"] = "the report does not mention the subject",
            ["disclosure"] = "Disclosure:", ["evidence"] = "Evidence", ["outcome"] = "Outcome:", ["nonconformities"] = "Nonconformities found:",
            ["enterprise"] = "Enterprise finding (falsified material, agency unaware):", ["issue"] = "Evaluation issue:",
            ["falsified"] = "falsified, ", ["aware"] = "agency aware", ["unaware"] = "agency unaware", ["awarenessUnknown"] = "agency awareness unknown",
            ["Met"] = "met", ["Suspected"] = "suspected", ["NotMet"] = "not met",
            ["Established"] = "established", ["Indicated"] = "indicated only", ["NotEstablished"] = "not established",
            ["Disclosed"] = "disclosed", ["Misstated"] = "misstated", ["Omitted"] = "omitted",
            ["AgencySurvey"] = "agency site survey", ["AgencyPhoto"] = "agency photos", ["EnterpriseMaterial"] = "material from the enterprise",
            ["NoticeServed"] = "notice served on the agency", ["Inspection"] = "verification inspection",
            ["element.objective"] = "Objective", ["element.concealment"] = "Concealment", ["element.materiality"] = "Affects conclusion",
            ["element.unresolved"] = "Unresolved", ["element.attribution"] = "Attribution", ["element.omission"] = "Omission", ["element.misreported"] = "Misreported",
            ["misreported.disclosed"] = "the report states it correctly", ["misreported.omitted"] = "the report leaves it out", ["misreported.misstated"] = "the report states it otherwise than it is",
            ["omission.omitted"] = "the report leaves the problem out", ["omission.disclosed"] = "the report assesses the problem", ["omission.misstated"] = "the report assesses it, wrongly (a misstatement, not an omission)",
            ["objective.verified-item"] = "the verified facts breach a verified clause",
            ["objective.unverified-item"] = "the clause is not verified against the official text: an indication, never a verdict on its own",
            ["concealment.disclosed"] = "the report states the problem",
            ["concealment.knowledge-evidence"] = "misstated or omitted, and evidence shows the agency knew",
            ["concealment.no-knowledge-evidence"] = "misstated or omitted, but no evidence that the agency knew",
            ["materiality.not-veto"] = "the item is not a veto item",
            ["materiality.veto-favourable"] = "a veto item is breached while the conclusion is favourable",
            ["materiality.unfavourable-conclusion"] = "the conclusion is not favourable",
            ["unresolved.controls-approved"] = "the regulator approved the control measures",
            ["unresolved.controls-not-approved"] = "not eliminated, and the controls are not approved by the regulator",
            ["unresolved.no-approval-recorded"] = "the hazard exists and no regulator approval of controls is recorded",
            ["attribution.disclosed"] = "stated in the report; nothing to attribute",
            ["attribution.agency"] = "the agency answers for its report; no evidence of falsified material it did not know of",
            ["attribution.enterprise-falsified"] = "the enterprise supplied falsified material the agency did not know of: the enterprise's violation",
            ["attribution.falsified-awareness-unknown"] = "the enterprise supplied falsified material; whether the agency knew is not established",
        };
    }
}
