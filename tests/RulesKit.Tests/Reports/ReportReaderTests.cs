using System.Text.Json;
using RulesKit.Explanation;
using RulesKit.Input;

namespace RulesKit.Tests.Reports;

public class ReportReaderTests
{
    private const string Header = TestData.ReportHeader;

    private static IReadOnlyList<Diagnostic> Errors(string text)
    {
        var act = () => TestData.Engine.ParseReport(text, "r.yaml");
        return act.Should().Throw<RulesKitInputException>().Which.Diagnostics;
    }

    [Fact]
    public void ParseReport_ValidReport_TypedValues()
    {
        var report = TestData.Engine.ParseReport(Header + """
            subjects:
              - id: T
                kind: storage_tank_area
                observed: { mhi_grade: 2, emergency_shutoff: false }
                reported: ~
            """, "r.yaml");
        report.EvaluationDate.Should().Be(new DateOnly(2021, 6, 1));
        // A recorded grade implies a 重大危险源: the check adds what the items read.
        report.Subjects.Single().Observed.Should().BeEquivalentTo(new Dictionary<string, object> { ["mhi_grade"] = 2m, ["emergency_shutoff"] = false, ["major_hazard"] = true });
        report.Subjects.Single().Reported.Should().BeNull();
    }

    [Fact]
    public void ParseReport_NumberWithAUnit_LocatedWithAHint()
    {
        var d = Errors(Header + """
            subjects:
              - id: H
                kind: highway_distance
                observed: { feature: land_edge, distance_m: 60m }
            """).Should().ContainSingle().Subject;
        (d.Code, d.Source, d.Line, d.Column).Should().Be(("RK1108", "r.yaml", 14, 49));
        d.Message.Should().Contain("'60m' carries a unit").And.Contain("write the number 60 alone");
    }

    [Fact]
    public void ParseReport_UnknownAttributeAndEnumValue_BothReported()
    {
        var errors = Errors(Header + """
            subjects:
              - id: H
                kind: highway_distance
                observed: { feature: motorway, distance: 60 }
            """);
        errors.Should().HaveCount(2);
        errors.Should().Contain(e => e.Code == "RK2104" && e.Message.Contains("expected one of: land_edge, bridge_or_ferry, tunnel, found 'motorway'"));
        errors.Should().Contain(e => e.Code == "RK2103" && e.Message.Contains("has no attribute 'distance'") && e.Line == 14 && e.Column == 36);
    }

    [Fact]
    public void ParseReport_UnknownKind_SuggestsTheNearestKindsNotEveryOne()
    {
        var d = Errors(Header + "subjects:\n  - { id: X, kind: tank, observed: {} }\n").Should().ContainSingle().Subject;
        (d.Code, d.Line, d.Column).Should().Be(("RK2102", 12, 20));
        d.Message.Should().Contain("unknown kind 'tank'").And.Contain("did you mean").And.Contain("storage_tank");
        d.Message.Should().NotContain("pipeline_segment", "a list of every kind helps nobody who typed one wrong");
        var typo = Errors(Header + "subjects:\n  - { id: X, kind: storage_tank_aera, observed: {} }\n").Should().ContainSingle().Subject;
        typo.Message.Should().Contain("did you mean storage_tank_area");
    }

    [Fact]
    public void ParseReport_UnknownIndustry_NamesTheKnownOnes()
    {
        var d = Errors(Header.Replace("industry: hazchem", "industry: chemicals")).Should().ContainSingle().Subject;
        (d.Code, d.Line, d.Column).Should().Be(("RK2001", 5, 11));
        d.Message.Should().Contain("unknown industry 'chemicals'").And.Contain("hazchem, mining");
        d.Format(Language.Chinese).Should().Contain("未知行业“chemicals”");
    }

    [Fact]
    public void ParseReport_MissingHeaderField_Located()
    {
        var d = Errors(Header.Replace("county: c\n", "")).Should().ContainSingle().Subject;
        (d.Code, d.Line, d.Column).Should().Be(("RK1103", 1, 1));
        d.Message.Should().Be("report: missing required key 'county'");
    }

    [Fact]
    public void ParseReport_ImpossibleDate_SaysWhyItIsNotADate()
    {
        var d = Errors(Header.Replace("2021-06-01", "2024-02-30")).Should().ContainSingle().Subject;
        (d.Code, d.Line, d.Column).Should().Be(("RK1111", 9, 17));
        d.Message.Should().Contain("2024-02-30 is not a date: month 2 of 2024 has 29 days");
        d.Format(Language.Chinese).Should().Contain("2024 年 2 月只有 29 天");
    }

    [Fact]
    public void ParseReport_QuotedNumber_SaysItIsAText()
    {
        var d = Errors(Header + "subjects:\n  - { id: T, kind: storage_tank_area, observed: { mhi_grade: \"25\" } }\n").Should().ContainSingle().Subject;
        d.Code.Should().Be("RK1107");
        d.Message.Should().Contain("\"25\" is quoted, so it is a text, not a number; write 25 without quotes");
    }

    [Fact]
    public void ParseReport_RepeatedIdsAndUnknownConcern_LocatedAtReading()
    {
        var errors = Errors(Header + """
            subjects:
              - { id: T, kind: storage_tank_area, observed: { mhi_grade: 2 } }
              - { id: T, kind: storage_tank_area, observed: { mhi_grade: 3 } }
            evidence:
              - { id: E, source: agency_survey, description: d, concerns: [T, Q] }
            """);
        errors.Should().Contain(e => e.Code == "RK2101" && e.Line == 13 && e.Message.Contains("the id 'T' is already used by subjects[T]"));
        errors.Should().Contain(e => e.Code == "RK2105" && e.Line == 15 && e.Message.Contains("'Q' is not a subject or document"));
        errors.Should().OnlyContain(e => e.Source == "r.yaml");
    }

    [Fact]
    public void Evaluate_ReportBuiltInCodeWithWrongType_ErrorNamesReportAndField()
    {
        var subject = new CheckedSubject { Id = "T", Kind = "storage_tank_area", Observed = TestData.Values(("mhi_grade", "two")) };
        var act = () => TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 6, 1), [subject]));
        var d = act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single();
        (d.Code, d.Source).Should().Be(("RK2104", "report R-1"));
        d.Message.Should().Be("subjects[T].observed.mhi_grade: expected a number, found the text \"two\"");
    }

    [Fact]
    public void Evaluate_ReportBuiltInCodeWithRepeatedIds_Refused()
    {
        var subject = new CheckedSubject { Id = "T", Kind = "storage_tank_area", Observed = TestData.Values(("mhi_grade", 2m)) };
        var act = () => TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 6, 1), [subject, subject with { }]));
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single().Code.Should().Be("RK2101");
    }

    [Fact]
    public void Evaluate_ReportBoundFromJson_CheckedAndEvaluatedLikeARead()
    {
        var path = Path.Combine(TestData.ExamplesDirectory, "hazchem-c05-no-responsibility-system.false.json");
        var bound = JsonSerializer.Deserialize<Report>(File.ReadAllText(path))!;
        var read = TestData.Engine.ReadReport(path);
        // The same determinations; only the name warnings give the report by differs (the bound one has no file).
        var (a, b) = (TestData.Engine.Evaluate(bound), TestData.Engine.Evaluate(read));
        JsonSerializer.Serialize(a.Determinations, RulesKitJson.Options).Should().Be(JsonSerializer.Serialize(b.Determinations, RulesKitJson.Options));
        a.Diagnostics.Select(d => d.Code).Should().Equal(b.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void ParseReport_Stream_SameAsText()
    {
        var path = Path.Combine(TestData.ExamplesDirectory, "hazchem-c07-unresolved-hazard.false.yaml");
        using var stream = File.OpenRead(path);
        TestData.Engine.ParseReport(stream, path).Should().BeEquivalentTo(TestData.Engine.ReadReport(path));
    }

    [Fact]
    public void ReadReport_InvalidUtf8_ClearError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ruleskit-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, [0x69, 0x64, 0x3A, 0x20, 0xC3, 0x28]);
        try
        {
            var act = () => TestData.Engine.ReadReport(path);
            var d = act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single();
            (d.Code, d.Message).Should().Be(("RK1002", "not valid UTF-8 text"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadReport_MissingFile_ClearError()
    {
        var act = () => TestData.Engine.ReadReport("/no/such/report.yaml");
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single().ToString().Should().Be("/no/such/report.yaml: error RK1001: file not found");
    }

    [Fact]
    public void ParseReport_JsonFastPath_SameReportAsTheYamlReader()
    {
        var path = Path.Combine(TestData.ExamplesDirectory, "hazchem-c05-no-responsibility-system.false.json");
        var text = File.ReadAllText(path);
        var fast = TestData.Engine.ParseReport(text, "r.json");
        // A leading space and spaced braces keep it valid YAML (flow style) but not a JSON-first text.
        var yaml = TestData.Engine.ReadReport(DocumentReader.Read(" # yaml\n" + text.Replace("{", "{ "), "r.json"));
        fast.Should().BeEquivalentTo(yaml);
    }

    [Theory]
    [InlineData("{\"id\": \"R\", \"subjects\": [{\"id\": \"T\", \"kind\": \"storage_tank_area\", \"observed\": {\"mhi_grade\": \"二\"}}]}", 1, 93, "RK2104")]
    [InlineData("{\n  \"id\": \"R\",\n  \"id\": \"S\"\n}", 3, 3, "RK1015")]
    [InlineData("{\n  \"id\": \"报告\",\n  \"title\": tru\n}", 3, 15, "RK1008")]
    public void ParseReport_JsonProblems_LocatedInCharacters(string json, int line, int column, string code)
    {
        var d = Errors(json).First(e => e.Code == code);
        (d.Line, d.Column).Should().Be((line, column));
    }
}
