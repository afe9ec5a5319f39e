using NRules.RuleModel;
using RulesKit.Engine.Facts;
using RulesKit.Law;

namespace RulesKit.Engine.Compilation;

/// <summary>What the compiled rules test and do when they fire: each a call into the law (RulesKit.Law), kept small so that rule expressions stay small.</summary>
internal static class RuleActions
{
    /// <summary>The item rule's condition: the item finds a breach on the subject (<see cref="ItemReading.Fires"/>).</summary>
    public static bool Fires(SubjectFact subject, CompiledItem item) => ItemReading.Fires(item, subject.Observed, subject.Reported?.Values) == true;

    public static bool InIndustry(SubjectFact subject, string[] industries) => Array.IndexOf(industries, subject.Report.Report.Industry) >= 0;

    /// <summary>
    /// Raises the item's nonconformity on the subject's report. Not inserted from here: the evaluator inserts a
    /// report's nonconformities into the criteria's session in one batch once the item rules are done.
    /// </summary>
    public static void RaiseNonconformity(IContext context, SubjectFact subject, CompiledItem item) =>
        subject.Report.Raise(new NonconformityFact { Item = item, Subject = subject, Disclosure = ItemReading.DisclosureOf(item, subject.Reported) });

    /// <summary>The criterion rule's condition: the criterion counts the nonconformity (<see cref="Verdicts.Counts"/>).</summary>
    public static bool Counts(NonconformityFact nonconformity, CompiledCriterion criterion) =>
        Verdicts.Counts(criterion.Criterion, nonconformity.Item.Item, nonconformity.Subject.Report.Report);

    /// <summary>The criterion rule's action: the elements read for the nonconformity, and the match recorded on its report.</summary>
    public static void MatchCriterion(IContext context, NonconformityFact nonconformity, CompiledCriterion criterion)
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
