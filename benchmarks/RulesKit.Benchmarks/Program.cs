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
    var engine = RulesKit.RulesKitEngine.FromEmbeddedCatalogs();
    var lines = RulesKit.Testing.Generation.SyntheticReports.JsonLines(2000, 42).ToArray();
    var options = new System.Text.Json.JsonSerializerOptions { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow, RespectNullableAnnotations = true, AllowDuplicateProperties = false };
    for (var round = 0; round < 5; round++)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        foreach (var line in lines) { try { System.Text.Json.JsonSerializer.Deserialize<RulesKit.Reports.Report>(line, options); } catch { } }
        var de = sw.Elapsed.TotalMicroseconds / lines.Length; sw.Restart();
        foreach (var line in lines) RulesKit.Reports.FastJsonReports.TryRead(line, "x", engine.Catalogs);
        var fast = sw.Elapsed.TotalMicroseconds / lines.Length; sw.Restart();
        var reports = new List<RulesKit.Reports.Report>();
        foreach (var line in lines) { try { if (engine.ParseReportOrRecord(line, "x") is RulesKit.Reports.Report r) reports.Add(r); } catch { } }
        var parse = sw.Elapsed.TotalMicroseconds / lines.Length; sw.Restart();
        foreach (var r in reports) engine.Evaluate(r);
        var eval = sw.Elapsed.TotalMicroseconds / lines.Length; sw.Restart();
        var broken = lines.Where(l => RulesKit.Reports.FastJsonReports.TryRead(l, "x", engine.Catalogs) is null).ToArray();
        sw.Restart();
        foreach (var line in broken) { try { engine.ParseReportOrRecord(line, "x"); } catch (Exception e) { if (round == 4 && line == broken[0]) Console.WriteLine(e.Message[..Math.Min(300, e.Message.Length)]); } }
        Console.WriteLine($"{broken.Length} broken lines, {sw.Elapsed.TotalMilliseconds / Math.Max(1, broken.Length):F2} ms each");
        Console.WriteLine($"deserialize {de:F1} µs, TryRead {fast:F1} µs, ParseReportOrRecord {parse:F1} µs, evaluate {eval:F1} µs");
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
