
namespace RulesKit.Tests.Cli.Commands.Experts;

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
        item.Should().Contain("TANK-1: Observed: complies [major_hazard=true, mhi_grade=2, toxic_or_liquefied_gas=true, independent_sis=true]");
        Tool.Run("explain", report, "--item", "HC-05.a", "--lang", "en").Out.Should().Contain("Observed: VIOLATES [major_hazard=true, mhi_grade=2, emergency_shutoff=false]; Reported: complies");
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
    public void Explain_ItemOnARecordLeftPartlyUnchecked_CannotDecideNamingTheMissingFact()
    {
        var record = Path.Combine(TestData.ExamplesDirectory, "inspections", "agency-no-points.clear.yaml");
        var text = File.ReadAllText(record).Replace("surveyors_on_site: true", "surveyors_on_site: ~");
        File.ReadAllText(record).Should().Contain("surveyors_on_site: true", "the example records the surveyors");
        var copy = Path.Combine(Directory.CreateTempSubdirectory("ruleskit-item-").FullName, "record.yaml");
        try
        {
            File.WriteAllText(copy, text);
            var (code, output, error) = Tool.Run("explain", copy, "--item", "AG-05");
            code.Should().Be(0, error);
            output.Should().Contain("无法判断 (缺少 surveyors_on_site)").And.NotContain("报告所述");
            Tool.Run("explain", copy, "--criterion", "5").Out.Should().Contain("无法判定");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    [Fact]
    public void New_ReportScenarioAndCatalogTemplates_LoadOnceFilledIn()
    {
        var report = Tool.Run("new", "report", "--industry", "pipeline").Out;
        report.Should().Contain("kind: pipeline_segment").And.Contain("personnel_dense_hca: ~").And.Contain("# inReport: false");
        var parsed = TestData.Engine.ParseReport(report, "new.yaml");
        parsed.Subjects.Select(s => s.Kind).Should().Contain(["pipeline_segment", "pipeline_nearby_work"]);
        parsed.Subjects.Should().OnlyContain(s => s.Observed.Count == 0, "~ is 'not checked', not a value");
        // Unfilled, the template decides nothing either way: no finding, and every item it could breach open.
        var unfilled = TestData.Engine.Evaluate(parsed);
        unfilled.Nonconformities.Should().BeEmpty();
        unfilled.Undecided.Should().NotBeEmpty();

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

    [Fact]
    public void NewReport_Hazchem_OffersTheInventoryNotTheCheckSubjectTheEngineMakes()
    {
        var report = Tool.Run("new", "report", "--industry", "hazchem").Out;
        report.Should().Contain("kind: storage_tank_area").And.Contain("    # inventory:").And.Contain("peopleWithin500m");
        report.Should().NotContain("kind: hazchem_inventory", "the engine makes that subject from an inventory");
        var uncommented = report.Replace("    # inventory:", "    inventory:").Replace("    #   ", "      ");
        var result = TestData.Engine.Evaluate(TestData.Engine.ParseReport(uncommented, "new.yaml"));
        result.MajorHazards.Should().ContainSingle().Which.Identification!.IsMajorHazard.Should().BeTrue("30 t of liquid ammonia is three times Table 1's 10 t");
    }
}
