using NRules;
using RulesKit.Engine.Facts;

namespace RulesKit.Engine.Compilation;

/// <summary>A session with the list its condition-failure handler writes to.</summary>
internal sealed class PooledSession
{
    public PooledSession(CompiledRuleSet ruleSet)
    {
        Session = ruleSet.Factory.CreateSession();
        Session.Events.LhsExpressionFailedEvent += (_, e) => OnConditionFailed(e, ruleSet);
    }

    public ISession Session { get; }

    public List<(string Item, string Subject, string Message)> Issues { get; } = [];

    // A condition that throws at run time (a missing lookup row, a division by zero) is not a crash:
    // the item counts as not applying, and the evaluation names the item and the subject.
    private void OnConditionFailed(NRules.Diagnostics.LhsExpressionErrorEventArgs e, CompiledRuleSet ruleSet)
    {
        e.IsHandled = true;
        var subject = e.Facts.Select(f => f.Value).OfType<SubjectFact>().FirstOrDefault();
        foreach (var rule in e.Rules)
        {
            var item = ruleSet.ItemsByRule.TryGetValue(rule.Name, out var compiled) ? compiled.Name : rule.Name;
            var message = (e.Exception?.InnerException ?? e.Exception)?.Message ?? "condition failed";
            Issues.Add((item, subject?.Id ?? "?", message));
        }
    }
}
