using RulesKit.Catalogs;
using RulesKit.Engine.Compilation;
using RulesKit.Engine.Conditions;
using RulesKit.Law;

namespace RulesKit.Benchmarks.Baselines;

/// <summary>
/// The speed limit: plain loops over each report's subjects and the condition items of their kind, calling
/// the same compiled conditions RulesKit gives NRules. No rule engine, no explanations.
/// </summary>
internal sealed class HandWrittenEvaluator(Workload workload)
{
    private readonly Dictionary<(IReadOnlyList<Catalog>, string), Dictionary<string, List<CompiledItem>>> _byKind = new();

    public Findings Findings(int from, int to)
    {
        var findings = new Findings();
        for (var r = from; r < to; r++)
        {
            var (catalogs, industry, subjects) = workload.Prepared[r];
            var byKind = ItemsFor(catalogs, industry);
            foreach (var subject in subjects)
            {
                if (!byKind.TryGetValue(subject.Kind, out var items))
                    continue;
                foreach (var item in items)
                {
                    try
                    {
                        if (item.Condition!.Evaluate(subject.Observed) == true)
                            findings.Add(ItemReading.DisclosureOf(item, subject.Reported));
                    }
                    catch (Exception e) when (e is ConditionRuntimeException or ArithmeticException)
                    {
                        // same as RulesKit: a failing condition does not apply
                    }
                }
            }
        }
        return findings;
    }

    private Dictionary<string, List<CompiledItem>> ItemsFor(IReadOnlyList<Catalog> catalogs, string industry)
    {
        lock (_byKind)
        {
            if (!_byKind.TryGetValue((catalogs, industry), out var byKind))
                _byKind[(catalogs, industry)] = byKind = workload.ItemsByKind(catalogs, industry);
            return byKind;
        }
    }
}
