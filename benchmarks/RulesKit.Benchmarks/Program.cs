using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project benchmarks/RulesKit.Benchmarks -- --filter '*'
// Dry (CI):  dotnet run -c Release --project benchmarks/RulesKit.Benchmarks -- --filter '*' --job Dry
// Harnesses for profiling (not BenchmarkDotNet; their times are for a profiler or a quick look, not for the README):
//   --startup    load, one rule set, every rule set of every industry and day
//   --fastjson   how many generated lines the JSON fast path takes
//   --tokenloop  the floor of a JSON line: System.Text.Json's reader walking its tokens, nothing bound
//   --parseloop  parse and check generated UTF-8 lines for 5 s on one thread (run it under perf or dotnet-trace)
//   --wholeloop  the batch path over 2,000 generated JSON lines, round after round (wall, GC pause and CPU so far)
//   --evalloop   evaluate generated reports for 5 s (RULESKIT_LOOP_SECONDS) on one thread (run it under perf; --worst: the worst case;
//                --clean / --found: only the reports with no candidate subject / with one)
//   --split      the mix's clean reports against those with a candidate: time and bytes allocated, step by step
//   --threads    Evaluate and the hand-written loops on 1 and 2 threads, taking turns in one process
//   --screenloop the subject screen and Evaluate against the hand-written loops, alternating in one process
//                (add --worst for the worst case: every report with problems of three criteria)
//   --worstlines N FILE  write N worst-case JSON lines (to compare two builds' `ruleskit batch --full` outputs)
//   --schema     the Rete network's nodes by type, per rule set the worst case meets
//   --phases     one report's evaluation step by step (RULESKIT_PHASE_WORST=1: the worst case)
if (args.Contains("--startup"))
{
    var sw = System.Diagnostics.Stopwatch.StartNew();
    var set = RulesKit.Catalogs.CatalogLoader.Load(RulesKit.Catalogs.CatalogFile.Embedded(), "rules/");
    var load = sw.Elapsed.TotalMilliseconds;
    var compiled = new RulesKit.Engine.Compilation.CompiledCatalogs(set, RulesKit.Engine.Compilation.FastCompiler.Instance.Compile);
    var check = sw.Elapsed.TotalMilliseconds - load;
    var evaluator = new RulesKit.Engine.Evaluator(compiled, RulesKit.Engine.Compilation.FastCompiler.Instance);
    // A rule set's networks are compiled when first needed: every one of them here, as a batch meeting every kind would.
    static void Compiled(RulesKit.Engine.Compilation.CompiledRuleSet ruleSet)
    {
        foreach (var pool in ruleSet.Pools)
            _ = pool.Factory;
    }
    Compiled(evaluator.RuleSetFor("hazchem", new DateOnly(2021, 3, 15)));
    var ruleSet = sw.Elapsed.TotalMilliseconds - load - check;
    Console.WriteLine($"load+validate {load:F0} ms, conditions {check:F0} ms, one rule set {ruleSet:F0} ms");
    var all = System.Diagnostics.Stopwatch.StartNew();
    foreach (var industry in set.Vocabulary.Industries.Select(i => i.Key).Concat(set.Vocabulary.Parties.Select(p => p.Key)))
        for (var day = new DateOnly(2019, 5, 1); day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
            Compiled(evaluator.RuleSetFor(industry, day));
    Console.WriteLine($"every industry and day: {evaluator.RuleSetCount} rule sets in {all.Elapsed.TotalMilliseconds:F0} ms");
    return 0;
}
if (args.Contains("--fastjson"))
{
    // How many generated lines the fast path takes (the rest are read located: the generator's broken lines).
    var engine = RulesKit.RulesKitEngine.FromEmbeddedCatalogs();
    int ok = 0, fallback = 0, broken = 0;
    foreach (var line in RulesKit.Testing.Generation.SyntheticReports.JsonLines(2000, 7))
    {
        if (RulesKit.Reports.FastJsonReports.TryRead(System.Text.Encoding.UTF8.GetBytes(line), "x", engine.Catalogs) is not null)
            ok++;
        else
        {
            try { engine.ParseReport(line, "x"); fallback++; Console.WriteLine("taken located, read: " + line[..Math.Min(300, line.Length)]); }
            catch (RulesKit.RulesKitInputException) { broken++; }
        }
    }
    Console.WriteLine($"fast {ok}, read located {fallback}, broken {broken}");
    return 0;
}
if (args.Contains("--tokenloop"))
{
    var lines = RulesKit.Testing.Generation.SyntheticReports.JsonLines(2000, 42).Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
    var clock = System.Diagnostics.Stopwatch.StartNew();
    long n = 0, t = 0;
    while (clock.Elapsed.TotalSeconds < 5)
        foreach (var line in lines)
        {
            var r = new System.Text.Json.Utf8JsonReader(line);
            try { while (r.Read()) t++; } catch (System.Text.Json.JsonException) { }
            n++;
        }
    Console.WriteLine($"{n} lines, {t / n} tokens, {clock.Elapsed.TotalMicroseconds / n:F1} µs a line; valid utf8 check:");
    clock.Restart(); n = 0;
    while (clock.Elapsed.TotalSeconds < 2)
        foreach (var line in lines) { if (System.Text.Unicode.Utf8.IsValid(line)) n++; }
    Console.WriteLine($"{clock.Elapsed.TotalMicroseconds / n:F2} µs a line");
    return 0;
}
if (args.Contains("--wholeloop"))
{
    var engine = RulesKit.RulesKitEngine.FromEmbeddedCatalogs();
    var path = Path.Combine(Path.GetTempPath(), "ruleskit-wholeloop.jsonl");
    File.WriteAllLines(path, RulesKit.Testing.Generation.SyntheticReports.JsonLines(2000, 42));
    for (var round = 0; round < 25; round++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var n = RulesKit.Campaign.Batch.BatchEvaluator.EvaluateAsync(engine, RulesKit.Campaign.Batch.BatchEvaluator.InputsFrom(path), new RulesKit.Campaign.Batch.BatchOptions { Parallelism = 2 }).ToBlockingEnumerable().Count();
        Console.WriteLine($"{n} in {clock.Elapsed.TotalMilliseconds:F1} ms gc {GC.GetTotalPauseDuration().TotalMilliseconds:F0} cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0}");
    }
    return 0;
}
if (args.Contains("--parseloop"))
{
    // For a profiler: parse and check 2,000 generated UTF-8 lines over and over on one thread for 5 s.
    var engine = RulesKit.RulesKitEngine.FromEmbeddedCatalogs();
    var lines = RulesKit.Testing.Generation.SyntheticReports.JsonLines(2000, 42).Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
    var clock = System.Diagnostics.Stopwatch.StartNew();
    long n = 0;
    while (clock.Elapsed.TotalSeconds < 5)
        foreach (var line in lines)
            try { engine.ParseInput(line, "x"); n++; } catch (RulesKit.RulesKitInputException) { }
    Console.WriteLine($"{n} lines, {clock.Elapsed.TotalMicroseconds / n:F1} µs a line; GC pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}, allocated {GC.GetTotalAllocatedBytes() / n} B a line");
    return 0;
}
if (args.Contains("--split"))
{
    // Where a mix report's time and allocations go, for the clean reports (no subject some rule can match: no
    // session) and for those with a candidate (an NRules session each), on one thread.
    var engine = RulesKit.RulesKitEngine.FromEmbeddedCatalogs();
    var evaluator = engine.Evaluator;
    var workload = new RulesKit.Benchmarks.Baselines.Workload(engine, 2000, seed: 42, problems: 0);
    var found = workload.Reports.Where(r => HasCandidate(engine, r)).ToList();
    var clean = workload.Reports.Where(r => !HasCandidate(engine, r)).ToList();
    long kept = 0;
    var (ms, rounds) = TakeTurns(10, 2,
        () => { foreach (var r in clean) kept += engine.Evaluate(r).Determinations.Length; },
        () => { foreach (var r in found) kept += engine.Evaluate(r).Determinations.Length; });
    var (cleanTime, foundTime) = (ms[0] * 1000 / clean.Count, ms[1] * 1000 / found.Count);
    Console.WriteLine($"{clean.Count} clean reports {cleanTime / rounds:F2} µs each, {found.Count} with a candidate {foundTime / rounds:F2} µs each: " +
        $"{foundTime * found.Count / (cleanTime * clean.Count + foundTime * found.Count):P0} of the mix's time");
    var builder = new RulesKit.Results.ResultBuilder(engine.Catalogs);
    foreach (var (name, reports) in new[] { ("clean", clean), ("with a candidate", found) })
    {
        foreach (var r in reports) builder.Build(evaluator.Run(r, r.EvaluationDate)); // caches filled
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        foreach (var r in reports) kept += Screened(engine, r);
        var a1 = GC.GetAllocatedBytesForCurrentThread();
        var outcomes = reports.Select(r => evaluator.Run(r, r.EvaluationDate)).ToList();
        var a2 = GC.GetAllocatedBytesForCurrentThread();
        foreach (var o in outcomes) kept += builder.Build(o).Determinations.Length;
        var a3 = GC.GetAllocatedBytesForCurrentThread();
        var warned = outcomes.Count(o => !builder.Build(o).Diagnostics.IsEmpty);
        Console.WriteLine($"{name}: allocated a report: screen {(a1 - a0) / reports.Count} B, screen and session {(a2 - a1) / reports.Count} B (and the list of outcomes), result {(a3 - a2) / reports.Count} B; {warned} of {reports.Count} warn [{kept}]");
    }
    return 0;
}
if (args.Contains("--threads"))
{
    // Evaluate and the hand-written loops on one thread and on two, taking turns in one process (each pass over the
    // same 2,000 reports): how each scales when the other has just run, unlike BenchmarkDotNet's rows, each of which
    // keeps its own data in cache between iterations.
    var (engine, workload, hand) = Contenders(args.Contains("--worst"));
    var reports = workload.Reports;
    var half = reports.Count / 2;
    long Evaluate(int from, int to)
    {
        long n = 0;
        for (var i = from; i < to; i++)
            n += engine.Evaluate(reports[i]).Nonconformities.Length;
        return n;
    }
    long kept = 0;
    var (ms, rounds) = TakeTurns(14, 3,
        () => kept += Evaluate(0, reports.Count),
        () =>
        {
            var a = Task.Run(() => Evaluate(0, half));
            var b = Task.Run(() => Evaluate(half, reports.Count));
            kept += a.Result + b.Result;
        },
        () => kept += hand.Findings(0, reports.Count).Total,
        () =>
        {
            var c = Task.Run(() => hand.Findings(0, half).Total);
            var d = Task.Run(() => hand.Findings(half, reports.Count).Total);
            kept += c.Result + d.Result;
        });
    var (one, two, handOne, handTwo) = (ms[0], ms[1], ms[2], ms[3]);
    Console.WriteLine($"per pass of {reports.Count} reports ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC): Evaluate {one / rounds:F2} ms on 1 thread, {two / rounds:F2} on 2; " +
        $"hand-written {handOne / rounds:F2} and {handTwo / rounds:F2}; Evaluate / hand-written {one / handOne:F2} on 1 thread, {two / handTwo:F2} on 2 [{kept}]");
    return 0;
}
if (args.Contains("--evalloop"))
{
    // For a profiler: evaluate 2,000 parsed generated reports over and over on one thread for 5 s.
    var engine = RulesKit.RulesKitEngine.FromEmbeddedCatalogs();
    var reports = new List<RulesKit.Reports.Report>();
    var generated = args.Contains("--worst") ? RulesKit.Testing.Generation.SyntheticReports.WorstCaseJsonLines(2000, 42, 3) : RulesKit.Testing.Generation.SyntheticReports.JsonLines(2000, 42);
    foreach (var line in generated)
        try { reports.Add(engine.ParseReport(line, "x")); } catch (RulesKit.RulesKitInputException) { }
    if (args.Contains("--clean") || args.Contains("--found"))
        reports = reports.Where(r => HasCandidate(engine, r) == args.Contains("--found")).ToList();
    // The workload's shape: what the engine walks per report before NRules sees anything.
    var subjects = reports.Sum(r => r.Subjects.Count + r.Documents.Count);
    var attributes = reports.Sum(r => r.Subjects.Sum(s => s.Observed.Count + (s.Reported?.Count ?? 0)) + r.Documents.Sum(d => d.Original.Count + (d.Cited?.Count ?? 0)));
    var inserted = reports.Sum(r => Screened(engine, r));
    var screened = reports.Sum(r => engine.Evaluator.RuleSetFor(r.Industry, r.EvaluationDate).ScreensFor(r.Industry) is var screens
        ? r.Subjects.Count(s => screens.For(null, s.Kind).Items.Length > 0) + r.Documents.Count(d => screens.For(null, d.Kind).Items.Length > 0) : 0);
    Console.WriteLine($"{reports.Count} reports: {subjects / (double)reports.Count:F1} subjects and documents, {attributes / (double)reports.Count:F1} attribute values, {screened / (double)reports.Count:F1} of a kind some item meets, {inserted / (double)reports.Count:F2} inserted a report");
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    long n = 0;
    while (clock.Elapsed.TotalSeconds < (int.TryParse(Environment.GetEnvironmentVariable("RULESKIT_LOOP_SECONDS"), out var seconds) ? seconds : 5))
        foreach (var report in reports) { engine.Evaluate(report); n++; }
    // CPU time too: on a host that steals time, wall time swings by half between runs, CPU time less.
    cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
    Console.WriteLine($"{n} reports, {clock.Elapsed.TotalMicroseconds / n:F1} µs a report, {cpu.TotalMicroseconds / n:F1} µs CPU");
    return 0;
}
if (args.Contains("--screenloop"))
{
    // The screen against the hand-written loops over the same reports, alternating in one process for 12 s, so
    // that the host's swings hit both: what the engine spends before NRules, per report.
    var (engine, workload, hand) = Contenders(args.Contains("--worst"));
    long kept = 0;
    var (ms, rounds) = TakeTurns(12, 2,
        () => { foreach (var report in workload.Reports) kept += Screened(engine, report); },
        () => kept += hand.Findings(0, workload.Reports.Count).Total,
        () => { foreach (var report in workload.Reports) kept += engine.Evaluate(report).Nonconformities.Length; },
        () => { foreach (var evaluation in engine.EvaluateAll(workload.Reports)) kept += evaluation.Nonconformities.Length; });
    var (screen, handTime, evaluate, evaluateAll) = (ms[0] * 1000, ms[1] * 1000, ms[2] * 1000, ms[3] * 1000); // µs
    var n = (double)rounds * workload.Reports.Count;
    var a0 = GC.GetAllocatedBytesForCurrentThread();
    foreach (var report in workload.Reports)
        kept += Screened(engine, report);
    var a1 = GC.GetAllocatedBytesForCurrentThread();
    foreach (var report in workload.Reports)
        kept += engine.Evaluate(report).Nonconformities.Length;
    var a2 = GC.GetAllocatedBytesForCurrentThread();
    Console.WriteLine($"per report, one thread: hand-written {handTime / n:F2} µs, screen {screen / n:F2} µs ({screen / handTime:F1}×), Evaluate {evaluate / n:F2} µs ({evaluate / handTime:F1}×), EvaluateAll {evaluateAll / n:F2} µs ({evaluateAll / handTime:F1}×); allocated: screen {(a1 - a0) / workload.Reports.Count} B, Evaluate {(a2 - a1) / workload.Reports.Count} B [{kept}]");
    return 0;
}
if (args.Length == 3 && args[0] == "--worstlines")
{
    // A worst-case JSON Lines file (every report with problems of three criteria), for comparing builds' outputs.
    File.WriteAllLines(args[2], RulesKit.Testing.Generation.SyntheticReports.WorstCaseJsonLines(int.Parse(args[1]), 42, 3));
    return 0;
}
if (args.Contains("--schema"))
{
    var engine = RulesKit.RulesKitEngine.FromEmbeddedCatalogs();
    var workload = new RulesKit.Benchmarks.Baselines.Workload(engine, 200, seed: 42, problems: 3);
    foreach (var g in workload.Reports.GroupBy(r => engine.Evaluator.RuleSetFor(r.Industry, r.EvaluationDate)))
    {
        // One network per kind and one for the criteria: the type nodes a batch passes, per session.
        var nodes = g.Key.Pools.SelectMany(p => p.Factory.GetSchema().Nodes).ToList();
        Console.WriteLine($"{g.Count()} reports, {g.Key.Pools.Count()} networks: " + string.Join(", ", nodes.GroupBy(n => n.NodeType).Select(x => $"{x.Key} {x.Count()}")));
    }
    return 0;
}
if (args.Contains("--alternate"))
{
    RulesKit.Benchmarks.AlternatingRuns.Run(args.Contains("--worst"));
    return 0;
}
if (args.Contains("--phases"))
{
    RulesKit.Benchmarks.Phases.Run();
    return 0;
}
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

// A benchmark that throws must fail the run, so the dry run in CI catches a suite that rotted.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

// The engine over the embedded catalogs, 2,000 generated reports (the mix, or the worst case: problems of three
// criteria in every report) and the hand-written loops over the same reports, as the harnesses that take turns use them.
static (RulesKit.RulesKitEngine Engine, RulesKit.Benchmarks.Baselines.Workload Workload, RulesKit.Benchmarks.Baselines.HandWrittenEvaluator Hand) Contenders(bool worst)
{
    var engine = RulesKit.RulesKitEngine.FromEmbeddedCatalogs();
    var workload = new RulesKit.Benchmarks.Baselines.Workload(engine, 2000, seed: 42, problems: worst ? 3 : 0);
    return (engine, workload, new RulesKit.Benchmarks.Baselines.HandWrittenEvaluator(workload));
}

// How many subjects of the report the screen finds that some rule can match (their facts are built, as in an evaluation).
static int Screened(RulesKit.RulesKitEngine engine, RulesKit.Reports.Report report) =>
    engine.Evaluator.Candidates(engine.Evaluator.RuleSetFor(report.Industry, report.EvaluationDate), new RulesKit.Engine.Facts.FactBuilder(report, engine.CheckOf(report))).Count;

// Whether the report needs a session: the screen finds a subject some rule can match.
static bool HasCandidate(RulesKit.RulesKitEngine engine, RulesKit.Reports.Report report) => Screened(engine, report) > 0;

// Runs the passes one after another, round after round, for `seconds` (so that the host's swings hit them all alike);
// returns each pass's total milliseconds over the rounds after the first `warmup` seconds (tiering), and those rounds.
static (double[] Milliseconds, long Rounds) TakeTurns(double seconds, double warmup, params Action[] passes)
{
    var totals = new double[passes.Length];
    long rounds = 0;
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var marks = new long[passes.Length + 1];
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        marks[0] = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 0; i < passes.Length; i++)
        {
            passes[i]();
            marks[i + 1] = System.Diagnostics.Stopwatch.GetTimestamp();
        }
        if (clock.Elapsed.TotalSeconds > warmup)
        {
            for (var i = 0; i < passes.Length; i++)
                totals[i] += System.Diagnostics.Stopwatch.GetElapsedTime(marks[i], marks[i + 1]).TotalMilliseconds;
            rounds++;
        }
    }
    return (totals, rounds);
}
