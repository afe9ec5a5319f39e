using BenchmarkDotNet.Attributes;
using RulesKit.Reports;
using RulesKit.Testing.Generation;

namespace RulesKit.Benchmarks;

/// <summary>
/// What a JSON Lines batch spends per line on one thread: parsing and checking the line (the fast path) next to
/// evaluating the report it gives (the baseline), over the same 1,000 generated lines. The whole-path gap of
/// <see cref="BatchBenchmarks"/> is mostly this ratio.
/// </summary>
[MemoryDiagnoser]
public class JsonLineBenchmarks
{
    private RulesKitEngine _engine = null!;
    private string[] _lines = null!;
    private byte[][] _utf8 = null!;
    private Report[] _reports = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = RulesKitEngine.FromEmbeddedCatalogs();
        var lines = new List<string>();
        var reports = new List<Report>();
        foreach (var line in SyntheticReports.JsonLines(1000, 42))
        {
            try
            {
                // Read through ParseReport, the reports are known checked: evaluating them checks nothing again.
                reports.Add(_engine.ParseReport(line, "x"));
                lines.Add(line);
            }
            catch (RulesKitInputException)
            {
                // the generator's deliberately broken lines take the located path; not what is measured here
            }
        }
        (_lines, _reports) = ([.. lines], [.. reports]);
        _utf8 = [.. _lines.Select(System.Text.Encoding.UTF8.GetBytes)];
        foreach (var report in _reports)
            _engine.Evaluate(report); // rule sets compiled, outside the measurement
    }

    [Benchmark(Description = "parse and check 1,000 JSON lines")]
    public int Parse()
    {
        var n = 0;
        foreach (var line in _lines)
            n += _engine.ParseInput(line, "x").Report!.Subjects.Count;
        return n;
    }

    [Benchmark(Description = "parse and check 1,000 JSON lines as UTF-8 bytes")]
    public int ParseUtf8()
    {
        var n = 0;
        foreach (var line in _utf8)
            n += _engine.ParseInput(line, "x").Report!.Subjects.Count;
        return n;
    }

    [Benchmark(Baseline = true, Description = "evaluate the 1,000 reports")]
    public int Evaluate()
    {
        var n = 0;
        foreach (var report in _reports)
            n += _engine.Evaluate(report).Nonconformities.Length;
        return n;
    }
}
