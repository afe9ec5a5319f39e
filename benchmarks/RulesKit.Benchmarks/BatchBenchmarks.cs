using BenchmarkDotNet.Attributes;
using RulesKit.Benchmarks.Baselines;
using RulesKit.Campaign.Batch;
using RulesKit.Testing.Generation;

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

    /// <summary>mix: the generated mix (6 % of reports with one problem); worst: every report with problems of three kinds.</summary>
    [Params("mix", "worst")]
    public string Workload { get; set; } = "mix";
    private Workload _workload = null!;
    private HandWrittenEvaluator _handWritten = null!;
    private RulesEnginePeer _peer = null!;
    private List<BatchInput> _inputs = null!;
    private string _jsonLines = null!;

    [GlobalSetup]
    public void Setup()
    {
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        _workload = new Workload(engine, Reports, seed: 42, problems: Workload == "worst" ? 3 : 0);
        _handWritten = new HandWrittenEvaluator(_workload);
        _peer = new RulesEnginePeer(_workload);
        _inputs = _workload.Reports.Select(r => new BatchInput(r.Id, _ => r)).ToList();
        _jsonLines = Path.Combine(Path.GetTempPath(), $"ruleskit-bench-{Workload}.jsonl");
        File.WriteAllLines(_jsonLines, Workload == "worst" ? SyntheticReports.WorstCaseJsonLines(Reports, 42, 3) : SyntheticReports.JsonLines(Reports, 42));

        var expected = _handWritten.Findings(0, _workload.Reports.Count);
        var rulesKit = _workload.RulesKitFindings(_workload.Reports.Select(r => engine.Evaluate(r)));
        var peer = _peer.Findings(0, _workload.Reports.Count);
        if (!expected.Equals(rulesKit) || !expected.Equals(peer) || expected.Total == 0)
            throw new InvalidOperationException($"finding counts differ: hand-written {expected}, RulesKit {rulesKit}, RulesEngine {peer}");
        Console.WriteLine($"// {_workload.Reports.Count} reports, {expected} findings from every contender");
    }

    private Findings TwoThreads(Func<int, int, Findings> work)
    {
        var half = _workload.Reports.Count / 2;
        var a = Task.Run(() => work(0, half));
        var b = Task.Run(() => work(half, _workload.Reports.Count));
        return a.Result.Plus(b.Result);
    }

    [Benchmark(Baseline = true, Description = "hand-written, 2 threads")]
    public long HandWritten() => TwoThreads(_handWritten.Findings).Total;

    [Benchmark(Description = "RulesEngine 6.0.1, 2 threads")]
    public long RulesEngine() => TwoThreads(_peer.Findings).Total;

    [Benchmark(Description = "RulesKit engine, 2 threads")]
    public long RulesKitEngineTwoThreads()
    {
        // Findings were checked equal in Setup; timed, RulesKit only evaluates (as the others only find).
        var half = _workload.Reports.Count / 2;
        long Run(int from, int to)
        {
            long n = 0;
            for (var i = from; i < to; i++)
                n += _workload.Engine.Evaluate(_workload.Reports[i]).Nonconformities.Length;
            return n;
        }
        var a = Task.Run(() => Run(0, half));
        var b = Task.Run(() => Run(half, _workload.Reports.Count));
        return a.Result + b.Result;
    }

    [Benchmark(Description = "RulesKit EvaluateAll, 2 threads")]
    public long RulesKitEvaluateAllTwoThreads()
    {
        // EvaluateAll lets the reports of one rule set with something to decide share a session.
        var half = _workload.Reports.Count / 2;
        long Run(int from, int to) => _workload.Engine.EvaluateAll(_workload.Reports.Skip(from).Take(to - from)).Sum(e => (long)e.Nonconformities.Length);
        var a = Task.Run(() => Run(0, half));
        var b = Task.Run(() => Run(half, _workload.Reports.Count));
        return a.Result + b.Result;
    }

    [Benchmark(Description = "RulesKit batch, 1 thread")]
    public int RulesKitOneThread() => Run(1);

    [Benchmark(Description = "RulesKit batch, 2 threads")]
    public int RulesKitTwoThreads() => Run(2);

    /// <summary>The whole path of `ruleskit batch`: JSON Lines read from a file, parsed, evaluated, one result line
    /// written per input (to a null stream, so the disk is not measured).</summary>
    [Benchmark(Description = "RulesKit whole path (JSON Lines in, lines out), 2 threads")]
    public long WholePath()
    {
        using var output = new StreamWriter(Stream.Null);
        long lines = 0;
        foreach (var record in BatchEvaluator.EvaluateAsync(_workload.Engine, BatchEvaluator.InputsFrom(_jsonLines), new BatchOptions { Parallelism = 2 }).ToBlockingEnumerable())
        {
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                record.Index,
                record.Source,
                Id = record.Evaluation?.ReportId,
                Verdicts = record.Evaluation?.Determinations.Select(d => d.Verdict),
                Nonconformities = record.Evaluation?.Nonconformities.Select(n => n.ItemId + "@" + n.SubjectId),
                Errors = record.Errors.Select(e => e.Message),
            }, RulesKit.Explanation.RulesKitJson.Compact));
            lines++;
        }
        return lines;
    }

    private int Run(int threads) =>
        BatchEvaluator.EvaluateAsync(_workload.Engine, _inputs, new BatchOptions { Parallelism = threads }).ToBlockingEnumerable().Count(r => r.Succeeded);
}
