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

    /// <summary>A match is met when every element is established, suspected when none fails and some are only indicated, not met otherwise.</summary>
    public static CriterionOutcome Outcome(IReadOnlyList<ElementResult> elements)
    {
        var outcome = CriterionOutcome.Met;
        foreach (var e in elements)
        {
            if (e.State == ElementState.NotEstablished)
                return CriterionOutcome.NotMet;
            if (e.State == ElementState.Indicated)
                outcome = CriterionOutcome.Suspected;
        }
        return outcome;
    }

    /// <summary>
    /// The order of a criterion's matches, strongest first: met before suspected before not met, then the item's text
    /// (official before transcription before recalled), then catalog, item and subject. The first match decides the
    /// criterion.
    /// </summary>
    public static int StrongestFirst(CriterionOutcome a, IFinding fa, CriterionOutcome b, IFinding fb)
    {
        var c = b.CompareTo(a);
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
    /// A criterion's outcome for a report. Not applicable to another industry or report type; cannot be decided when no
    /// item in force for the report feeds it (<paramref name="fed"/>: the categories fed), or when facts it rests on
    /// could not be supplied (<paramref name="unfed"/>) and nothing met it all the same; otherwise its strongest
    /// match's outcome (<paramref name="strongest"/>), or not met when nothing matched.
    /// </summary>
    public static CriterionOutcome ForReport(Criterion criterion, Report report, IReadOnlySet<string> fed, CriterionOutcome? strongest, bool unfed)
    {
        if (!criterion.AppliesTo(report.Industry, report.ReportType))
            return CriterionOutcome.NotApplicable;
        if (!AnyIn(criterion.Categories, fed))
            return CriterionOutcome.CannotDecide;
        if (unfed && strongest != CriterionOutcome.Met)
            return CriterionOutcome.CannotDecide;
        return strongest ?? CriterionOutcome.NotMet;
    }

    /// <summary>
    /// A list's verdict: the most severe class among the criteria met (the first of equal severity, in the list's order);
    /// null when none is met. Suspected criteria never make a verdict. <paramref name="outcomes"/> are the outcomes of
    /// <paramref name="list"/>'s criteria, in its order.
    /// </summary>
    public static VerdictClass? Verdict(Catalog list, IReadOnlyList<CriterionOutcome> outcomes)
    {
        VerdictClass? verdict = null;
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i] != CriterionOutcome.Met)
                continue;
            var met = list.FindClass(list.Criteria[i].Class)!;
            if (verdict is null || met.Severity > verdict.Severity)
                verdict = met;
        }
        return verdict;
    }

    /// <summary>The rule of the list's scope that covers <paramref name="report"/> (its industry, type and purpose); null when the report is outside it.</summary>
    public static ScopeRule? InScope(ScopeDefinition scope, Report report) =>
        scope.Rules.FirstOrDefault(r => r.Covers(report.Industry, report.ReportType, report.Purpose));

    // Any(set.Contains) without a delegate per criterion.
    private static bool AnyIn(System.Collections.Immutable.ImmutableArray<string> categories, IReadOnlySet<string> set)
    {
        foreach (var c in categories)
            if (set.Contains(c))
                return true;
        return false;
    }
}
