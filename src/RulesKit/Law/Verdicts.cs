using System.Collections.Immutable;
using RulesKit.Catalogs;
using RulesKit.Determinations;
using RulesKit.Reports;

namespace RulesKit.Law;

/// <summary>
/// From elements to a verdict: which findings a criterion counts, a match's outcome, a criterion's outcome for a
/// report, the list's verdict, and whether a report is inside the list's scope (docs/decisions.md, "Verdicts").
/// </summary>
internal static class Verdicts
{
    /// <summary>
    /// Whether <paramref name="criterion"/> counts a breach of <paramref name="item"/> in <paramref name="report"/>: the
    /// item feeds one of its categories, the criterion applies to the report's industry and type, and the item is no
    /// draft (a draft is shown, never counted).
    /// </summary>
    public static bool Counts(Criterion criterion, StandardItem item, Report report)
    {
        if (item.Confidence == Confidence.Draft || !criterion.AppliesTo(report.Industry, report.ReportType))
            return false;
        foreach (var category in item.Categories)
            if (criterion.Categories.Contains(category))
                return true;
        return false;
    }

    /// <summary>
    /// A match is not met when an element is not established, whatever the others; otherwise it cannot be decided when
    /// an element is unknown (a fact the item needs is not recorded), suspected when some are only indicated, and met
    /// when every element is established. What an undecided match could become: <see cref="Best"/>.
    /// </summary>
    public static CriterionOutcome Outcome(IReadOnlyList<ElementResult> elements)
    {
        var outcome = CriterionOutcome.Met;
        foreach (var e in elements)
        {
            if (e.State == ElementState.NotEstablished)
                return CriterionOutcome.NotMet;
            if (e.State == ElementState.Unknown)
                outcome = CriterionOutcome.CannotDecide;
            else if (e.State == ElementState.Indicated && outcome == CriterionOutcome.Met)
                outcome = CriterionOutcome.Suspected;
        }
        return outcome;
    }

    /// <summary>
    /// The most an undecided match could come to once its missing facts are recorded: met, or suspected when another
    /// element is only indicated or the item's text is recalled (a recalled text never makes more than a suspicion).
    /// </summary>
    public static CriterionOutcome Best(IReadOnlyList<ElementResult> elements)
    {
        var best = CriterionOutcome.Met;
        foreach (var e in elements)
        {
            if (e.State == ElementState.NotEstablished)
                return CriterionOutcome.NotMet;
            if (e.State == ElementState.Indicated || e.Reason == ElementReason.FactsMissingRecalledItem)
                best = CriterionOutcome.Suspected;
        }
        return best;
    }

    /// <summary>How strongly a decided outcome speaks for the criterion: met, then suspected, then not met.</summary>
    public static int Strength(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => 4,
        CriterionOutcome.Suspected => 3,
        CriterionOutcome.CannotDecide => 2,
        CriterionOutcome.NotMet => 1,
        _ => 0,
    };

    /// <summary>
    /// The order of a criterion's matches, strongest first (<see cref="Strength"/>: met, suspected, undecided, not
    /// met), then the item's text (official before transcription before recalled), then catalog, item and subject.
    /// </summary>
    public static int StrongestFirst(CriterionOutcome a, IFinding fa, CriterionOutcome b, IFinding fb)
    {
        var c = Strength(b).CompareTo(Strength(a));
        if (c == 0)
            c = fa.Item.Confidence.CompareTo(fb.Item.Confidence);
        if (c == 0)
            c = string.CompareOrdinal(fa.CatalogId, fb.CatalogId);
        if (c == 0)
            c = string.CompareOrdinal(fa.Item.Id, fb.Item.Id);
        if (c == 0)
            c = string.CompareOrdinal(fa.SubjectId, fb.SubjectId);
        return c;
    }

    /// <summary>
    /// A criterion's outcome for a report, Kleene's "or" over its matches. Not applicable to another industry or report
    /// type; cannot be decided when no item in force for the report feeds it (<paramref name="fed"/>: the categories
    /// fed). Otherwise met when a match is met; else cannot be decided when facts it rests on could not be supplied
    /// (<paramref name="unfed"/>), or when an undecided match could come to more (<paramref name="couldBe"/>, its
    /// <see cref="Best"/>) than the strongest decided one (<paramref name="decided"/>); else that one, or not met when
    /// nothing matched.
    /// </summary>
    public static CriterionOutcome ForReport(Criterion criterion, Report report, IReadOnlySet<string> fed,
        CriterionOutcome? decided, CriterionOutcome? couldBe, bool unfed)
    {
        if (!criterion.AppliesTo(report.Industry, report.ReportType))
            return CriterionOutcome.NotApplicable;
        if (!AnyIn(criterion.Categories, fed))
            return CriterionOutcome.CannotDecide;
        if (decided == CriterionOutcome.Met)
            return CriterionOutcome.Met;
        var outcome = decided ?? CriterionOutcome.NotMet;
        if (unfed || (couldBe is { } best && Strength(best) > Strength(outcome)))
            return CriterionOutcome.CannotDecide;
        return outcome;
    }

    /// <summary>
    /// A list's verdict: the most severe class among the criteria met (the first of equal severity, in the list's order);
    /// null when none is met. Suspected criteria never make a verdict. <paramref name="outcomes"/> are the outcomes of
    /// <paramref name="list"/>'s criteria, in its order.
    /// </summary>
    public static VerdictClass? Verdict(Catalog list, IReadOnlyList<CriterionOutcome> outcomes, IReadOnlyList<string>? classes = null)
    {
        VerdictClass? verdict = null;
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i] != CriterionOutcome.Met)
                continue;
            var met = list.FindClass(classes?[i] ?? list.Criteria[i].Class)!;
            if (verdict is null || met.Severity > verdict.Severity)
                verdict = met;
        }
        return verdict;
    }

    /// <summary>
    /// The class a met criterion counts under: the most severe class of the categories its met findings fall under
    /// (a category classed on its own text, else the criterion's class). <paramref name="metCategories"/> are the
    /// categories of each met finding.
    /// </summary>
    public static string MetClass(Catalog list, Criterion criterion, IEnumerable<ImmutableArray<string>> metCategories)
    {
        if (criterion.CategoryClasses.IsEmpty)
            return criterion.Class;
        VerdictClass? most = null;
        foreach (var categories in metCategories)
        {
            foreach (var category in categories)
            {
                if (!criterion.Categories.Contains(category))
                    continue;
                var found = list.FindClass(criterion.CategoryClasses.GetValueOrDefault(category, criterion.Class))!;
                if (most is null || found.Severity > most.Severity)
                    most = found;
            }
        }
        return most?.Id ?? criterion.Class;
    }

    /// <summary>
    /// Whether <paramref name="report"/> is inside the list's scope, and by which rule: the first rule that covers its
    /// industry, type and purpose; a rule for 其他安全评价 admits it only when the report records the law that sets the
    /// assessment, and without it the answer is unknown (null), not "inside".
    /// </summary>
    public static (ScopeRule? Rule, bool? Inside) InScope(ScopeDefinition scope, Report report)
    {
        ScopeRule? needsBasis = null;
        foreach (var rule in scope.Rules)
        {
            if (!rule.Covers(report.Industry, report.ReportType, report.Purpose))
                continue;
            if (!rule.RequiresStatutoryBasis || report.StatutoryBasis is not null)
                return (rule, true);
            needsBasis ??= rule;
        }
        return needsBasis is null ? (null, false) : (needsBasis, null);
    }

    /// <summary>
    /// Whether <paramref name="list"/> governs <paramref name="report"/>. A campaign's list governs the reports the campaign
    /// checked during its days (<c>checkedOn</c>; an inspection's date): outside them, or for a report evaluated after the
    /// campaign ended, it does not apply; with no check date recorded it cannot be said. Then the scope: outside is
    /// 不适用; a scope that depends on a statutory basis not recorded cannot be said either.
    /// </summary>
    public static Applicability Applicability(Catalog list, Report report)
    {
        var dateUnknown = false;
        if (list.CheckPeriod is { } period)
        {
            var checkedOn = report.CheckedOn ?? (report.IsInspection ? report.EvaluationDate : null);
            if (checkedOn is { } day ? !period.Contains(day) : report.EvaluationDate > period.To)
                return Determinations.Applicability.OutsideCheckPeriod;
            dateUnknown = checkedOn is null;
        }
        if (list.Scope is { } scope)
        {
            var (_, inside) = InScope(scope, report);
            if (inside == false)
                return Determinations.Applicability.OutOfScope;
            if (inside is null)
                return Determinations.Applicability.ScopeUnknown;
        }
        return dateUnknown ? Determinations.Applicability.CheckDateUnknown : Determinations.Applicability.Applies;
    }

    /// <summary>
    /// The editions of the list's legal basis that govern the act, chosen by its day — the day the report was issued,
    /// else its evaluation date (行政处罚法 第三十七条: the law in force when the act was done).
    /// </summary>
    public static IEnumerable<LegalBasis> LegalBasisFor(Catalog list, Report report)
    {
        var act = report.IssuedOn ?? report.EvaluationDate;
        return list.LegalBasis.Where(b => b.Governs(act));
    }

    // Any(set.Contains) without a delegate per criterion.
    private static bool AnyIn(System.Collections.Immutable.ImmutableArray<string> categories, IReadOnlySet<string> set)
    {
        foreach (var c in categories)
            if (set.Contains(c))
                return true;
        return false;
    }
}
