using RulesKit.Catalogs;
using RulesKit.Engine.Compilation;
using RulesKit.Engine.Conditions;

namespace RulesKit.Benchmarks.Baselines;

/// <summary>
/// The speed limit: plain loops over each report's subjects and the condition items of their kind, calling
/// the same compiled conditions RulesKit gives NRules. No rule engine, no explanations.
/// </summary>
internal sealed class HandWrittenEvaluator(Workload workload)
{
    private readonly Dictionary<IReadOnlyList<Catalog>, Dictionary<string, List<CompiledItem>>> _byKind = new(ReferenceEqualityComparer.Instance);

    public long Findings(int from, int to)
    {
        long findings = 0;
        for (var r = from; r < to; r++)
        {
            var (catalogs, subjects) = workload.Prepared[r];
            var byKind = ItemsFor(catalogs);
            foreach (var subject in subjects)
            {
                if (!byKind.TryGetValue(subject.Kind, out var items))
                    continue;
                foreach (var item in items)
                {
                    try
                    {
                        if (item.Condition!.Evaluate(subject.Observed) == true)
                            findings++;
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

    private Dictionary<string, List<CompiledItem>> ItemsFor(IReadOnlyList<Catalog> catalogs)
    {
        lock (_byKind)
        {
            if (!_byKind.TryGetValue(catalogs, out var byKind))
                _byKind[catalogs] = byKind = workload.ItemsByKind(catalogs);
            return byKind;
        }
    }
}
