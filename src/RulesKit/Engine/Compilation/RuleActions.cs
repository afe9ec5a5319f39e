using NRules.RuleModel;
using RulesKit.Determinations;
using RulesKit.Engine.Conditions;
using RulesKit.Engine.Facts;
using RulesKit.Engine.Readings;

namespace RulesKit.Engine.Compilation;

/// <summary>What the compiled rules do when they fire. Static so that rule expressions stay small.</summary>
internal static class RuleActions
{
    /// <summary>
    /// Raises the item's nonconformity on the subject's report. Not inserted from here: an insert walks every type
    /// node under the network's root (one per kind), so the evaluator inserts a report's nonconformities in one batch
    /// once the item rules are done.
    /// </summary>
    public static void RaiseNonconformity(IContext context, SubjectFact subject, CompiledItem item) =>
        subject.Report.Raise(new NonconformityFact { Item = item, Subject = subject, Disclosure = DisclosureOf(item, subject) });

    /// <summary>The design's disclosure table: the reported view judged by the same condition.</summary>
    public static Disclosure DisclosureOf(CompiledItem item, SubjectFact subject)
    {
        if (item.Item.Comparison is { } compare)
            return compare.Attribute is null ? Disclosure.Omitted : Disclosure.Misstated;
        if (subject.Reported is null)
            return Disclosure.Omitted;
        return item.Condition!.Evaluate(subject.Reported) switch
        {
            true => Disclosure.Disclosed,
            false => Disclosure.Misstated,
            null => Disclosure.Omitted,
        };
    }

    /// <summary>The item's condition holds on the observed view (every attribute it reads present).</summary>
    public static bool Meets(SubjectFact subject, CompiledItem item) => item.Condition!.Evaluate(subject.Observed) == true;

    /// <summary>Both views give the attribute and they differ beyond the tolerance.</summary>
    public static bool Differs(SubjectFact subject, int slot, decimal tolerance) => ViewsDiffer(subject.Observed, subject.Reported, slot, tolerance);

    /// <summary>Both views give the attribute and they differ beyond the tolerance.</summary>
    public static bool ViewsDiffer(AttributeView observedView, AttributeView? reportedView, int slot, decimal tolerance)
    {
        var observed = observedView.Values[slot];
        var reported = reportedView?.Values[slot];
        if (observed is null || reported is null)
            return false;
        if (observed is decimal o && reported is decimal r)
            return Math.Abs(o - r) > tolerance * Math.Abs(o);
        return !observed.Equals(reported);
    }

    public static bool InIndustry(SubjectFact subject, string[] industries) => Array.IndexOf(industries, subject.Report.Report.Industry) >= 0;

    public static void MatchCriterion(IContext context, NonconformityFact nonconformity, CompiledCriterion criterion)
    {
        var elements = ElementReadings.Assess(criterion.Criterion, nonconformity);
        nonconformity.Subject.Report.Add(new CriterionMatchFact
        {
            Report = nonconformity.Subject.Report,
            Criterion = criterion,
            Nonconformity = nonconformity,
            Elements = elements,
            Outcome = ElementReadings.Outcome(elements),
        });
    }
}
