using System.Collections.Concurrent;
using NRules.Extensibility;
using RulesKit.Engine.Compilation;
using RulesKit.Engine.Facts;
using RulesKit.Reports;

namespace RulesKit.Engine;

/// <summary>
/// Runs checked reports through the NRules rules of the catalogs in force on their date, for their industry.
/// One rule set is compiled per combination of catalogs in force and cached; sessions are pooled per rule set.
/// Safe to share between threads.
/// </summary>
internal sealed class Evaluator(CompiledCatalogs catalogs, IExpressionCompiler? expressionCompiler)
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledRuleSet>> _ruleSets = new(StringComparer.Ordinal);

    public CompiledCatalogs Catalogs { get; } = catalogs;

    public CompiledRuleSet RuleSetFor(string industry, DateOnly date)
    {
        var inForce = Catalogs.Set.InForce(industry, date);
        var key = string.Join("|", inForce.Select(c => c.Reference.Full));
        return _ruleSets.GetOrAdd(key, _ => new Lazy<CompiledRuleSet>(() => RuleSetCompiler.Compile(inForce, Catalogs, expressionCompiler))).Value;
    }

    public EngineOutcome Run(Report report, DateOnly date)
    {
        var ruleSet = RuleSetFor(report.Industry, date);
        var (reportFact, subjects) = FactBuilder.Build(report, Catalogs.Set.Kinds);

        // A session that throws half-way is simply not returned to the pool.
        var pooled = ruleSet.Rent();
        var session = pooled.Session;
        session.Insert(reportFact);
        session.InsertAll(subjects);
        session.Fire();

        // Query is IQueryable: ordering it directly would build and compile an expression tree per report.
        var nonconformities = session.Query<NonconformityFact>().AsEnumerable()
            .OrderBy(n => n.Item.Catalog.Id, StringComparer.Ordinal)
            .ThenBy(n => n.Item.Item.Id, StringComparer.Ordinal)
            .ThenBy(n => n.Subject.Id, StringComparer.Ordinal)
            .ToList();
        var issues = pooled.Issues.OrderBy(i => i.Item, StringComparer.Ordinal).ThenBy(i => i.Subject, StringComparer.Ordinal).ToList();
        ruleSet.Return(pooled);

        return new EngineOutcome
        {
            Report = report,
            AsOf = date,
            RuleSet = ruleSet,
            Nonconformities = nonconformities,
            Lists = reportFact.Matches,
            Issues = issues,
        };
    }
}
