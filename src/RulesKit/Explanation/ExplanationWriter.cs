using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesKit.Determinations;
using RulesKit.Results;

namespace RulesKit.Explanation;

/// <summary>Renders evaluations and why / why-not explanations as text (Chinese or English), Markdown or JSON. Output is deterministic.</summary>
public static class ExplanationWriter
{
    /// <summary>The evaluation as indented JSON (<see cref="RulesKitJson.Options"/>).</summary>
    public static string ToJson(ReportEvaluation evaluation) => JsonSerializer.Serialize(evaluation, RulesKitJson.Options);

    /// <summary>The evaluation as readable text: the verdict per list, then the chain of reasons of every criterion met or suspected, then the warnings.</summary>
    public static string ToText(ReportEvaluation evaluation, Language language = Language.Chinese)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var t = Texts.For(language);
        var w = new StringBuilder();
        var record = evaluation.Party is not null;
        w.Append(t[record ? "inspection" : "report"]).Append(' ').Append(evaluation.ReportId).Append("  ").AppendLine(evaluation.ReportTitle);
        w.Append(t["asOf"]).Append(' ').Append(Date(evaluation.AsOf)).Append("  ").Append(t[record ? "party" : "industry"]).Append(' ').AppendLine(Industry(evaluation, t));
        if (evaluation.Record is { } caseRecord)
            w.AppendLine(CaseLine(caseRecord, t, "  "));
        w.AppendLine(t["catalogs"]);
        foreach (var catalog in evaluation.Catalogs)
            w.Append("  ").AppendLine(catalog.Full);

        foreach (var d in evaluation.Determinations)
        {
            w.AppendLine();
            w.Append("== ").Append(d.Title).Append(" (").Append(d.List).AppendLine(")");
            w.Append(t["verdict"]).Append(' ').AppendLine(Verdict(d, t));
            w.Append(t["met"]).Append(' ').AppendLine(Numbers(d.Met));
            w.Append(t["suspected"]).Append(' ').AppendLine(Numbers(d.Suspected));
            if (!d.Complete)
                w.Append(t["incomplete"]).Append(' ').AppendLine(Numbers(d.CannotDecide));
            if (d.Scope is { } scope)
                w.Append(t["scope"]).Append(' ').Append(Inside(scope, t)).Append(" — ").Append(scope.Text).Append("（").Append(scope.Citation).AppendLine("）");
            if (d.Applicability != Applicability.Applies)
                w.Append(t["applicability"]).Append(' ').AppendLine(t["applicability." + d.Applicability]);
            foreach (var basis in d.LegalBasis)
            {
                w.Append(t["legalBasis"]).Append(' ').Append(basis.Citation);
                if (basis.Confidence != Catalogs.Confidence.Official)
                    w.Append(" (").Append(t[basis.Confidence]).Append(')');
                w.AppendLine();
            }
            foreach (var c in d.Criteria.Where(Shown))
            {
                w.AppendLine();
                w.Append(t["criterion"]).Append(' ').Append(c.Number).Append(" [").Append(t[c.Outcome]).Append("] ").AppendLine(c.Text);
                w.Append("  ").Append(t["citation"]).Append(' ').Append(c.Citation);
                if (c.Confidence != Catalogs.Confidence.Official)
                    w.Append(" (").Append(t[c.Confidence]).Append(')');
                w.AppendLine();
                foreach (var m in c.Matches.Where(m => m.Outcome is CriterionOutcome.Met or CriterionOutcome.Suspected or CriterionOutcome.CannotDecide))
                    WriteMatch(w, m, t, record);
            }
            foreach (var f in d.EnterpriseFindings)
            {
                w.AppendLine();
                w.Append(t["enterprise"]).Append(' ').Append(f.SubjectId).Append(" (").Append(string.Join(", ", f.EvidenceIds)).AppendLine(")");
            }
        }

        if (evaluation.Nonconformities.Length > 0)
        {
            w.AppendLine();
            w.AppendLine(t["nonconformities"]);
            foreach (var n in evaluation.Nonconformities)
                w.Append("  ").Append(n.Catalog).Append('/').Append(n.ItemId).Append(" @ ").Append(n.SubjectId).Append(": ").AppendLine(t[n.Disclosure]);
        }
        foreach (var m in evaluation.MajorHazards)
        {
            w.AppendLine();
            w.Append(MajorHazardWriter.Section(m, language, markdown: false));
        }
        if (evaluation.Undecided.Length > 0)
        {
            w.AppendLine();
            w.AppendLine(t["undecided"]);
            foreach (var n in evaluation.Undecided)
                w.Append("  ").Append(n.Catalog).Append('/').Append(n.ItemId).Append(" @ ").Append(n.SubjectId).Append(": ").Append(t["missingFacts"]).Append(' ').AppendLine(Missing(n, t));
        }
        if (evaluation.Diagnostics.Length > 0)
        {
            w.AppendLine();
            w.AppendLine(t["diagnostics"]);
            foreach (var diagnostic in evaluation.Diagnostics)
                w.Append("  ").AppendLine(diagnostic.ToString(language));
        }
        return w.ToString();
    }

    /// <summary>The evaluation as Markdown: a heading per list, a section per criterion met or suspected, the chain as a list.</summary>
    public static string ToMarkdown(ReportEvaluation evaluation, Language language = Language.Chinese)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var t = Texts.For(language);
        var w = new StringBuilder();
        var record = evaluation.Party is not null;
        w.Append("# ").Append(t[record ? "inspection" : "report"]).Append(' ').Append(evaluation.ReportId).Append(" — ").AppendLine(evaluation.ReportTitle).AppendLine();
        // What a case file names first: who issued the report, for whom, its number and dates, who checked it.
        if (evaluation.Record is { } caseRecord)
            w.AppendLine(CaseLine(caseRecord, t, " · ")).AppendLine();
        w.Append(t["asOf"]).Append(' ').Append(Date(evaluation.AsOf)).Append(" · ").Append(t[record ? "party" : "industry"]).Append(' ').AppendLine(Industry(evaluation, t));
        foreach (var d in evaluation.Determinations)
        {
            w.AppendLine().Append("## ").AppendLine(d.Title).AppendLine();
            w.Append("**").Append(t["verdict"]).Append(' ').Append(Verdict(d, t)).AppendLine("**").AppendLine();
            w.Append("- ").Append(t["met"]).Append(' ').AppendLine(Numbers(d.Met));
            w.Append("- ").Append(t["suspected"]).Append(' ').AppendLine(Numbers(d.Suspected));
            if (!d.Complete)
                w.Append("- ").Append(t["incomplete"]).Append(' ').AppendLine(Numbers(d.CannotDecide));
            if (d.Scope is { } scope)
                w.Append("- ").Append(t["scope"]).Append(' ').Append(Inside(scope, t)).Append(" — ").AppendLine(scope.Text);
            if (d.Applicability != Applicability.Applies)
                w.Append("- ").Append(t["applicability"]).Append(' ').AppendLine(t["applicability." + d.Applicability]);
            foreach (var basis in d.LegalBasis)
                w.Append("- ").Append(t["legalBasis"]).Append(' ').Append(basis.Citation)
                    .AppendLine(basis.Confidence == Catalogs.Confidence.Official ? "" : $" ({t[basis.Confidence]})");
            w.Append("- `").Append(d.List).AppendLine("`");
            foreach (var c in d.Criteria.Where(Shown))
            {
                w.AppendLine().Append("### ").Append(t["criterion"]).Append(' ').Append(c.Number).Append(" — ").AppendLine(t[c.Outcome]).AppendLine();
                w.Append("> ").AppendLine(c.Text).AppendLine();
                foreach (var m in c.Matches.Where(m => m.Outcome is CriterionOutcome.Met or CriterionOutcome.Suspected or CriterionOutcome.CannotDecide))
                {
                    var n = m.Nonconformity;
                    w.Append("- ").Append(t["item"]).Append(' ').Append(n.Document).Append(' ').Append(n.Clause).Append(" (`").Append(n.Catalog).Append('/').Append(n.ItemId).Append("`, ")
                        .Append(t[n.Confidence]).Append(n.Veto ? ", " + t["veto"] : "").AppendLine(")");
                    w.Append("  - ").AppendLine(n.ClauseText);
                    w.Append("  - ").Append(t["textSeen"]).Append(' ').AppendLine(n.Source);
                    w.Append("  - ").Append(t["subject"]).Append(' ').Append(n.SubjectId).Append(n.SubjectName is null ? "" : $" ({n.SubjectName})").Append(", ").AppendLine(Kind(n, t));
                    w.Append("  - ").Append(t["observed"]).Append(' ').AppendLine(Pairs(n.Observed, t));
                    if (n.Undecided)
                        w.Append("  - ").Append(t["missingFacts"]).Append(' ').AppendLine(Missing(n, t));
                    if (n.Threshold is not null)
                        w.Append("  - ").Append(t["threshold"]).Append(" `").Append(Threshold(n.Threshold)).AppendLine("`");
                    if (!record) // an inspection record reports nothing: what a report said does not apply
                    {
                        w.Append("  - ").Append(t["reported"]).Append(' ').AppendLine(n.Reported is { } r ? Pairs(r, t) : n.SilenceAssumed ? t["silenceAssumed"] : t["absent"]);
                        w.Append("  - ").Append(t["disclosure"]).Append(' ').AppendLine(t[n.Disclosure]);
                    }
                    foreach (var e in n.Evidence)
                        w.Append("  - ").Append(t["evidence"]).Append(' ').Append(e.Id).Append(" (").Append(t[e.Source]).Append("): ").Append(e.Description).AppendLine(Provenance(e, t));
                    foreach (var element in m.Elements)
                        w.Append("  - ").Append(t[element.Element]).Append(": **").Append(t[element.State]).Append("** — ").AppendLine(t[element.Reason]);
                }
            }
        }
        if (evaluation.Diagnostics.Length > 0)
        {
            w.AppendLine().Append("## ").AppendLine(t["diagnostics"]).AppendLine();
            foreach (var diagnostic in evaluation.Diagnostics)
                w.Append("- ").AppendLine(diagnostic.ToString(language));
        }
        // The catalogs last: they make the verdict reproducible, they are not what a reader of the case file looks for first.
        w.AppendLine().Append("## ").AppendLine(t["catalogs"].TrimEnd('：', ':')).AppendLine();
        foreach (var catalog in evaluation.Catalogs)
            w.Append("- `").Append(catalog.Full).AppendLine("`");
        foreach (var m in evaluation.MajorHazards)
            w.AppendLine().Append(MajorHazardWriter.Section(m, language, markdown: true));
        return w.ToString();
    }

    /// <summary>
    /// The case document as a print-ready HTML page (A4, no script): the Markdown of <see cref="ToMarkdown"/> — the
    /// report, agency, enterprise and who checked it first, then each list's verdict and each criterion's elements and
    /// basis, the catalogs last — rendered with every text escaped.
    /// </summary>
    public static string ToHtml(ReportEvaluation evaluation, Language language = Language.Chinese)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return MarkdownHtml.Render(ToMarkdown(evaluation, language), $"{evaluation.ReportId} {evaluation.ReportTitle}", language);
    }

    /// <summary>Why / why not for a criterion, in <paramref name="language"/>.</summary>
    public static string ToText(ImmutableArray<CriterionExplanation> explanations, Language language = Language.Chinese)
    {
        var t = Texts.For(language);
        var w = new StringBuilder();
        foreach (var x in explanations)
        {
            var c = x.Criterion;
            w.Append(x.List).Append(' ').Append(t["criterion"]).Append(' ').Append(c.Number).Append(": ").AppendLine(t[c.Outcome]);
            w.Append("  ").AppendLine(c.Text);
            w.Append("  ").Append(t["requires"]).Append(' ').AppendLine(string.Join(", ", c.Requires.Select(e => t[e])));
            w.Append("  ").Append(t["reading"]).Append(' ').AppendLine(t.Language == Language.Chinese && c.ReadingZh is { } zh ? zh : c.Reading);
            w.Append("  ").Append(t["categories"]).Append(' ').AppendLine(t.Language == Language.Chinese && x.CategoryTitles.Length == x.Categories.Length ? string.Join("、", x.CategoryTitles) : string.Join(", ", x.Categories));
            if (c.Matches.IsEmpty)
            {
                w.Append("  ").Append(t["itemsInForce"]).Append(' ').AppendLine(x.Items.IsEmpty ? t["noItems"] : string.Join(", ", x.Items));
                if (!x.Items.IsEmpty)
                {
                    w.Append("  ").Append(t["kinds"]).Append(' ').AppendLine(string.Join(", ", x.Kinds));
                    w.Append("  ").Append(t["subjectsOfKinds"]).Append(' ').AppendLine(x.Subjects.IsEmpty ? t["noSubjects"] : string.Join(", ", x.Subjects));
                }
                continue;
            }
            w.Append("  ").AppendLine(t["matches"]);
            foreach (var m in c.Matches)
            {
                var n = m.Nonconformity;
                w.Append("  - ").Append(t[m.Outcome]).Append(": ").Append(n.Catalog).Append('/').Append(n.ItemId).Append(" @ ").Append(n.SubjectId)
                    .Append(" (").Append(t[n.Disclosure]).Append(", ").Append(t[n.Confidence]).AppendLine(")");
                if (n.Undecided)
                    w.Append("      ").Append(t["missingFacts"]).Append(' ').AppendLine(Missing(n, t));
                foreach (var e in m.Elements)
                {
                    w.Append("      ").Append(t[e.Element]).Append(": ").Append(t[e.State]).Append(" — ").Append(t[e.Reason]);
                    if (e.EvidenceIds.Length > 0)
                        w.Append(" (").Append(string.Join(", ", e.EvidenceIds)).Append(')');
                    w.AppendLine();
                }
            }
        }
        return w.ToString();
    }

    /// <summary>Why / why not for an item, in <paramref name="language"/>.</summary>
    public static string ToText(ImmutableArray<ItemExplanation> explanations, Language language = Language.Chinese)
    {
        var t = Texts.For(language);
        var w = new StringBuilder();
        foreach (var x in explanations)
        {
            var item = x.Item;
            w.Append(x.Catalog).Append('/').Append(item.Id).Append(" (").Append(x.Document).Append(' ').Append(item.Clause).Append(") [").Append(t[item.Confidence]).Append(']');
            if (item.Veto)
                w.Append(" [").Append(t["veto"]).Append(']');
            w.AppendLine();
            w.Append("  ").AppendLine(item.Text);
            if (!x.Applied)
            {
                w.Append("  ").Append(t["notApplied"]).Append(' ').AppendLine(x.IndustryMatches ? t["notInForce"] : t["otherIndustry"]);
                continue;
            }
            w.Append("  ").Append(t["condition"]).Append(' ').AppendLine(item.Test);
            if (x.Subjects.IsEmpty)
                w.Append("  ").AppendLine(t["noSubjectOfKind"]);
            foreach (var s in x.Subjects)
            {
                w.Append("  ").Append(s.SubjectId).Append(": ").Append(t["observed"]).Append(' ').Append(View(s.Observed, t));
                // A record states what was checked; there is no report's statement to set beside it.
                if (x.OnRecord)
                    w.AppendLine();
                else
                    w.Append("; ").Append(t["reported"]).Append(' ').AppendLine(s.Reported is { } r ? View(r, t) : t[ViewOutcome.Absent]);
            }
        }
        return w.ToString();
    }

    private static string View(ViewCheck v, Texts t)
    {
        var text = t[v.Outcome];
        if (v.Missing.Length > 0)
            text += $" ({t["missing"]} {string.Join(", ", v.Missing)})";
        if (v.Error is not null)
            text += $" ({v.Error})";
        return $"{text} [{Pairs(v.Values, t)}]";
    }

    private static void WriteMatch(StringBuilder w, CriterionMatch m, Texts t, bool record = false)
    {
        var n = m.Nonconformity;
        w.Append("  - ").Append(t["item"]).Append(' ').Append(n.Document).Append(' ').Append(n.Clause)
            .Append(" [").Append(t[n.Confidence]).Append(n.Veto ? ", " + t["veto"] : "").Append("] ")
            .Append(n.Catalog).Append('/').AppendLine(n.ItemId);
        w.Append("      ").AppendLine(n.ClauseText);
        if (n.Confidence != Catalogs.Confidence.Official)
            w.Append("      ").Append(t["textSeen"]).Append(' ').AppendLine(n.Source);
        if (n.SafetyCode is not null)
            w.Append("      ").Append(t["safetyCode"]).Append(' ').AppendLine(n.SafetyCode);
        w.Append("    ").Append(t["subject"]).Append(' ').Append(n.SubjectId);
        if (n.SubjectName is not null)
            w.Append(" (").Append(n.SubjectName).Append(')');
        w.Append(", ").AppendLine(Kind(n, t));
        w.Append("    ").Append(t["condition"]).Append(' ').AppendLine(n.Condition);
        w.Append("    ").Append(t["observed"]).Append(' ').AppendLine(Pairs(n.Observed, t));
        if (n.Undecided)
            w.Append("    ").Append(t["missingFacts"]).Append(' ').AppendLine(Missing(n, t));
        if (n.Threshold is not null)
            w.Append("    ").Append(t["threshold"]).Append(' ').AppendLine(Threshold(n.Threshold));
        if (!record) // an inspection record reports nothing: what a report said does not apply
        {
            w.Append("    ").Append(t["reported"]).Append(' ').AppendLine(n.Reported is { } r ? Pairs(r, t) : n.SilenceAssumed ? t["silenceAssumed"] : t["absent"]);
            w.Append("    ").Append(t["disclosure"]).Append(' ').AppendLine(t[n.Disclosure]);
        }
        foreach (var e in n.Evidence)
        {
            w.Append("    ").Append(t["evidence"]).Append(' ').Append(e.Id).Append(" (").Append(t[e.Source]);
            if (e.Falsified)
                w.Append(", ").Append(t["falsified"]).Append(e.AgencyAware switch { true => t["aware"], false => t["unaware"], null => t["awarenessUnknown"] });
            w.Append("): ").Append(e.Description).AppendLine(Provenance(e, t));
        }
        foreach (var element in m.Elements)
        {
            w.Append("    ").Append(t[element.Element]).Append(": ").Append(t[element.State]).Append(" — ").Append(t[element.Reason]);
            if (element.EvidenceIds.Length > 0)
                w.Append(" (").Append(string.Join(", ", element.EvidenceIds)).Append(')');
            w.AppendLine();
        }
        w.Append("    ").Append(t["outcome"]).Append(' ').AppendLine(t[m.Outcome]);
    }

    // The criteria an explanation details: met, suspected, and those that cannot be decided for facts not recorded.
    private static bool Shown(CriterionResult c) =>
        c.Outcome is CriterionOutcome.Met or CriterionOutcome.Suspected || (c.Outcome == CriterionOutcome.CannotDecide && !c.Matches.IsEmpty);

    // The report's number, issue and check days and who checked it, as far as recorded.
    // Who issued the report and for whom, then what else the case file needs that was recorded.
    private static string CaseLine(CaseRecord c, Texts t, string separator)
    {
        var parts = new List<string>(6) { t["agency"] + c.Agency, t["enterprise.name"] + c.Enterprise };
        if (c.Number is { } number)
            parts.Add(t["number"] + number);
        if (c.IssuedOn is { } issued)
            parts.Add(t["issuedOn"] + Date(issued));
        if (c.CheckedOn is { } checkedOn)
            parts.Add(t["checkedOn"] + Date(checkedOn));
        if (c.Inspectors.Count > 0)
            parts.Add(t["inspectors"] + string.Join("、", c.Inspectors.Select(i => i.Certificate is null ? i.Name : $"{i.Name}（{i.Certificate}）")));
        return string.Join(separator, parts);
    }

    // Where a case file needs it: what the record shows, who made it, when, in what form, whether checked against the original.
    private static string Provenance(EvidenceReference e, Texts t)
    {
        var parts = new List<string>(5);
        if (!e.Shows.IsEmpty)
            parts.Add(t["shows"] + (t.Language == Language.Chinese ? string.Join("、", e.ShowsTitles.Select(x => x == "exists" ? "对象本身" : x)) : string.Join(", ", e.Shows)));
        if (e.By is { } by)
            parts.Add(t["by"] + by);
        if (e.On is { } on)
            parts.Add(t["on"] + Date(on));
        if (e.Form is { } form)
            parts.Add(form);
        if (e.OriginalChecked is { } checkedAgainst)
            parts.Add(checkedAgainst ? t["originalChecked"] : t["originalNotChecked"]);
        return parts.Count == 0 ? "" : " [" + string.Join("; ", parts) + "]";
    }

    private static string Inside(ScopeResult scope, Texts t) => scope.InScope switch
    {
        true => t["inScope"],
        false => t["outOfScope"],
        null => t["scopeUnknown"],
    };

    private static string Verdict(Determination d, Texts t) =>
        t.Language == Language.Chinese ? d.VerdictName : $"{d.VerdictNameEn} ({d.VerdictName})";

    private static string Numbers(ImmutableArray<int> numbers) => numbers.IsEmpty ? "—" : string.Join(", ", numbers);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Values as a case file reads them: in Chinese each attribute's title and the value's title, with its unit, 是 / 否,
    // 未记录 for a value not recorded; in English the names and values as written in reports.
    private static string Pairs(ImmutableArray<ObservedValue> pairs, Texts t) =>
        pairs.IsEmpty ? "—"
        : t.Language == Language.Chinese ? string.Join("；", pairs.Select(p => $"{p.Title ?? p.Name}：{Shown(p)}"))
        : string.Join(", ", pairs.Select(p => $"{p.Name}={p.Value}"));

    private static string Shown(ObservedValue p) => p.ValueTitle ?? p.Value switch
    {
        "true" => "是",
        "false" => "否",
        "—" => "未记录",
        var v when p.Unit is { } unit && decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out _) => $"{v} {unit}",
        var v => v,
    };

    private static string Kind(Nonconformity n, Texts t) => t.Language == Language.Chinese ? n.SubjectKindTitle ?? n.SubjectKind : n.SubjectKind;

    private static string Industry(ReportEvaluation e, Texts t) => t.Language == Language.Chinese ? e.IndustryTitle ?? e.Industry : e.Industry;

    // The facts a nonconformity lacks, by their titles in Chinese (the names otherwise).
    private static string Missing(Nonconformity n, Texts t) => t.Language == Language.Chinese
        ? string.Join("、", n.MissingFacts.Select(f => n.Observed.FirstOrDefault(o => o.Name == f)?.Title ?? f))
        : string.Join(", ", n.MissingFacts);

    // "EXPRESSION = VALUE", or the value alone where the catalog's threshold is a number written out (2, not "2 = 2").
    private static string? Threshold(string? threshold) =>
        threshold?.Split(" = ") is [var expression, var value] && expression == value ? value : threshold;
}
