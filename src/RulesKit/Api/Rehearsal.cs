using System.Text;
using RulesKit.Catalogs;
using RulesKit.Engine;
using RulesKit.Engine.Compilation;
using RulesKit.Engine.Conditions;
using RulesKit.Explanation;
using RulesKit.Input;
using RulesKit.Reports;
using RulesKit.Results;

namespace RulesKit;

/// <summary>
/// A fresh process's first evaluation, rehearsed on a spare core while the real catalogs load: the compilers'
/// first run (<see cref="ColdStart"/>), then a one-item catalog set loaded, a one-subject report read from YAML
/// and checked, decided, built into a result and written as text, and last DynamicExpresso's first parse (needed
/// only when the condition trees are not stored). Most of a first evaluation is code running for the first time,
/// and none of this waits for the real catalogs. Nothing is kept, no telemetry is recorded (the engine's parts are
/// used, not the facade), and a failure only means no head start.
/// </summary>
internal static class Rehearsal
{
    private static readonly Lazy<Task> Started = new(() => Task.Run(Run));

    /// <summary>Starts the rehearsal once per process; returns at once.</summary>
    public static void Begin() => _ = Started.Value;

    /// <summary>The rehearsal itself: true when the compilers' run and the evaluation both did what they should (a test keeps it so).</summary>
    internal static bool Run()
    {
        // What the main thread meets first goes first: the instruments it creates with the engine (their types
        // loaded, the shared meter made: nothing is recorded), then the YAML reader, since with the catalog cache
        // the main thread's first YAML is the report, read right after the catalogs load and before it needs the
        // compilers. Then the compilers; the rehearsal's condition goes the stored-tree way, as a fresh process's
        // do with the cache.
        _ = new Telemetry(null);
        var document = DocumentReader.Read(ReportText, "rehearsal.yaml");
        var trees = ConditionTreeStore.InMemory();
        var compilers = ColdStart.Run(trees, $"rehearsal.standard@1/{ColdStart.Kind}");
        try
        {
            var set = CatalogLoader.Load([File("standards/rehearsal.yaml", Standards), File("determination/rehearsal.yaml", Determination)], "rehearsal");
            var evaluator = new Evaluator(new CompiledCatalogs(set, FastCompiler.Instance.Compile, trees: trees), FastCompiler.Instance);
            var report = ReportReader.Read(document, set);
            var evaluation = new ResultBuilder(set).Build(evaluator.Run(report, report.EvaluationDate));
            var text = ExplanationWriter.ToText(evaluation, Language.Chinese);
            var parser = ColdStart.WarmParser();
            return compilers && trees.Misses == 0 && evaluation.Nonconformities.Length == 1 && text.Length > 0 && parser;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static CatalogFile File(string name, string text) => new(name, name, Encoding.UTF8.GetBytes(text));

    private const string ReportText = """
        id: rehearsal
        title: rehearsal
        reportType: 现状评价
        purpose: licence
        industry: hazchem
        agency: rehearsal
        enterprise: rehearsal
        county: rehearsal
        evaluationDate: 2021-03-01
        conclusion: { text: 具备安全生产条件, favourable: true }
        subjects:
          - { id: S1, kind: rehearsal_thing, observed: { x: 2 }, reported: { x: 0 } }
        evidence:
          - { id: E1, source: agency_survey, description: rehearsal, concerns: [S1] }
        """;

    private const string Standards = """
        catalog: standards
        id: rehearsal.standard
        version: "1"
        title: rehearsal
        document: rehearsal
        jurisdiction: rehearsal
        industries: [hazchem]
        source: rehearsal
        kinds:
          rehearsal_thing:
            attributes:
              x: { type: number }
        items:
          - id: I-1
            clause: "1"
            text: rehearsal
            source: rehearsal
            confidence: official
            veto: true
            categories: [cat]
            kind: rehearsal_thing
            when: "x > 1 && x < 3"
        """;

    private const string Determination = """
        catalog: determination
        id: rehearsal.list
        version: "1"
        title: rehearsal
        document: rehearsal
        jurisdiction: rehearsal
        industries: ["*"]
        source: rehearsal
        classes:
          - { id: bad, name: 虚假, nameEn: false report, severity: 1 }
        categories:
          - { id: cat, title: rehearsal }
        criteria:
          - id: "1"
            number: 1
            text: rehearsal
            citation: rehearsal
            class: bad
            categories: [cat]
            requires: [objective, concealment, materiality]
            reading: rehearsal
        """;
}
