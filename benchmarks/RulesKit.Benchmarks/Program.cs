using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project benchmarks/RulesKit.Benchmarks -- --filter '*'
// Dry (CI):  dotnet run -c Release --project benchmarks/RulesKit.Benchmarks -- --filter '*' --job Dry
if (args.Contains("--startup"))
{
    var sw = System.Diagnostics.Stopwatch.StartNew();
    var set = RulesKit.Catalogs.CatalogLoader.Load(RulesKit.Catalogs.CatalogFile.Embedded(), "rules/");
    var load = sw.Elapsed.TotalMilliseconds;
    var compiled = new RulesKit.Engine.Compilation.CompiledCatalogs(set, RulesKit.Engine.Compilation.FastCompiler.Instance.Compile);
    var check = sw.Elapsed.TotalMilliseconds - load;
    var evaluator = new RulesKit.Engine.Evaluator(compiled, RulesKit.Engine.Compilation.FastCompiler.Instance);
    evaluator.RuleSetFor("hazchem", new DateOnly(2021, 3, 15));
    var ruleSet = sw.Elapsed.TotalMilliseconds - load - check;
    Console.WriteLine($"load+validate {load:F0} ms, conditions {check:F0} ms, one rule set {ruleSet:F0} ms");
    var all = System.Diagnostics.Stopwatch.StartNew();
    foreach (var industry in set.Vocabulary.Industries.Select(i => i.Key).Concat(set.Vocabulary.Parties.Select(p => p.Key)))
        for (var day = new DateOnly(2019, 5, 1); day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
            evaluator.RuleSetFor(industry, day);
    Console.WriteLine($"every industry and day: {evaluator.RuleSetCount} rule sets in {all.Elapsed.TotalMilliseconds:F0} ms");
    return 0;
}
if (args.Contains("--fastjson"))
{
    var engine = RulesKit.RulesKitEngine.FromEmbeddedCatalogs();
    int ok = 0, fallback = 0;
    string? firstError = null;
    foreach (var line in RulesKit.Testing.Generation.SyntheticReports.JsonLines(500, 7))
    {
        try
        {
            var options = new System.Text.Json.JsonSerializerOptions { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow, RespectNullableAnnotations = true, AllowDuplicateProperties = false };
            System.Text.Json.JsonSerializer.Deserialize<RulesKit.Reports.Report>(line, options);
            if (RulesKit.Reports.FastJsonReports.TryRead(line, "x", engine.Catalogs) is null) { fallback++; firstError ??= "validate: " + line[..Math.Min(200, line.Length)]; } else ok++;
        }
        catch (Exception e) { fallback++; firstError ??= e.GetType().Name + ": " + e.Message; }
    }
    Console.WriteLine($"fast {ok}, fallback {fallback}; first: {firstError}");
    return 0;
}
if (args.Contains("--parsetime"))
{
    // One thread, 2,000 generated lines, five rounds, each line parsed and evaluated at once as a batch does:
    // what a line costs to parse and check, next to its evaluation.
    var engine = RulesKit.RulesKitEngine.FromEmbeddedCatalogs();
    var lines = RulesKit.Testing.Generation.SyntheticReports.JsonLines(2000, 42).ToArray();
    for (var round = 0; round < 5; round++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan parse = default, evaluate = default;
        var evaluated = 0;
        foreach (var line in lines)
        {
            var start = clock.Elapsed;
            RulesKit.Reports.Report report;
            try
            {
                report = (RulesKit.Reports.Report)engine.ParseReportOrRecord(line, "x");
            }
            catch (RulesKit.RulesKitInputException)
            {
                continue; // one of the generator's broken lines
            }
            var read = clock.Elapsed;
            engine.Evaluate(report);
            parse += read - start;
            evaluate += clock.Elapsed - read;
            evaluated++;
        }
        Console.WriteLine($"{evaluated} lines: parse and check {parse.TotalMicroseconds / evaluated:F1} µs, evaluate {evaluate.TotalMicroseconds / evaluated:F1} µs a line");
    }
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
