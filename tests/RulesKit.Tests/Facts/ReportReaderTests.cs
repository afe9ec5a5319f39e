using RulesKit.Facts;

namespace RulesKit.Tests.Facts;

public class ReportReaderTests
{
    private const string Header = """
        id: R-1
        title: t
        reportType: 现状评价
        purpose: licence
        industry: hazchem
        agency: a
        enterprise: e
        county: c
        evaluationDate: 2021-06-01
        conclusion: { text: 合格, favourable: true }

        """;

    private static IReadOnlyList<Diagnostic> Errors(string text)
    {
        var act = () => TestData.Engine.ParseReport(text, "r.yaml");
        return act.Should().Throw<RulesKitInputException>().Which.Diagnostics;
    }

    [Fact]
    public void Parse_ValidReport_TypedValues()
    {
        var report = TestData.Engine.ParseReport(Header + """
            subjects:
              - id: T
                kind: storage_tank_area
                observed: { mhi_grade: 2, emergency_shutoff: false }
                reported: ~
            """, "r.yaml");
        report.EvaluationDate.Should().Be(new DateOnly(2021, 6, 1));
        report.Subjects.Single().Observed.Should().BeEquivalentTo(new Dictionary<string, object> { ["mhi_grade"] = 2m, ["emergency_shutoff"] = false });
        report.Subjects.Single().Reported.Should().BeNull();
    }

    [Fact]
    public void Parse_WrongType_LocatedWithExpectation()
    {
        var d = Errors(Header + """
            subjects:
              - id: H
                kind: highway_distance
                observed: { feature: land_edge, distance_m: 60m }
            """).Should().ContainSingle().Subject;
        (d.Source, d.Line, d.Column).Should().Be(("r.yaml", 14, 49));
        d.Message.Should().Contain("expected a number (m)").And.Contain("'60m'");
    }

    [Fact]
    public void Parse_UnknownAttributeAndEnumValue_BothReported()
    {
        var errors = Errors(Header + """
            subjects:
              - id: H
                kind: highway_distance
                observed: { feature: motorway, distance: 60 }
            """);
        errors.Should().HaveCount(2);
        errors.Should().Contain(e => e.Message.Contains("expected one of: land_edge, bridge_or_ferry, tunnel, found 'motorway'"));
        errors.Should().Contain(e => e.Message.Contains("unknown attribute 'distance'"));
    }

    [Fact]
    public void Parse_UnknownKind_ListsDeclaredKinds()
    {
        Errors(Header + "subjects:\n  - { id: X, kind: tank, observed: {} }\n").Should().ContainSingle()
            .Which.Message.Should().Contain("unknown kind 'tank'").And.Contain("storage_tank_area");
    }

    [Fact]
    public void Parse_MissingHeaderField_Located()
    {
        var d = Errors(Header.Replace("county: c\n", "")).Should().ContainSingle().Subject;
        (d.Line, d.Column).Should().Be((1, 1));
        d.Message.Should().Be("report: missing required key 'county'");
    }

    [Fact]
    public void Parse_ImpossibleDate_Located()
    {
        var d = Errors(Header.Replace("2021-06-01", "2021-02-30")).Should().ContainSingle().Subject;
        (d.Line, d.Column).Should().Be((9, 17));
        d.Message.Should().Contain("expected a date as YYYY-MM-DD");
    }

    [Fact]
    public void Parse_QuotedNumber_Rejected()
    {
        Errors(Header + "subjects:\n  - { id: T, kind: storage_tank_area, observed: { mhi_grade: \"2\" } }\n")
            .Should().ContainSingle().Which.Message.Should().Contain("expected a number");
    }

    [Fact]
    public void Evaluate_EvidenceNamesUnknownSubject_ErrorNamesReportAndField()
    {
        var report = TestData.Engine.ParseReport(Header + """
            subjects:
              - { id: T, kind: storage_tank_area, observed: { mhi_grade: 2 } }
              - { id: T, kind: storage_tank_area, observed: { mhi_grade: 3 } }
            evidence:
              - { id: E, source: agency_survey, description: d, concerns: [T, Q] }
            """, "r.yaml");
        var act = () => TestData.Engine.Evaluate(report);
        var errors = act.Should().Throw<RulesKitInputException>().Which.Diagnostics;
        errors.Should().Contain(e => e.Message == "report 'R-1', subjects[T]: repeated id; every subject and document needs its own");
        errors.Should().Contain(e => e.Message == "report 'R-1', evidence[E].concerns: 'Q' is not a subject or document of this report");
        errors.Should().OnlyContain(e => e.Source == "r.yaml");
    }

    [Fact]
    public void Evaluate_ReportBuiltInCodeWithWrongType_ErrorNamesField()
    {
        var subject = new CheckedSubject { Id = "T", Kind = "storage_tank_area", Observed = TestData.Values(("mhi_grade", "two")) };
        var act = () => TestData.Engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 6, 1), [subject]));
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single().Message
            .Should().Be("report 'R-1', subjects[T].observed.mhi_grade: expected a number, found 'two'");
    }

    [Fact]
    public void ReadReport_InvalidUtf8_ClearError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ruleskit-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, [0x69, 0x64, 0x3A, 0x20, 0xC3, 0x28]);
        try
        {
            var act = () => TestData.Engine.ReadReport(path);
            act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single().Message.Should().Be("not valid UTF-8 text");
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
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single().ToString().Should().Be("/no/such/report.yaml: report file not found");
    }

    [Fact]
    public void Parse_JsonFastPath_SameReportAsTheYamlReader()
    {
        var path = Path.Combine(TestData.ExamplesDirectory, "hazchem-c05-no-responsibility-system.false.json");
        var text = File.ReadAllText(path);
        var fast = TestData.Engine.ParseReport(text, "r.json");
        var yaml = RulesKit.Facts.ReportReader.Parse(" " + text.Replace("{", "{ "), "r.json", TestData.Engine.Catalogs.Kinds);
        fast.Should().BeEquivalentTo(yaml, o => o.Excluding(r => r.SourceName));
    }

    [Theory]
    [InlineData("{\"id\": \"R\", \"subjects\": [{\"id\": \"T\", \"kind\": \"storage_tank_area\", \"observed\": {\"mhi_grade\": \"二\"}}]}", 1, 93, "expected a number")]
    [InlineData("{\n  \"id\": \"R\",\n  \"id\": \"S\"\n}", 3, 3, "duplicate key 'id'")]
    [InlineData("{\n  \"id\": \"报告\",\n  \"title\": tru\n}", 3, 15, "not valid JSON")]
    public void Parse_JsonProblems_LocatedInCharacters(string json, int line, int column, string message)
    {
        var d = Errors(json).First(e => e.Message.Contains(message));
        (d.Line, d.Column).Should().Be((line, column));
    }
}
