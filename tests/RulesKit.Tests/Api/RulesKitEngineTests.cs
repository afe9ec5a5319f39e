using System.Collections.Concurrent;
using RulesKit.Explanation;

namespace RulesKit.Tests.Api;

public class RulesKitEngineTests
{
    [Fact]
    public void Evaluate_SharedBetweenThreads_SameResultsAsSequential()
    {
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        var reports = Directory.EnumerateFiles(TestData.ExamplesDirectory).Order(StringComparer.Ordinal).Select(engine.ReadReport).ToList();
        var sequential = reports.Select(r => ExplanationWriter.ToJson(engine.Evaluate(r))).ToList();

        var parallel = new ConcurrentDictionary<int, string>();
        Parallel.For(0, reports.Count * 20, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => parallel[i] = ExplanationWriter.ToJson(engine.Evaluate(reports[i % reports.Count])));

        for (var i = 0; i < reports.Count * 20; i++)
            parallel[i].Should().Be(sequential[i % reports.Count]);
    }

    [Fact]
    public void Evaluate_ConditionFailsAtRunTime_IssueNamesItemAndSubjectAndOthersGoOn()
    {
        var engine = TestData.EngineOf(("d.yaml", TestData.Determination), ("s.yaml", TestData.Standards("a / b > 1")));
        var report = TestData.Report("test", new DateOnly(2021, 1, 1),
        [
            new CheckedSubject { Id = "ZERO", Kind = "thing", Observed = TestData.Values(("a", 1m), ("b", 0m)) },
            new CheckedSubject { Id = "TWO", Kind = "thing", Observed = TestData.Values(("a", 4m), ("b", 2m)) },
        ]);

        var result = engine.Evaluate(report);

        var issue = result.Diagnostics.Should().ContainSingle(d => d.Code == "RK5004").Subject;
        issue.Severity.Should().Be(DiagnosticSeverity.Warning);
        issue.Message.Should().Be("the condition of item test.standard@1/I-1 failed on subject ZERO and counts as not applying: Attempted to divide by zero.");
        result.Nonconformities.Should().ContainSingle().Which.SubjectId.Should().Be("TWO");
        RulesKit.Explanation.ExplanationWriter.ToJson(engine.Evaluate(report)).Should().Be(RulesKit.Explanation.ExplanationWriter.ToJson(result), "a failure is handled the same way every time");
    }

    [Fact]
    public void EvaluateAll_YieldsOneResultPerReportInOrder()
    {
        var engine = TestData.Engine;
        var files = Directory.EnumerateFiles(TestData.ExamplesDirectory).Order(StringComparer.Ordinal).ToList();
        var results = engine.EvaluateAll(files.Select(engine.ReadReport)).ToList();
        results.Select(r => r.ReportId).Should().Equal(files.Select(f => engine.ReadReport(f).Id));
    }
}

public class ReloadTests
{
    [Fact]
    public void FromDirectory_BrokenCatalogs_EngineInServiceUntouched()
    {
        var inService = RulesKitEngine.FromDirectory(TestData.RulesDirectory);
        var report = inService.ReadReport(Path.Combine(TestData.ExamplesDirectory, "hazchem-c07-unresolved-hazard.false.yaml"));
        var before = RulesKit.Explanation.ExplanationWriter.ToJson(inService.Evaluate(report));

        var broken = Directory.CreateTempSubdirectory("ruleskit-broken-");
        try
        {
            TestData.CopyDirectory(TestData.RulesDirectory, broken.FullName);
            var file = Path.Combine(broken.FullName, "standards", "hazchem", "major-hazards@2017.yaml");
            File.WriteAllText(file, File.ReadAllText(file).Replace("when: \"major_hazard && mhi_grade <= 2 && !emergency_shutoff\"", "when: \"mhi_grade <= \""));

            var reload = () => RulesKitEngine.FromDirectory(broken.FullName);

            reload.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().ContainSingle(d => d.Source == Path.Combine(broken.FullName, "standards/hazchem/major-hazards@2017.yaml"));
            RulesKit.Explanation.ExplanationWriter.ToJson(inService.Evaluate(report)).Should().Be(before);
        }
        finally
        {
            broken.Delete(recursive: true);
        }
    }
}
