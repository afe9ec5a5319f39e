using NRules;
using RulesKit.Engine.Facts;

namespace RulesKit.Engine.Compilation;

/// <summary>A session whose condition-failure handler records each failure on the report of the fact it failed on.</summary>
internal sealed class PooledSession
{
    public PooledSession(ISessionFactory factory, CompiledRuleSet ruleSet)
    {
        Session = factory.CreateSession();
        Session.Events.LhsExpressionFailedEvent += (_, e) => OnConditionFailed(e, ruleSet);
    }

    public ISession Session { get; }

    // A condition that throws at run time (a missing lookup row, a division by zero) is not a crash:
    // the item counts as not applying, and the evaluation names the item and the subject. A session may hold
    // several reports' facts (Evaluator.RunAll): the failure goes to the report of the fact it failed on.
    private static void OnConditionFailed(NRules.Diagnostics.LhsExpressionErrorEventArgs e, CompiledRuleSet ruleSet)
    {
        e.IsHandled = true;
        var facts = e.Facts.Select(f => f.Value).ToList();
        var subject = facts.OfType<SubjectFact>().FirstOrDefault();
        var report = subject?.Report ?? facts.OfType<NonconformityFact>().FirstOrDefault()?.Subject.Report
            ?? throw new InvalidOperationException("a condition failed on a fact of no report", e.Exception);
        foreach (var rule in e.Rules)
        {
            var item = ruleSet.ItemsByRule.TryGetValue(rule.Name, out var compiled) ? compiled.Name : rule.Name;
            var message = (e.Exception?.InnerException ?? e.Exception)?.Message ?? "condition failed";
            report.Fail(item, subject?.Id ?? "?", message);
        }
    }
}
