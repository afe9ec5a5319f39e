using RulesKit.Cli;

namespace RulesKit.Tests.Cli;

internal static class Tool
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static string Example(string name) => Path.Combine(TestData.ExamplesDirectory, name);
}

public class CommandLineTests
{
    [Fact]
    public void Evaluate_Example_PrintsVerdictAndExitsZero()
    {
        var (code, output, _) = Tool.Run("evaluate", Tool.Example("pipeline-c09-gathering-line-occupied.false.yaml"));
        code.Should().Be(0);
        output.Should().Contain("认定结论： 虚假").And.Contain("情形 9 [成立]");
    }

    [Fact]
    public void Evaluate_JsonEnglishAndCatalogFolder_Honoured()
    {
        var (code, output, _) = Tool.Run("evaluate", Tool.Example("pipeline-c09-gathering-line-occupied.false.yaml"), "--format", "json", "--catalogs", TestData.RulesDirectory);
        code.Should().Be(0);
        output.TrimStart().Should().StartWith("{");
        Tool.Run("evaluate", Tool.Example("pipeline-c09-gathering-line-occupied.false.yaml"), "--lang", "en").Out.Should().Contain("Verdict: false report (虚假)");
    }

    [Fact]
    public void Evaluate_BrokenReport_LocatedErrorInTheUsersLanguage()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ruleskit-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, File.ReadAllText(Tool.Example("pipeline-c09-gathering-line-occupied.false.yaml")).Replace("structures_within_5m: 3", "structures_within_5m: three"));
        try
        {
            var (code, output, error) = Tool.Run("evaluate", path);
            code.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().StartWith($"{path}:19:72: 错误 RK2104: ").And.Contain("应为数字");
            Tool.Run("evaluate", path, "--lang", "en").Err.Should().StartWith($"{path}:19:72: error RK2104: ").And.Contain("expected a number");
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
    [InlineData("evaluate", "a.yaml", "--lang", "fr")]
    public void Run_BadUsage_ExitTwoWithMessage(params string[] args)
    {
        var (code, _, error) = Tool.Run(args);
        code.Should().Be(2);
        error.Should().StartWith("ruleskit: ");
    }

    [Fact]
    public void Run_ImpossibleDate_SaysTheDayDoesNotExist()
    {
        var (code, _, error) = Tool.Run("evaluate", "a.yaml", "--as-of", "2024-02-30", "--lang", "en");
        code.Should().Be(2);
        error.Should().Contain("--as-of: 2024-02-30 is not a date that exists");
        Tool.Run("evaluate", "a.yaml", "--as-of", "2024-02-30").Err.Should().Contain("不是存在的日期");
    }

    [Fact]
    public void Help_OneSourceForEveryCommand()
    {
        var (code, output, _) = Tool.Run("--help");
        code.Should().Be(0);
        output.Should().Contain("evaluate").And.Contain("batch").And.Contain("catalog").And.Contain("--lang");
        Tool.Run("evaluate", "--help").Out.Should().Contain("--as-of").And.Contain("--format");
    }

    [Fact]
    public void Help_ChineseByDefault_CommandsInTheirGroups()
    {
        var chinese = Tool.Run("--help").Out;
        chinese.Should().Contain("报告与检查记录：").And.Contain("专家工作：").And.Contain("一份报告的认定结论及理由");
        chinese.IndexOf("evaluate", StringComparison.Ordinal).Should().BeLessThan(chinese.IndexOf("batch", StringComparison.Ordinal));
        chinese.IndexOf("batch", StringComparison.Ordinal).Should().BeLessThan(chinese.IndexOf("test", StringComparison.Ordinal));
        Tool.Run("--help", "--lang", "en").Out.Should().Contain("reports and inspection records:").And.Contain("verdicts with explanations for one report");
        var evaluate = Tool.Run("evaluate", "--help");
        evaluate.Code.Should().Be(0, "help for a command given without its report is still help");
        evaluate.Out.Should().StartWith("用法：ruleskit evaluate <report> [选项]").And.Contain("参数：").And.Contain("选项：");
    }

    [Fact]
    public void Evaluate_InspectionRecord_SaysSoAndNamesInspect()
    {
        var record = Path.Combine(TestData.ExamplesDirectory, "inspections", "agency-all-points.found.yaml");
        var (code, output, error) = Tool.Run("evaluate", record, "--lang", "en");
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("is an inspection record").And.Contain($"ruleskit inspect {record}").And.NotContain("RK2");
    }

    [Fact]
    public void Root_CommandNamedFirst_OnlyThatCommandBuiltAndTheSameAsInTheWholeTree()
    {
        var cli = new CliContext(TextWriter.Null, TextWriter.Null, Language.English);
        var whole = cli.Root().Subcommands.ToList();
        whole.Select(c => c.Name).Should().Contain(["evaluate", "inspect", "batch", "campaign", "generate", "explain", "test", "catalog", "new"]);
        foreach (var command in whole)
        {
            var alone = cli.Root(command.Name).Subcommands;
            alone.Select(c => c.Name).Should().Equal([command.Name]);
            Shape(alone.Single()).Should().Equal(Shape(command), $"'{command.Name}' is built the same way alone");
        }
        cli.Root("frobnicate").Subcommands.Should().HaveCount(whole.Count);
        cli.Root("--lang").Subcommands.Should().HaveCount(whole.Count);
    }

    [Theory]
    [InlineData("/r", null, "/home/u", "/r")]
    [InlineData("", "/x", "/home/u", null)]
    [InlineData(null, "/x", "/home/u", "/x/ruleskit")]
    [InlineData(null, "", "/home/u", "/home/u/.cache/ruleskit")]
    [InlineData(null, null, "", null)]
    public void CacheDirectory_Environment_RulesKitCacheThenXdgThenHome(string? named, string? xdg, string home, string? expected)
    {
        if (OperatingSystem.IsWindows())
            return; // there the user's folder comes from the system
        var environment = new Dictionary<string, string?> { ["RULESKIT_CACHE"] = named, ["XDG_CACHE_HOME"] = xdg, ["HOME"] = home };

        CliContext.CacheDirectory(name => environment[name]).Should().Be(expected?.Replace('/', Path.DirectorySeparatorChar));
    }

    [Fact]
    public void Evaluate_TwiceWithTheCache_SameOutput()
    {
        // The first run may write the cache, the second reads it; the verdict and explanation must not change.
        var report = Tool.Example("hazchem-c07-unresolved-hazard.false.yaml");
        var first = Tool.Run("evaluate", report, "--format", "json");
        var second = Tool.Run("evaluate", report, "--format", "json");

        first.Code.Should().Be(0);
        second.Should().Be(first);
        Directory.EnumerateFiles(CliContext.CacheDirectory()!, "catalogs-*.bin").Should().NotBeEmpty();
    }

    // A command's subcommands, options and arguments by name, depth first.
    private static IEnumerable<string> Shape(System.CommandLine.Command command) =>
        command.Options.Select(o => $"{command.Name} {o.Name}")
            .Concat(command.Arguments.Select(a => $"{command.Name} <{a.Name}>"))
            .Concat(command.Subcommands.SelectMany(Shape));
}

public class BatchCommandTests
{
    [Fact]
    public void Batch_ExamplesFolder_WritesOneLinePerReportAndTheTables()
    {
        var outDir = Directory.CreateTempSubdirectory("ruleskit-batch-").FullName;
        try
        {
            var (code, output, _) = Tool.Run("batch", TestData.ExamplesDirectory, "--out", outDir, "--parallel", "2", "--unit", "测试单位");

            code.Should().Be(0);
            var count = Directory.EnumerateFiles(TestData.ExamplesDirectory, "*", SearchOption.AllDirectories).Count();
            File.ReadAllLines(Path.Combine(outDir, "results.jsonl")).Should().HaveCount(count).And.OnlyContain(l => l.Contains("\"status\":\"ok\""));
            foreach (var name in new[] { "annex2-summary", "annex3-false-reports" })
            foreach (var ext in new[] { "csv", "md", "xlsx" })
                File.Exists(Path.Combine(outDir, $"{name}.{ext}")).Should().BeTrue($"{name}.{ext}");
            output.Should().StartWith($"in: {count}  out: {count}  evaluated: {count}  errors: 0  incomplete: ");
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
            Tool.Run("generate", "--count", "300", "--seed", "9", "--out", file).Code.Should().Be(0);
            Tool.Run("batch", file, "--out", Path.Combine(dir, "out")).Code.Should().Be(0);
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
        var (code, output, error) = Tool.Run("test", Scenarios, "--coverage", "--threshold", "90");
        code.Should().Be(0, output + error);
        output.TrimEnd().Split('\n')[^1].Should().MatchRegex(@"^\d+ passed, 0 failed$");
        output.Should().MatchRegex(@"coverage: (9\d|100)(\.\d)?% of the items that can decide");
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
        var (code, output, _) = Tool.Run("test", path);
        code.Should().Be(1);
        output.Should().Contain("FAIL  expects criterion 1");
        output.Should().Contain("expected met [1, 4, 7], got [4, 7] — criterion 1: no nonconformity of its categories");
        output.Should().Contain("expected nonconformity hazchem.major-hazards/HC-04@TANK-1, not found; found hazchem.major-hazards@2017/HC-05.a@TANK-1");
        output.TrimEnd().Split('\n')[^1].Should().Be("0 passed, 1 failed");
    }

    [Fact]
    public void Test_CoverageBelowThreshold_ExitOne()
    {
        var (code, output, _) = Tool.Run("test", Path.Combine(Scenarios, "national-and-versions.yaml"), "--threshold", "90");
        code.Should().Be(1);
        output.Should().Contain("(threshold 90%: BELOW)");
    }

    [Theory]
    [InlineData("henan.zhengzhou-annex4: { met: [12] }", "RK6006", "the list has no criterion 12")]
    [InlineData("no.such.list: { met: [1] }", "RK6005", "unknown determination list 'no.such.list'")]
    public void Test_ExpectationNamingWhatDoesNotExist_ExitTwoNothingRun(string list, string code, string message)
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
        var (exit, output, error) = Tool.Run("test", path, "--lang", "en");
        exit.Should().Be(2);
        output.Should().BeEmpty("nothing runs half way");
        error.Should().Contain($"{path}:9:").And.Contain(code).And.Contain(message);
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
        var (code, _, error) = Tool.Run("test", path, "--lang", "en");
        code.Should().Be(2);
        error.Should().Contain($"{path}:3:").And.Contain("given.report: file 'no-such-report.yaml' not found");
        Tool.Run("test", "/no/such/scenarios").Err.Should().Contain("RK6001").And.Contain("找不到场景文件或文件夹");
    }

    [Fact]
    public void Test_BrokenCatalogFolder_ExitTwo()
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-badcat-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "standards"));
        File.WriteAllText(Path.Combine(dir, "standards", "x.yaml"), "catalog: standards\nid: [\n");
        var (code, _, error) = Tool.Run("test", Scenarios, "--catalogs", dir);
        code.Should().Be(2);
        error.Should().Contain(Path.Combine(dir, "standards/x.yaml") + ":");
    }

    [Fact]
    public void Explain_CriterionAndItem_WhyAndWhyNotInBothLanguages()
    {
        var report = Tool.Example("hazchem-c07-no-knowledge-evidence.suspected.yaml");
        var (code, output, _) = Tool.Run("explain", report, "--criterion", "7", "--lang", "en");
        code.Should().Be(0);
        output.Should().Contain("Criterion 7: suspected").And.Contain("Concealment: indicated only — misstated or omitted, but no evidence that the agency knew");
        output.Should().NotContain("NotMet").And.NotContain("concealment.no-knowledge-evidence");
        Tool.Run("explain", report, "--criterion", "7").Out.Should().Contain("情形 7: 存疑").And.Contain("故意隐瞒: 仅有迹象");

        var why = Tool.Run("explain", report, "--criterion", "1", "--lang", "en").Out;
        why.Should().Contain("Criterion 1: not met").And.Contain("Categories counted: surroundings").And.Contain("Items in force:");

        var item = Tool.Run("explain", report, "--item", "HC-05.b", "--lang", "en").Out;
        item.Should().Contain("TANK-1: Observed: unknown (missing toxic_or_liquefied_gas, independent_sis)");
        Tool.Run("explain", report, "--item", "HC-05.a", "--lang", "en").Out.Should().Contain("Observed: VIOLATES [mhi_grade=2, emergency_shutoff=false]; Reported: complies");
        Tool.Run("explain", report, "--criterion", "99").Code.Should().Be(2);
    }

    [Fact]
    public void Inspect_AgencyRecordWithItsReports_EveryPointFound()
    {
        var record = Path.Combine(TestData.ExamplesDirectory, "inspections", "agency-all-points.found.yaml");

        var (code, output, _) = Tool.Run("inspect", record, "--reports", TestData.ExamplesDirectory, "--lang", "en");
        var (_, without, _) = Tool.Run("inspect", record, "--lang", "en");
        var (whyCode, why, _) = Tool.Run("explain", record, "--criterion", "1", "--reports", TestData.ExamplesDirectory, "--lang", "en");

        code.Should().Be(0);
        output.Should().StartWith("Inspection record INS-AG-1").And.Contain("Criteria met: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11");
        without.Should().Contain("RK5007").And.Contain("Incomplete");
        whyCode.Should().Be(0);
        why.Should().Contain("Criterion 1: met").And.Contain("report:EX-HC-01");
    }

    [Fact]
    public void Catalog_ShowDiffValidate()
    {
        Tool.Run("catalog", "show", "mining.major-hazards@2017").Out.Should().Contain("OP17-09").And.Contain("transcription").And.Contain("taowenge.com");
        var diff = Tool.Run("catalog", "diff", "mining.major-hazards@2017", "mining.major-hazards@2022").Out;
        diff.Should().Contain("+ item MU-01.1a").And.Contain("- item OP17-09").And.Contain("~ header  effectiveFrom:");
        Tool.Run("catalog", "diff", "cross.gb50160@1999", "cross.gb50160@2008").Out.Should().Contain("+ item GB50160-2008-4.1.9");
        Tool.Run("catalog", "validate", TestData.RulesDirectory).Out.Should().StartWith("ok: ");
        Tool.Run("catalog", "show", "no.such@1").Code.Should().Be(2);
    }

    [Fact]
    public void Catalog_ValidateTheWrongFolder_ErrorNotOk()
    {
        var (code, output, error) = Tool.Run("catalog", "validate", Path.Combine(TestData.RulesDirectory, "standards"));
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("RK3002");
    }

    [Fact]
    public void Catalog_ShowKinds_AttributesWithTypesUnitsAndValues()
    {
        var output = Tool.Run("catalog", "show", "--kinds").Out;
        output.Should().Contain("highway_distance").And.Contain("distance_m").And.Contain("number (m)").And.Contain("enum: land_edge | bridge_or_ferry | tunnel");
        Tool.Run("catalog", "show", "cross.highway-protection", "--kinds").Out.Should().Contain("highway_distance").And.NotContain("storage_tank_area");
    }

    [Fact]
    public void Catalogs_ExtendTheBuiltInSet()
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-ext-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "standards"));
            File.WriteAllText(Path.Combine(dir, "standards", "extra.yaml"), TestData.Standards("a > 1")
                .Replace("categories: [cat]", "categories: [surroundings]").Replace("industries: [test]", "industries: [hazchem]"));
            var list = Tool.Run("catalog", "list", "--catalogs", dir, "--extend").Out;
            list.Should().Contain("test.standard@1").And.Contain("hazchem.major-hazards@2017");
            Tool.Run("catalog", "list", "--extend").Code.Should().Be(2);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void New_ReportScenarioAndCatalogTemplates_LoadOnceFilledIn()
    {
        var report = Tool.Run("new", "report", "--industry", "pipeline").Out;
        report.Should().Contain("kind: pipeline_segment").And.Contain("personnel_dense_hca: true");
        var parsed = TestData.Engine.ParseReport(report, "new.yaml");
        parsed.Subjects.Select(s => s.Kind).Should().Contain(["pipeline_segment", "pipeline_nearby_work"]);
        parsed.Subjects.Should().OnlyContain(s => s.Reported == null && s.Observed.Count > 0);

        var dir = Directory.CreateTempSubdirectory("ruleskit-new-").FullName;
        try
        {
            var scenario = Path.Combine(TestData.RulesDirectory, "scenarios", $"new-{Guid.NewGuid():N}.yaml");
            try
            {
                Tool.Run("new", "scenario", "--out", scenario).Code.Should().Be(0);
                File.ReadAllLines(scenario)[0].Should().Be("# yaml-language-server: $schema=../schema/scenario.schema.json");
                var (code, output, _) = Tool.Run("test", scenario);
                code.Should().Be(0, output);
            }
            finally
            {
                File.Delete(scenario);
            }

            // Far from any rules folder, the schema is written beside the file so the path still works.
            var catalog = Path.Combine(dir, "standards", "mine.yaml");
            Directory.CreateDirectory(Path.GetDirectoryName(catalog)!);
            Tool.Run("new", "catalog", "--out", catalog).Code.Should().Be(0);
            var first = File.ReadAllLines(catalog)[0];
            first.Should().Be("# yaml-language-server: $schema=.ruleskit/standards-catalog.schema.json");
            File.Exists(Path.Combine(dir, "standards", ".ruleskit", "standards-catalog.schema.json")).Should().BeTrue();
            var (validate, _, error) = Tool.Run("catalog", "validate", dir, "--extend");
            validate.Should().Be(0, error);
            error.Should().Contain("RK3031", "the template's item is a draft");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        Tool.Run("new", "report", "--industry", "bakery", "--lang", "en").Err.Should().Contain("unknown industry 'bakery'").And.Contain("hazchem");
    }
}
