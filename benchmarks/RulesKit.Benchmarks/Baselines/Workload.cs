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
    /// <param name="engine">The engine.</param>
    /// <param name="count">Reports to generate.</param>
    /// <param name="seed">The generator's seed.</param>
    /// <param name="problems">0: the generated mix (a few reports with one problem); above 0: every report with that many.</param>
    public Workload(RulesKitEngine engine, int count, int seed, int problems = 0)
    {
        Engine = engine;
        var lines = problems > 0 ? SyntheticReports.WorstCaseJsonLines(count, seed, problems) : SyntheticReports.JsonLines(count, seed);
        Reports = lines
            .Select((line, i) => TryParse(engine, line, i))
            .OfType<Report>()
            .ToList();
        // One list instance per combination of catalogs, so contenders can cache by reference.
        var combinations = new Dictionary<string, IReadOnlyList<Catalog>>(StringComparer.Ordinal);
        Prepared = Reports.Select(r =>
        {
            var inForce = engine.Catalogs.InForce(r.Industry, r.EvaluationDate);
            var key = string.Join("|", inForce.Select(c => c.Reference.Key));
            if (!combinations.TryGetValue(key, out var catalogs))
                combinations[key] = catalogs = inForce;
            // Views made here, together, not the slots the check made while parsing (see CheckedReport): the
            // baselines read compact arrays, so the limit stays as tight.
            // The facts the engine decides on: with what an inventory or an entered grade gives (major_hazard).
            var (_, subjects) = FactBuilder.Build(engine.CheckOf(r).Report, engine.Catalogs.Kinds);
            return (catalogs, r.Industry, subjects);
        }).ToList();
    }

    public RulesKitEngine Engine { get; }
    public List<Report> Reports { get; }
    public List<(IReadOnlyList<Catalog> Catalogs, string Industry, List<SubjectFact> Subjects)> Prepared { get; }

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

    /// <summary>Condition items by kind, per catalog combination and industry (items of another industry's section left out).</summary>
    public Dictionary<string, List<CompiledItem>> ItemsByKind(IReadOnlyList<Catalog> catalogs, string industry) =>
        catalogs.SelectMany(c => c.Items).Where(i => i.Condition is not null && i.Confidence != Confidence.Draft && i.AppliesTo(industry)).Select(i => Engine.Evaluator.Catalogs[i])
            .GroupBy(i => i.Item.Kind).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    /// <summary>RulesKit's findings: its nonconformities of condition items, counted by disclosure.</summary>
    public Findings RulesKitFindings(IEnumerable<ReportEvaluation> evaluations)
    {
        var conditionItems = Engine.Catalogs.Catalogs.SelectMany(c => c.Items.Where(i => i.Condition is not null).Select(i => $"{c.Reference.Key}/{i.Id}"))
            .ToHashSet(StringComparer.Ordinal);
        var found = new Findings();
        foreach (var n in evaluations.SelectMany(e => e.Nonconformities).Where(n => conditionItems.Contains($"{n.Catalog.Key}/{n.ItemId}")))
            found.Add(n.Disclosure);
        return found;
    }
}

/// <summary>Findings per disclosure: every contender must give the same.</summary>
internal sealed class Findings
{
    public long Disclosed, Misstated, Omitted;

    public long Total => Disclosed + Misstated + Omitted;

    public void Add(Determinations.Disclosure d)
    {
        switch (d)
        {
            case Determinations.Disclosure.Disclosed: Disclosed++; break;
            case Determinations.Disclosure.Misstated: Misstated++; break;
            default: Omitted++; break;
        }
    }

    public Findings Plus(Findings other) => new() { Disclosed = Disclosed + other.Disclosed, Misstated = Misstated + other.Misstated, Omitted = Omitted + other.Omitted };

    public override string ToString() => $"{Total} (disclosed {Disclosed}, misstated {Misstated}, omitted {Omitted})";

    public override bool Equals(object? obj) => obj is Findings f && f.Disclosed == Disclosed && f.Misstated == Misstated && f.Omitted == Omitted;

    public override int GetHashCode() => HashCode.Combine(Disclosed, Misstated, Omitted);
}
