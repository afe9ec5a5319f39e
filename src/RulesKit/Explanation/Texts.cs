using RulesKit.Catalogs;
using RulesKit.Determinations;
using RulesKit.Reports;
using RulesKit.Results;

namespace RulesKit.Explanation;

/// <summary>The labels of explanations in both languages, keyed by the enum values and a few fixed names.</summary>
internal sealed class Texts
{
    private readonly Dictionary<string, string> _labels;

    private Texts(Language language)
    {
        Language = language;
        _labels = language == Language.Chinese ? ChineseLabels : EnglishLabels;
    }

    public Language Language { get; }

    public static Texts For(Language language) => language == Language.Chinese ? Chinese : English;

    public string this[string key] => _labels[key];

    public string this[CriterionOutcome o] => _labels["outcome." + o];

    public string this[ElementState s] => _labels["state." + s];

    public string this[Disclosure d] => _labels["disclosure." + d];

    public string this[EvidenceSource s] => _labels["source." + s];

    public string this[CriterionElement e] => _labels["element." + e];

    public string this[ElementReason r] => _labels["reason." + r];

    public string this[Confidence c] => _labels["confidence." + c];

    public string this[ViewOutcome o] => _labels["view." + o];

    private static readonly Dictionary<string, string> ChineseLabels = new()
    {
        ["report"] = "报告", ["inspection"] = "检查记录", ["party"] = "被检查对象", ["asOf"] = "判定基准日", ["industry"] = "行业", ["catalogs"] = "参与判定的目录（id@版本#哈希）：",
        ["verdict"] = "认定结论：", ["met"] = "成立的情形：", ["suspected"] = "存疑的情形（待专家判定）：",
        ["incomplete"] = "判定不完整，以下情形无法判定（原因见提示）：", ["undecided"] = "事实未记录、无法判定的可能不符合项：", ["missingFacts"] = "缺少的事实：", ["scope"] = "专项整治范围：", ["inScope"] = "属于法定安全评价", ["outOfScope"] = "不属于所列法定安全评价", ["scopeUnknown"] = "范围未定：仅当法律、行政法规或国务院决定设定该评价时属于，报告未记录其依据（statutoryBasis）",
        ["applicability"] = "适用情况：", ["legalBasis"] = "法律依据：",
        ["agency"] = "评价机构 ", ["enterprise.name"] = "生产经营单位 ", ["number"] = "报告编号 ", ["issuedOn"] = "出具日期 ", ["checkedOn"] = "核查日期 ", ["inspectors"] = "核查人员 ",
        ["shows"] = "所示事实：", ["by"] = "制作人：", ["on"] = "日期：", ["originalChecked"] = "已与原件核对", ["originalNotChecked"] = "未与原件核对",
        ["applicability.OutOfScope"] = "报告不在本目录的范围内，不适用本目录，不作认定",
        ["applicability.OutsideCheckPeriod"] = "报告不是在专项整治期间核查的，本目录不适用，不作认定",
        ["applicability.ScopeUnknown"] = "报告是否在范围内取决于设定该评价的法律依据，未记录，暂不作认定",
        ["applicability.CheckDateUnknown"] = "未记录核查日期（checkedOn），无法确定本专项整治目录是否适用，暂不作认定",
        ["criterion"] = "情形", ["citation"] = "依据：", ["item"] = "条款：", ["veto"] = "否决项", ["safetyCode"] = "所属规程：", ["subject"] = "对象：",
        ["observed"] = "核查所见：", ["reported"] = "报告所述：", ["threshold"] = "标准值：", ["absent"] = "报告未提及该对象", ["silenceAssumed"] = "未记录报告是否提及该对象，按未提及处理（遗漏以此为前提）", ["condition"] = "判定条件：",
        ["disclosure"] = "披露情况：", ["evidence"] = "证据", ["outcome"] = "本项结论：", ["nonconformities"] = "发现的不符合项：",
        ["enterprise"] = "企业违法线索（企业提供虚假资料，评价机构不知情）：", ["diagnostics"] = "提示：", ["textSeen"] = "文本出处：",
        ["falsified"] = "伪造资料，", ["aware"] = "机构知情", ["unaware"] = "机构不知情", ["awarenessUnknown"] = "机构是否知情不明",
        ["requires"] = "要件：", ["reading"] = "解读：", ["categories"] = "计入的类别：", ["itemsInForce"] = "现行条款：", ["kinds"] = "条款所查对象类型：",
        ["subjectsOfKinds"] = "报告中这些类型的对象：", ["noSubjects"] = "报告中没有这些类型的对象", ["noItems"] = "没有现行条款计入这些类别",
        ["notApplied"] = "未适用：", ["notInForce"] = "目录在该日期不生效", ["otherIndustry"] = "目录不适用于该行业", ["noSubjectOfKind"] = "报告中没有该类型的对象",
        ["missing"] = "缺少", ["matches"] = "匹配：",
        ["outcome.NotApplicable"] = "不适用", ["outcome.CannotDecide"] = "无法判定", ["outcome.NotMet"] = "不成立",
        ["outcome.Suspected"] = "存疑", ["outcome.Met"] = "成立",
        ["state.Established"] = "成立", ["state.Indicated"] = "仅有迹象", ["state.NotEstablished"] = "不成立", ["state.Unknown"] = "无法判断",
        ["disclosure.Disclosed"] = "已披露", ["disclosure.Misstated"] = "误述", ["disclosure.Omitted"] = "遗漏",
        ["source.AgencySurvey"] = "机构现场勘验记录", ["source.AgencyPhoto"] = "机构勘验影像", ["source.EnterpriseMaterial"] = "企业提供资料",
        ["source.NoticeServed"] = "送达机构的通知", ["source.Inspection"] = "核查检查", ["source.ExpertReview"] = "核查专家意见",
        ["confidence.Official"] = "官方文本", ["confidence.Transcription"] = "仅见转录文本，待核对", ["confidence.Recalled"] = "凭记忆，未经核实", ["confidence.Draft"] = "草稿",
        ["view.Violates"] = "不符合", ["view.Complies"] = "符合", ["view.Unknown"] = "无法判断", ["view.Failed"] = "运行出错", ["view.Present"] = "有", ["view.Absent"] = "报告未提及",
        ["element.Objective"] = "客观要件", ["element.Concealment"] = "故意隐瞒", ["element.Materiality"] = "影响评价结论",
        ["element.Unresolved"] = "未消除或管控未经认可", ["element.Attribution"] = "责任归属", ["element.Omission"] = "漏项未做评价", ["element.Misreported"] = "与实际不符", ["element.Alteration"] = "伪造、篡改",
        ["reason.OfficialItem"] = "核查事实违反条款（官方文本）",
        ["reason.TranscriptionItem"] = "核查事实违反条款（条款文本仅见于转录本，需核对官方文本）",
        ["reason.RecalledItem"] = "条款文本凭记忆、未经核实，只能提示，不能单独定案",
        ["reason.ConcealmentDisclosed"] = "报告已如实反映该问题",
        ["reason.KnowledgeEvidence"] = "报告误述或遗漏，且有证据表明评价机构知情",
        ["reason.NoKnowledgeEvidence"] = "报告误述或遗漏，但无机构知情的证据",
        ["reason.EvidenceNotOfTheFact"] = "机构的记录涉及该对象，但没有一份显示报告所误述或遗漏的那项事实",
        ["reason.OriginalHeld"] = "有证据表明机构持有原件所载的该项内容，报告引用时作了改动",
        ["reason.OriginalNotShown"] = "引用与原件不一致，但无证据表明机构持有原件：可能是笔误或转述，不能认定伪造、篡改",
        ["reason.NotVeto"] = "该条款不是否决项",
        ["reason.VetoFavourable"] = "否决项不符合，而报告给出合格类结论",
        ["reason.ExpertReviewFindsMaterial"] = "该条款不是否决项，但核查专家认定该不符合改变了报告的合格类结论",
        ["reason.UnfavourableConclusion"] = "报告结论不是合格类结论",
        ["reason.ControlsApproved"] = "管控措施已经监管部门认可",
        ["reason.ControlsNotApproved"] = "隐患未消除，管控措施未经监管部门认可",
        ["reason.NoApprovalRecorded"] = "隐患存在，无监管部门认可管控措施的记录",
        ["reason.Omitted"] = "报告对该问题漏项未做评价", ["reason.OmissionDisclosed"] = "报告已评价该问题", ["reason.OmissionMisstated"] = "报告作了评价但与实际不符（误述，不是漏项）",
        ["reason.MisreportedDisclosed"] = "报告如实反映", ["reason.MisreportedOmitted"] = "报告遗漏", ["reason.MisreportedMisstated"] = "报告描述与实际不符",
        ["reason.AttributionDisclosed"] = "报告已反映，无需归属",
        ["reason.AgencyAnswers"] = "报告内容由评价机构负责，无企业伪造资料而机构不知情的证据",
        ["reason.EnterpriseFalsified"] = "企业提供伪造资料且机构不知情：属企业违法，另行处理",
        ["reason.FalsifiedAwarenessUnknown"] = "企业提供伪造资料，机构是否知情未查明",
        ["reason.FactsMissing"] = "条款所需的核查事实未记录：按其中一种取值，该条款即不符合",
        ["reason.FactsMissingRecalledItem"] = "条款所需的核查事实未记录；条款文本凭记忆，至多存疑",
    };

    private static readonly Dictionary<string, string> EnglishLabels = new()
    {
        ["report"] = "Report", ["inspection"] = "Inspection record", ["party"] = "party", ["asOf"] = "As of", ["industry"] = "industry", ["catalogs"] = "Catalogs applied (id@version#hash):",
        ["verdict"] = "Verdict:", ["met"] = "Criteria met:", ["suspected"] = "Criteria suspected (for expert review):",
        ["incomplete"] = "Incomplete: these criteria cannot be decided (the notes say why):", ["undecided"] = "Possible nonconformities the facts recorded leave open:", ["missingFacts"] = "Facts missing:", ["scope"] = "Campaign scope:", ["inScope"] = "a statutory assessment", ["outOfScope"] = "not among the statutory assessments listed", ["scopeUnknown"] = "scope open: inside only if a law, administrative regulation or State Council decision sets the assessment, and the report records none (statutoryBasis)",
        ["applicability"] = "Applicability:", ["legalBasis"] = "Legal basis:",
        ["agency"] = "Agency ", ["enterprise.name"] = "Enterprise ", ["number"] = "Report number ", ["issuedOn"] = "Issued ", ["checkedOn"] = "Checked ", ["inspectors"] = "Checked by ",
        ["shows"] = "shows: ", ["by"] = "by: ", ["on"] = "on: ", ["originalChecked"] = "checked against the original", ["originalNotChecked"] = "not checked against the original",
        ["applicability.OutOfScope"] = "the report is outside the list's scope: the list does not apply, no verdict",
        ["applicability.OutsideCheckPeriod"] = "the campaign did not check the report during its days: its list does not apply, no verdict",
        ["applicability.ScopeUnknown"] = "whether the report is in scope depends on the law that sets the assessment, not recorded: no verdict yet",
        ["applicability.CheckDateUnknown"] = "the check date (checkedOn) is not recorded, so whether the campaign's list applies cannot be said: no verdict yet",
        ["criterion"] = "Criterion", ["citation"] = "Source:", ["item"] = "Item:", ["veto"] = "veto item", ["safetyCode"] = "Safety code:", ["subject"] = "Subject:",
        ["observed"] = "Observed:", ["reported"] = "Reported:", ["threshold"] = "Threshold:", ["absent"] = "the report does not mention the subject", ["silenceAssumed"] = "whether the report mentions the subject was not recorded: read as not mentioned (the omission rests on that)", ["condition"] = "Condition:",
        ["disclosure"] = "Disclosure:", ["evidence"] = "Evidence", ["outcome"] = "Outcome:", ["nonconformities"] = "Nonconformities found:",
        ["enterprise"] = "Enterprise finding (falsified material, agency unaware):", ["diagnostics"] = "Notes:", ["textSeen"] = "Text seen in:",
        ["falsified"] = "falsified, ", ["aware"] = "agency aware", ["unaware"] = "agency unaware", ["awarenessUnknown"] = "agency awareness unknown",
        ["requires"] = "Requires:", ["reading"] = "Reading:", ["categories"] = "Categories counted:", ["itemsInForce"] = "Items in force:", ["kinds"] = "Kinds they read:",
        ["subjectsOfKinds"] = "The report's subjects of those kinds:", ["noSubjects"] = "the report has no subject of those kinds", ["noItems"] = "no item in force feeds those categories",
        ["notApplied"] = "Not applied:", ["notInForce"] = "the catalog is not in force on that date", ["otherIndustry"] = "the catalog is not for that industry", ["noSubjectOfKind"] = "the report has no subject of that kind",
        ["missing"] = "missing", ["matches"] = "Matches:",
        ["outcome.NotApplicable"] = "not applicable", ["outcome.CannotDecide"] = "cannot be decided", ["outcome.NotMet"] = "not met",
        ["outcome.Suspected"] = "suspected", ["outcome.Met"] = "met",
        ["state.Established"] = "established", ["state.Indicated"] = "indicated only", ["state.NotEstablished"] = "not established", ["state.Unknown"] = "unknown",
        ["disclosure.Disclosed"] = "disclosed", ["disclosure.Misstated"] = "misstated", ["disclosure.Omitted"] = "omitted",
        ["source.AgencySurvey"] = "agency site survey", ["source.AgencyPhoto"] = "agency photos", ["source.EnterpriseMaterial"] = "material from the enterprise",
        ["source.NoticeServed"] = "notice served on the agency", ["source.Inspection"] = "verification inspection", ["source.ExpertReview"] = "verifying experts' finding",
        ["confidence.Official"] = "official text", ["confidence.Transcription"] = "transcription only: check the official text", ["confidence.Recalled"] = "recalled, not verified", ["confidence.Draft"] = "draft",
        ["view.Violates"] = "VIOLATES", ["view.Complies"] = "complies", ["view.Unknown"] = "unknown", ["view.Failed"] = "failed", ["view.Present"] = "present", ["view.Absent"] = "not in the report",
        ["element.Objective"] = "Objective", ["element.Concealment"] = "Concealment", ["element.Materiality"] = "Affects conclusion",
        ["element.Unresolved"] = "Unresolved", ["element.Attribution"] = "Attribution", ["element.Omission"] = "Omission", ["element.Misreported"] = "Misreported", ["element.Alteration"] = "Alteration",
        ["reason.OfficialItem"] = "the verified facts breach the clause (official text)",
        ["reason.TranscriptionItem"] = "the verified facts breach the clause (its text is known from transcriptions only: check the official text)",
        ["reason.RecalledItem"] = "the clause text is recalled, not verified: an indication, never a verdict on its own",
        ["reason.ConcealmentDisclosed"] = "the report states the problem",
        ["reason.KnowledgeEvidence"] = "misstated or omitted, and evidence shows the agency knew",
        ["reason.NoKnowledgeEvidence"] = "misstated or omitted, but no evidence that the agency knew",
        ["reason.EvidenceNotOfTheFact"] = "the agency's records concern the subject, but none shows the fact the report misstates or leaves out",
        ["reason.OriginalHeld"] = "evidence shows the agency had the original's value, which the report cites changed",
        ["reason.OriginalNotShown"] = "the citation differs from the original, but no evidence shows the agency had it: possibly a slip or a paraphrase, not shown to be an alteration",
        ["reason.NotVeto"] = "the item is not a veto item",
        ["reason.VetoFavourable"] = "a veto item is breached while the conclusion is favourable",
        ["reason.ExpertReviewFindsMaterial"] = "not a veto item, but the verifying experts found that the breach changes the favourable conclusion",
        ["reason.UnfavourableConclusion"] = "the conclusion is not favourable",
        ["reason.ControlsApproved"] = "the regulator approved the control measures",
        ["reason.ControlsNotApproved"] = "not eliminated, and the controls are not approved by the regulator",
        ["reason.NoApprovalRecorded"] = "the hazard exists and no regulator approval of controls is recorded",
        ["reason.Omitted"] = "the report leaves the problem out", ["reason.OmissionDisclosed"] = "the report assesses the problem", ["reason.OmissionMisstated"] = "the report assesses it, wrongly (a misstatement, not an omission)",
        ["reason.MisreportedDisclosed"] = "the report states it correctly", ["reason.MisreportedOmitted"] = "the report leaves it out", ["reason.MisreportedMisstated"] = "the report states it otherwise than it is",
        ["reason.AttributionDisclosed"] = "stated in the report; nothing to attribute",
        ["reason.AgencyAnswers"] = "the agency answers for its report; no evidence of falsified material it did not know of",
        ["reason.EnterpriseFalsified"] = "the enterprise supplied falsified material the agency did not know of: the enterprise's violation",
        ["reason.FalsifiedAwarenessUnknown"] = "the enterprise supplied falsified material; whether the agency knew is not established",
        ["reason.FactsMissing"] = "facts the item needs are not recorded: recorded one way, the item is breached",
        ["reason.FactsMissingRecalledItem"] = "facts the item needs are not recorded; its text is recalled, so at most suspected",
    };

    // After the label tables: static fields are initialised in the order written.
    public static readonly Texts Chinese = new(Language.Chinese);
    public static readonly Texts English = new(Language.English);
}
