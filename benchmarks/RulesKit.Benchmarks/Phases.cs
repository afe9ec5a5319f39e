using System.Diagnostics;
using RulesKit.Benchmarks.Baselines;
using RulesKit.Engine.Facts;
using RulesKit.Engine;

namespace RulesKit.Benchmarks;

/// <summary>
/// Where one evaluation's time goes, phase by phase, on one thread (`-- --phases`): a profile in the
/// engine's own terms, to decide what to optimise. Not a benchmark: BenchmarkDotNet measures the figures.
/// </summary>
internal static class Phases
{
    public static void Run()
    {
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        var workload = new Workload(engine, 2000, seed: 42, problems: Environment.GetEnvironmentVariable("RULESKIT_PHASE_WORST") is null ? 0 : 3);
        var evaluator = engine.Evaluator;
        var results = new RulesKit.Results.ResultBuilder(engine.Catalogs);
        var times = new double[6];
        var extra = new double[4];
        string[] names = ["rule set lookup", "report fact", "screen + candidates' facts", "sessions (insert, fire, retract)", "sort", "results"];
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("RULESKIT_PHASE_ROUNDS"), out var r) ? r : 6;
        for (var round = 0; round < rounds; round++)
        {
            Array.Clear(times);
            Array.Clear(extra);
            foreach (var report in workload.Reports)
            {
                var a0 = GC.GetAllocatedBytesForCurrentThread();
                var t0 = Stopwatch.GetTimestamp();
                var ruleSet = evaluator.RuleSetFor(report.Industry, report.EvaluationDate);
                var t1 = Stopwatch.GetTimestamp();
                var facts = new FactBuilder(report, engine.CheckOf(report));
                var reportFact = facts.Report;
                var tb = Stopwatch.GetTimestamp();
                var candidates = evaluator.Candidates(ruleSet, facts);
                var t3 = Stopwatch.GetTimestamp();
                var nonconformities = new List<NonconformityFact>();
                long t4 = t3, t5 = t3;
                var a3 = GC.GetAllocatedBytesForCurrentThread(); long a4 = a3, a5 = a3;
                if (candidates.Count > 0)
                {
                    Evaluator.Decide(ruleSet, candidates, [reportFact]);
                    t4 = Stopwatch.GetTimestamp();
                    a4 = GC.GetAllocatedBytesForCurrentThread();
                    nonconformities = reportFact.Raised.OrderBy(n => n.Item.Item.Id, StringComparer.Ordinal).ToList();
                    t5 = Stopwatch.GetTimestamp();
                    a5 = GC.GetAllocatedBytesForCurrentThread();
                }
                results.Build(new EngineOutcome { Report = report, AsOf = report.EvaluationDate, RuleSet = ruleSet, Nonconformities = nonconformities, Lists = reportFact.Matches, Issues = [] });
                var t6 = Stopwatch.GetTimestamp();
                var a6 = GC.GetAllocatedBytesForCurrentThread();
                extra[0] += a3 - a0; extra[1] += a4 - a3; extra[2] += a5 - a4; extra[3] += a6 - a5;
                long[] ts = [t0, t1, tb, t3, t4, t5, t6];
                for (var i = 0; i < times.Length; i++)
                    times[i] += Stopwatch.GetElapsedTime(ts[i], ts[i + 1]).TotalMicroseconds;
            }
        }
        var n = workload.Reports.Count;
        // What a fresh session costs, against renting one from the pool.
        var rs = evaluator.RuleSetFor(workload.Reports[0].Industry, workload.Reports[0].EvaluationDate);
        var c0 = Stopwatch.GetTimestamp();
        for (var i = 0; i < 2000; i++)
            rs.CriterionSessions.Factory.CreateSession();
        Console.WriteLine($"CreateSession: {Stopwatch.GetElapsedTime(c0).TotalMicroseconds / 2000:F1} us");
        Console.WriteLine($"per report, microseconds, last of {rounds} rounds over {n} reports, 1 thread:");
        for (var i = 0; i < times.Length; i++)
            Console.WriteLine($"  {names[i],-32} {times[i] / n,8:F1}");
        Console.WriteLine($"  {"total",-32} {times.Sum() / n,8:F1}");
        Console.WriteLine($"allocated a report: before the session {extra[0] / n:F0} B, sessions {extra[1] / n:F0} B, sort {extra[2] / n:F0} B, results {extra[3] / n:F0} B");
    }
}
