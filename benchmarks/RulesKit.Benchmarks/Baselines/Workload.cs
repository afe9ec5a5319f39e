using RulesKit.Catalogs;
using RulesKit.Engine.Compilation;
using RulesKit.Engine.Facts;
using RulesKit.Reports;
using RulesKit.Results;
using RulesKit.Testing.Generation;

namespace RulesKit.Benchmarks.Baselines;

/// <summary>
/// The generated reports every contender evaluates, with what they share: the catalogs in force per
/// report and its subjects as attribute views. A finding is (report, item, subject) for a condition item
/// whose observed view violates it; comparison items are left out because the peers have no equivalent.
/// </summary>
internal sealed class Workload
{
    public Workload(RulesKitEngine engine, int count, int seed)
    {
        Engine = engine;
        Reports = SyntheticReports.JsonLines(count, seed)
            .Select((line, i) => TryParse(engine, line, i))
            .OfType<Report>()
            .ToList();
        Prepared = Reports.Select(r =>
        {
            var catalogs = engine.Catalogs.InForce(r.Industry, r.EvaluationDate);
            var (_, subjects) = FactBuilder.Build(r, engine.Catalogs.Kinds);
            return (catalogs, subjects);
        }).ToList();
    }

    public RulesKitEngine Engine { get; }
    public List<Report> Reports { get; }
    public List<(IReadOnlyList<Catalog> Catalogs, List<SubjectFact> Subjects)> Prepared { get; }

    private static Report? TryParse(RulesKitEngine engine, string line, int i)
    {
        try
        {
            return engine.ParseReport(line, $"#{i}");
        }
        catch (RulesKitInputException)
        {
            return null; // the generator's broken lines
        }
    }

    /// <summary>Condition items by kind, per catalog combination (cached by reference of the list).</summary>
    public Dictionary<string, List<CompiledItem>> ItemsByKind(IReadOnlyList<Catalog> catalogs) =>
        catalogs.SelectMany(c => c.Items).Where(i => i.Condition is not null).Select(i => Engine.Evaluator.Catalogs[i])
            .GroupBy(i => i.Item.Kind).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    /// <summary>RulesKit's findings: its nonconformities of condition items.</summary>
    public long RulesKitFindings(IEnumerable<ReportEvaluation> evaluations)
    {
        var conditionItems = Engine.Catalogs.Catalogs.SelectMany(c => c.Items.Where(i => i.Condition is not null).Select(i => $"{c.Reference.Key}/{i.Id}"))
            .ToHashSet(StringComparer.Ordinal);
        return evaluations.Sum(e => e.Nonconformities.Count(n => conditionItems.Contains($"{n.Catalog.Key}/{n.ItemId}")));
    }
}
