using RulesKit.Cli;

namespace RulesKit.Tests.Cli;

public class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Example(string name) => Path.Combine(TestData.ExamplesDirectory, name);

    [Fact]
    public void Evaluate_Example_PrintsVerdictAndExitsZero()
    {
        var (code, output, _) = Run("evaluate", Example("pipeline-c09-gathering-line-occupied.false.yaml"));
        code.Should().Be(0);
        output.Should().Contain("认定结论： 虚假").And.Contain("情形 9 [成立]");
    }

    [Fact]
    public void Evaluate_JsonEnglishAndCatalogFolder_Honoured()
    {
        var (code, output, _) = Run("evaluate", Example("pipeline-c09-gathering-line-occupied.false.yaml"), "--format", "json", "--catalogs", TestData.RulesDirectory);
        code.Should().Be(0);
        output.TrimStart().Should().StartWith("{");
        Run("evaluate", Example("pipeline-c09-gathering-line-occupied.false.yaml"), "--lang", "en").Out.Should().Contain("Verdict: false report (虚假)");
    }

    [Fact]
    public void Evaluate_BrokenReport_LocatedErrorExitTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ruleskit-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, File.ReadAllText(Example("pipeline-c09-gathering-line-occupied.false.yaml")).Replace("structures_within_5m: 3", "structures_within_5m: three"));
        try
        {
            var (code, output, error) = Run("evaluate", path);
            code.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().StartWith($"{path}:19:72:").And.Contain("expected a number");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("evaluate", "a.yaml", "--format", "xml")]
    [InlineData("evaluate", "a.yaml", "--as-of", "yesterday")]
    [InlineData("frobnicate")]
    [InlineData("evaluate", "a.yaml", "--bogus")]
    [InlineData("batch", "in", "--parallel", "two", "--out", "o")]
    public void Run_BadUsage_ExitTwoWithMessage(params string[] args)
    {
        var (code, _, error) = Run(args);
        code.Should().Be(2);
        error.Should().StartWith("ruleskit: ");
    }
}

public class BatchCommandTests
{
    [Fact]
    public void Batch_ExamplesFolder_WritesOneLinePerReportAndTheTables()
    {
        var outDir = Directory.CreateTempSubdirectory("ruleskit-batch-").FullName;
        try
        {
            var output = new StringWriter();
            var code = RulesKit.Cli.CommandLine.Run(["batch", TestData.ExamplesDirectory, "--out", outDir, "--parallel", "2", "--unit", "测试单位"], output, new StringWriter());

            code.Should().Be(0);
            var count = Directory.EnumerateFiles(TestData.ExamplesDirectory).Count();
            File.ReadAllLines(Path.Combine(outDir, "results.jsonl")).Should().HaveCount(count).And.OnlyContain(l => l.Contains("\"status\":\"ok\""));
            foreach (var name in new[] { "annex2-summary", "annex3-false-reports" })
            foreach (var ext in new[] { "csv", "md", "xlsx" })
                File.Exists(Path.Combine(outDir, $"{name}.{ext}")).Should().BeTrue($"{name}.{ext}");
            output.ToString().Should().StartWith($"in: {count}  out: {count}  evaluated: {count}  errors: 0");
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public void Generate_ThenBatch_EveryLineHasARecord()
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-gen-").FullName;
        try
        {
            var file = Path.Combine(dir, "reports.jsonl");
            RulesKit.Cli.CommandLine.Run(["generate", "--count", "300", "--seed", "9", "--out", file], new StringWriter(), new StringWriter()).Should().Be(0);
            RulesKit.Cli.CommandLine.Run(["batch", file, "--out", Path.Combine(dir, "out")], new StringWriter(), new StringWriter()).Should().Be(0);
            File.ReadAllLines(Path.Combine(dir, "out", "results.jsonl")).Should().HaveCount(300);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

public class ExpertCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (RulesKit.Cli.CommandLine.Run(args, output, error), output.ToString(), error.ToString());
    }

    private static string Scenarios => Path.Combine(TestData.RulesDirectory, "scenarios");

    private static string WriteScenario(string body)
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-scenario-").FullName;
        var path = Path.Combine(dir, "s.yaml");
        File.WriteAllText(path, body.Replace("EXAMPLES", TestData.ExamplesDirectory));
        return path;
    }

    [Fact]
    public void Test_ShippedSuite_PassesWithCoverageAboveNinety()
    {
        var (code, output, _) = Run("test", Scenarios, "--coverage", "--threshold", "90");
        code.Should().Be(0, output);
        output.TrimEnd().Split('\n')[^1].Should().MatchRegex(@"^\d+ passed, 0 failed$");
        output.Should().Contain("coverage: 100% of verified items exercised");
    }

    [Fact]
    public void Test_FailingExpectation_SaysWhatDifferedAndWhyExitOne()
    {
        var path = WriteScenario("""
            scenarios:
              - name: expects criterion 1 on a report that only meets 4 and 7
                given: { report: EXAMPLES/hazchem-c07-unresolved-hazard.false.yaml }
                expect:
                  lists:
                    henan.zhengzhou-annex4: { verdict: false_report, met: [1, 4, 7] }
                  nonconformities:
                    present: [hazchem.major-hazards/HC-04@TANK-1]
            """);
        var (code, output, _) = Run("test", path);
        code.Should().Be(1);
        output.Should().Contain("FAIL  expects criterion 1");
        output.Should().Contain("expected met [1, 4, 7], got [4, 7] — criterion 1: no nonconformity of its categories");
        output.Should().Contain("expected nonconformity hazchem.major-hazards/HC-04@TANK-1, not found; found hazchem.major-hazards@2017/HC-05.a@TANK-1");
        output.TrimEnd().Split('\n')[^1].Should().Be("0 passed, 1 failed");
    }

    [Fact]
    public void Test_CoverageBelowThreshold_ExitOne()
    {
        var (code, output, _) = Run("test", Path.Combine(Scenarios, "national-and-versions.yaml"), "--threshold", "90");
        code.Should().Be(1);
        output.Should().Contain("(threshold 90%: BELOW)");
    }

    [Theory]
    [InlineData("henan.zhengzhou-annex4: { met: [12] }", "the list has no criterion 12")]
    [InlineData("no.such.list: { met: [1] }", "unknown determination list 'no.such.list'")]
    public void Test_ExpectationNamingWhatDoesNotExist_ExitTwoNothingRun(string list, string message)
    {
        var path = WriteScenario($$"""
            scenarios:
              - name: fine
                given: { report: EXAMPLES/hazchem-c07-unresolved-hazard.false.yaml }
                expect: { lists: { henan.zhengzhou-annex4: { verdict: false_report } } }
              - name: bad
                given: { report: EXAMPLES/hazchem-c07-unresolved-hazard.false.yaml }
                expect:
                  lists:
                    {{list}}
            """);
        var (code, output, error) = Run("test", path);
        code.Should().Be(2);
        output.Should().BeEmpty("nothing runs half way");
        error.Should().Contain($"{path}:9:").And.Contain(message);
    }

    [Fact]
    public void Test_MissingReportOrFolder_ExitTwoWithLocation()
    {
        var path = WriteScenario("""
            scenarios:
              - name: missing report
                given: { report: no-such-report.yaml }
                expect: {}
            """);
        var (code, _, error) = Run("test", path);
        code.Should().Be(2);
        error.Should().Contain($"{path}:3:").And.Contain("given.report: file 'no-such-report.yaml' not found");
        Run("test", "/no/such/scenarios").Err.Should().Contain("scenario file or folder not found");
    }

    [Fact]
    public void Test_BrokenCatalogFolder_ExitTwo()
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-badcat-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "standards"));
        File.WriteAllText(Path.Combine(dir, "standards", "x.yaml"), "catalog: standards\nid: [\n");
        var (code, _, error) = Run("test", Scenarios, "--catalogs", dir);
        code.Should().Be(2);
        error.Should().Contain("standards/x.yaml:");
    }

    [Fact]
    public void Explain_CriterionAndItem_WhyAndWhyNot()
    {
        var report = Path.Combine(TestData.ExamplesDirectory, "hazchem-c07-no-knowledge-evidence.suspected.yaml");
        var (code, output, _) = Run("explain", report, "--criterion", "7");
        code.Should().Be(0);
        output.Should().Contain("criterion 7: Suspected").And.Contain("concealment: Indicated — concealment.no-knowledge-evidence");

        var why = Run("explain", report, "--criterion", "1").Out;
        why.Should().Contain("criterion 1: NotMet").And.Contain("no nonconformity of its categories (surroundings)");

        var item = Run("explain", report, "--item", "HC-05.b").Out;
        item.Should().Contain("TANK-1: observed unknown (missing toxic_or_liquefied_gas, independent_sis)");
        Run("explain", report, "--item", "HC-05.a").Out.Should().Contain("observed VIOLATES [mhi_grade=2, emergency_shutoff=false]; reported complies");
        Run("explain", report, "--criterion", "99").Code.Should().Be(2);
    }

    [Fact]
    public void Catalog_ShowDiffValidate()
    {
        Run("catalog", "show", "mining.major-hazards@2017").Out.Should().Contain("OP17-09").And.Contain("UNVERIFIED");
        var diff = Run("catalog", "diff", "mining.major-hazards@2017", "mining.major-hazards@2022").Out;
        diff.Should().Contain("+ MU-01.1a").And.Contain("- OP17-09");
        Run("catalog", "diff", "cross.gb50160@1999", "cross.gb50160@2008").Out.Should().Contain("+ GB50160-2008-4.1.9");
        Run("catalog", "validate", TestData.RulesDirectory).Out.Should().StartWith("ok: ");
        Run("catalog", "show", "no.such@1").Code.Should().Be(2);
    }

    [Fact]
    public void New_ReportAndScenarioTemplates_ParseOnceFilledIn()
    {
        var report = Run("new", "report", "--industry", "pipeline").Out;
        report.Should().Contain("kind: pipeline_segment").And.Contain("personnel_dense_hca: true");
        var parsed = TestData.Engine.ParseReport(report, "new.yaml");
        parsed.Subjects.Select(s => s.Kind).Should().Contain(["pipeline_segment", "pipeline_nearby_work"]);
        parsed.Subjects.Should().OnlyContain(s => s.Reported == null && s.Observed.Count > 0);

        var scenario = Run("new", "scenario").Out;
        var path = Path.Combine(TestData.RulesDirectory, "scenarios", $"new-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, scenario);
            var (code, output, _) = Run("test", path);
            code.Should().Be(0, output);
        }
        finally
        {
            File.Delete(path);
        }
        Run("new", "report", "--industry", "bakery").Err.Should().Contain("no catalog is written for industry 'bakery'");
    }
}
