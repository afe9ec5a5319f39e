using RulesKit.Catalogs;
using RulesKit.Engine;
using RulesKit.Engine.Compilation;
using RulesKit.Explanation;
using RulesKit.Input;
using RulesKit.Reports;
using RulesKit.Results;

namespace RulesKit;

/// <summary>
/// A fresh process's first evaluation, rehearsed once on a spare core while the real catalogs load: a one-item
/// catalog set (Api/ProcessWarmUp/*.yaml, embedded) loaded, a one-subject report read and checked, decided by NRules,
/// built into a result and written as text. Most of a first evaluation is code running for the first time (the
/// YAML reader, DynamicExpresso, FastExpressionCompiler, NRules), and none of it needs the real catalogs: measured
/// with and without it, a fresh <c>ruleskit evaluate</c> took 0.29 against 0.42 s (benchmarks/README.md). Nothing is
/// kept, no telemetry is recorded (the engine's parts are used, not the facade), and a failure only means no head start.
/// </summary>
internal static class ProcessWarmUp
{
    private static readonly Lazy<Task> Started = new(() => Task.Run(Run));

    /// <summary>Starts the warm-up once per process; returns at once.</summary>
    public static void Begin() => _ = Started.Value;

    /// <summary>The warm-up itself: true when the report came out with its one finding, written (a test keeps it so).</summary>
    internal static bool Run()
    {
        try
        {
            // What the main thread meets first goes first: the instruments it creates with the engine, then the
            // YAML reader (with the catalog cache the main thread's first YAML is the report).
            _ = new Telemetry(null);
            var document = DocumentReader.Read(Text("report.yaml"), "warm-up/report.yaml");
            var set = CatalogLoader.Load([File("standards/warm-up.yaml", "standard.yaml"), File("determination/warm-up.yaml", "list.yaml")], "warm-up");
            var evaluator = new Evaluator(new CompiledCatalogs(set, FastCompiler.Instance.Compile), FastCompiler.Instance);
            var report = ReportReader.Read(document, set);
            var evaluation = new ResultBuilder(set).Build(evaluator.Run(report.Report, report.Report.EvaluationDate, report));
            return evaluation.Nonconformities.Length == 1 && ExplanationWriter.ToText(evaluation, Language.Chinese).Length > 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static CatalogFile File(string name, string resource) => new(name, name, Bytes(resource));

    private static string Text(string resource) => System.Text.Encoding.UTF8.GetString(Bytes(resource));

    private static byte[] Bytes(string resource)
    {
        using var stream = typeof(ProcessWarmUp).Assembly.GetManifestResourceStream("warm-up/" + resource)
            ?? throw new InvalidOperationException($"warm-up resource {resource} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
