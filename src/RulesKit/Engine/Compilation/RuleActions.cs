using NRules.RuleModel;
using RulesKit.Engine.Facts;
using RulesKit.Law;

namespace RulesKit.Engine.Compilation;

/// <summary>What the compiled rules test and do when they fire: each a call into the law (RulesKit.Law), kept small so that rule expressions stay small.</summary>
internal static class RuleActions
{
    /// <summary>The item rule's condition: the item finds a breach on the subject, or the facts recorded leave it open (<see cref="ItemReading.Fires"/>).</summary>
    public static bool Fires(SubjectFact subject, CompiledItem item) => ItemReading.Fires(item, subject.Observed, subject.Reported?.Values) != false;

    public static bool InIndustry(SubjectFact subject, string[] industries) => Array.IndexOf(industries, subject.Report.Report.Industry) >= 0;

    /// <summary>
    /// Raises the item's nonconformity on the subject's report. Not inserted from here: the evaluator inserts a
    /// report's nonconformities into the criteria's session in one batch once the item rules are done.
    /// </summary>
    public static void RaiseNonconformity(IContext context, SubjectFact subject, CompiledItem item)
    {
        var open = ItemReading.Fires(item, subject.Observed, subject.Reported?.Values) is null;
        subject.Report.Raise(new NonconformityFact
        {
            Item = item,
            Subject = subject,
            Disclosure = ItemReading.DisclosureOf(item, subject.Reported),
            Undecided = open,
            Missing = open ? [.. ItemReading.MissingToDecide(item, subject.Observed, subject.Reported?.Values)] : [],
        });
    }

    /// <summary>The criterion rule's condition: the criterion counts the nonconformity (<see cref="Verdicts.Counts"/>).</summary>
    public static bool Counts(NonconformityFact nonconformity, CompiledCriterion criterion) =>
        Verdicts.Counts(criterion.Criterion, nonconformity.Item.Item, nonconformity.Subject.Report.Report);

    /// <summary>The criterion rule's action: the elements read for the nonconformity, and the match recorded on its report.</summary>
    public static void MatchCriterion(IContext context, NonconformityFact nonconformity, CompiledCriterion criterion) => Match(nonconformity, criterion);

    /// <summary>
    /// The criterion rules' test and action for a finding the facts recorded leave open, made outside the session
    /// (Evaluator.Decide): the same two calls, for every criterion of the rule set.
    /// </summary>
    public static void MatchOpen(NonconformityFact nonconformity, CompiledCriterion[] criteria)
    {
        foreach (var criterion in criteria)
            if (Counts(nonconformity, criterion))
                Match(nonconformity, criterion);
    }

    private static void Match(NonconformityFact nonconformity, CompiledCriterion criterion)
    {
        var elements = Elements.Assess(criterion.Criterion, nonconformity);
        nonconformity.Subject.Report.Add(new CriterionMatchFact
        {
            Report = nonconformity.Subject.Report,
            Criterion = criterion,
            Nonconformity = nonconformity,
            Elements = elements,
            Outcome = Verdicts.Outcome(elements),
        });
    }
}
