using BenchmarkDotNet.Attributes;
using RulesKit.Reports;

namespace RulesKit.Benchmarks;

/// <summary>
/// The costs a user meets first: loading and compiling the shipped catalogs, and one report evaluated
/// on a warm engine. Evaluation is compared with reading the same report (the baseline: parsing only).
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private RulesKitEngine _engine = null!;
    private Report _report = null!;
    private string _reportText = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = RulesKitEngine.FromEmbeddedCatalogs();
        var path = Path.Combine(FindRules(), "examples", "metallurgy-c02-rest-room-in-crane-span.false.yaml");
        _reportText = File.ReadAllText(path);
        _report = _engine.ParseReport(_reportText, path);
        _engine.Evaluate(_report); // compile the rule set for this industry and date once
    }

    [Benchmark]
    public int LoadEmbeddedCatalogs() => RulesKitEngine.FromEmbeddedCatalogs().Catalogs.Catalogs.Length;

    [Benchmark]
    public int LoadAndCompileForOneIndustry()
    {
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        return engine.Evaluate(_report).Nonconformities.Length;
    }

    [Benchmark(Baseline = true)]
    public string ParseReport() => _engine.ParseReport(_reportText, "r.yaml").Id;

    [Benchmark]
    public int EvaluateWarm() => _engine.Evaluate(_report).Nonconformities.Length;

    private static string FindRules()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "rules", "examples")))
            dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("rules/ not found"), "rules");
    }
}
