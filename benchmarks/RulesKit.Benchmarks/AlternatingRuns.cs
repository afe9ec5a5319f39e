using System.Diagnostics;
using RulesKit.Benchmarks.Baselines;
using RulesKit.Campaign.Batch;

namespace RulesKit.Benchmarks;

/// <summary>
/// `-- --alternate [--worst]`: RulesKit's Evaluate, EvaluateAll and batch, and RulesEngine, each on 2 threads over
/// the BatchBenchmarks workload, taking turns in one process for 50 rounds (the first 10 dropped), so that the host's
/// swings hit every contender alike; BenchmarkDotNet runs them minutes apart. Prints each one's median and quartiles,
/// and the GC mode: run it with DOTNET_gcServer=1, as the tool and BatchBenchmarks run (with workstation GC
/// EvaluateAll fell behind Evaluate on the worst case, measured).
/// </summary>
internal static class AlternatingRuns
{
    public static void Run(bool worst)
    {
        Console.WriteLine($"server GC: {System.Runtime.GCSettings.IsServerGC}");
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        var workload = new Workload(engine, 2000, seed: 42, problems: worst ? 3 : 0);
        var inputs = workload.Reports.Select(r => new BatchInput(r.Id, _ => r)).ToList();
        var peer = new RulesEnginePeer(workload);
        long Two(Func<int, int, long> run)
        {
            var half = workload.Reports.Count / 2;
            var a = Task.Run(() => run(0, half)); var b = Task.Run(() => run(half, workload.Reports.Count));
            return a.Result + b.Result;
        }
        long EngineRun() => Two((from, to) => { long n = 0; for (var i = from; i < to; i++) n += engine.Evaluate(workload.Reports[i]).Nonconformities.Length; return n; });
        long AllRun() => Two((from, to) => engine.EvaluateAll(workload.Reports.Skip(from).Take(to - from)).Sum(e => (long)e.Nonconformities.Length));
        long PeerRun() => Two((from, to) => peer.Findings(from, to).Total);
        long Batch() => BatchEvaluator.EvaluateAsync(engine, inputs, new BatchOptions { Parallelism = 2 }).ToBlockingEnumerable().Count(r => r.Succeeded);
        (string, Func<long>)[] runs = [("engine", EngineRun), ("evaluateall", AllRun), ("batch", Batch), ("rulesengine", PeerRun)];
        var sums = new List<double>[runs.Length];
        for (var i = 0; i < runs.Length; i++) sums[i] = [];
        for (var round = 0; round < 50; round++)
            for (var i = 0; i < runs.Length; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                runs[i].Item2();
                if (round >= 10) sums[i].Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        for (var i = 0; i < runs.Length; i++)
        {
            var s = sums[i].Order().ToList();
            Console.WriteLine($"{runs[i].Item1,-12} median {s[s.Count / 2]:F1} ms  p25 {s[s.Count / 4]:F1}  p75 {s[3 * s.Count / 4]:F1}");
        }
    }
}
