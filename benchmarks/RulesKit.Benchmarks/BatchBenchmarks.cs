using BenchmarkDotNet.Attributes;
using RulesKit.Benchmarks.Baselines;
using RulesKit.Campaign.Batch;

namespace RulesKit.Benchmarks;

/// <summary>
/// Throughput on the same generated reports (all shipped catalogs): RulesKit through its batch evaluator on
/// 1 and 2 threads, against the hand-written evaluator (the speed limit, the baseline) and Microsoft
/// RulesEngine (the peer), each on 2 threads. Finding counts are checked equal before anything is timed.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)] // as the ruleskit tool runs batches
public class BatchBenchmarks
{
    private const int Reports = 2000;
    private Workload _workload = null!;
    private HandWrittenEvaluator _handWritten = null!;
    private RulesEnginePeer _peer = null!;
    private List<BatchInput> _inputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        _workload = new Workload(engine, Reports, seed: 42);
        _handWritten = new HandWrittenEvaluator(_workload);
        _peer = new RulesEnginePeer(_workload);
        _inputs = _workload.Reports.Select(r => new BatchInput(r.Id, _ => r)).ToList();

        var expected = _handWritten.Findings(0, _workload.Reports.Count);
        var rulesKit = _workload.RulesKitFindings(_workload.Reports.Select(r => engine.Evaluate(r)));
        var peer = _peer.Findings(0, _workload.Reports.Count);
        if (expected != rulesKit || expected != peer || expected == 0)
            throw new InvalidOperationException($"finding counts differ: hand-written {expected}, RulesKit {rulesKit}, RulesEngine {peer}");
        Console.WriteLine($"// {_workload.Reports.Count} reports, {expected} findings from every contender");
    }

    private long TwoThreads(Func<int, int, long> work)
    {
        var half = _workload.Reports.Count / 2;
        var a = Task.Run(() => work(0, half));
        var b = Task.Run(() => work(half, _workload.Reports.Count));
        return a.Result + b.Result;
    }

    [Benchmark(Baseline = true, Description = "hand-written, 2 threads")]
    public long HandWritten() => TwoThreads(_handWritten.Findings);

    [Benchmark(Description = "RulesEngine 6.0.1, 2 threads")]
    public long RulesEngine() => TwoThreads(_peer.Findings);

    [Benchmark(Description = "RulesKit batch, 1 thread")]
    public int RulesKitOneThread() => Run(1);

    [Benchmark(Description = "RulesKit batch, 2 threads")]
    public int RulesKitTwoThreads() => Run(2);

    private int Run(int threads) =>
        BatchEvaluator.EvaluateAsync(_workload.Engine, _inputs, new BatchOptions { Parallelism = threads }).ToBlockingEnumerable().Count(r => r.Succeeded);
}
