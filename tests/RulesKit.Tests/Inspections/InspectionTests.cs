using RulesKit.Campaign.Batch;
using RulesKit.Explanation;
using RulesKit.Input;
using RulesKit.Inspections;

namespace RulesKit.Tests.Inspections;

/// <summary>
/// Inspection records of the campaign's other three levels: read with located errors, judged by the party's
/// conduct catalogs and checklist, explained like reports, and mixed with reports in a batch.
/// </summary>
public class InspectionTests
{
    private static readonly string Folder = Path.Combine(TestData.ExamplesDirectory, "inspections");

    private static string Example(string name) => Path.Combine(Folder, name);

    private static ReportEvaluation Report(string name) => TestData.Engine.Evaluate(TestData.Engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, name)));

    public static TheoryData<string> Examples => new(Directory.EnumerateFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Inspect_ShippedExample_FindsEveryPointOrNone(string file)
    {
        var engine = TestData.Engine;
        var record = engine.ReadInspection(Example(file));
        var reports = Directory.EnumerateFiles(TestData.ExamplesDirectory).Select(f => engine.Evaluate(engine.ReadReport(f)));

        var result = engine.Inspect(record, reports);

        result.Party.Should().Be(record.Party);
        result.Complete.Should().BeTrue();
        var checklist = result.Determinations.Should().ContainSingle().Subject;
        var points = TestData.Engine.Catalogs.Catalogs.Single(c => c.Reference.Equals(checklist.List)).Criteria.Select(c => c.Number);
        if (file.EndsWith(".found.yaml", StringComparison.Ordinal))
            checklist.Met.Should().BeEquivalentTo(points, "a .found example finds every point of its checklist");
        else
            (checklist.Met.IsEmpty && checklist.Suspected.IsEmpty && checklist.Verdict is null).Should().BeTrue("a .clear example finds nothing");
    }

    [Fact]
    public void Examples_EveryPartyHasOneThatFindsEachPointAndOneThatFindsNone()
    {
        foreach (var party in new[] { "agency", "enterprise", "city-bureau", "county-bureau" })
        {
            File.Exists(Example($"{party}-all-points.found.yaml")).Should().BeTrue(party);
            File.Exists(Example($"{party}-no-points.clear.yaml")).Should().BeTrue(party);
        }
        TestData.Engine.Catalogs.Catalogs.Where(c => c.Id.StartsWith("campaign.", StringComparison.Ordinal)).Sum(c => c.Criteria.Length)
            .Should().Be(25, "the seed's four levels have 11 + 4 + 6 + 4 points");
    }

    [Fact]
    public void Inspect_NamedReportNotEvaluated_PointsRestingOnItCannotBeDecided()
    {
        var record = TestData.Engine.ReadInspection(Example("agency-all-points.found.yaml"));

        var result = TestData.Engine.Inspect(record);

        result.Complete.Should().BeFalse();
        result.Determinations.Single().CannotDecide.Should().Equal(1, 9);
        result.Diagnostics.Where(d => d.Code == "RK5007").Select(d => d.Message).Should().HaveCount(2)
            .And.Contain(m => m.Contains("EX-HC-01"));
        ExplanationWriter.ToText(result, Language.English).Should().Contain("was not evaluated with it");
    }

    [Fact]
    public void Inspect_AgencyWhoseReportWasJudgedFalse_PointOneExplainedFromTheReport()
    {
        var record = TestData.Engine.ReadInspection(Example("agency-all-points.found.yaml"));
        var result = TestData.Engine.Inspect(record, [Report("hazchem-c01-highway-distance.false.yaml"), Report("hazchem-s07-hazard-left-out.inaccurate.yaml")]);

        var point1 = result.Determinations.Single().Criteria.Single(c => c.Number == 1);
        point1.Outcome.Should().Be(CriterionOutcome.Met);
        point1.Matches.Single().Nonconformity.SubjectId.Should().Be("report:EX-HC-01");
        point1.Matches.Single().Elements.Should().NotContain(e => e.Element == CriterionElement.Attribution, "attribution asks about a report's agency, not a checked party");
        var text = ExplanationWriter.ToText(result);
        text.Should().StartWith("检查记录 INS-AG-1").And.Contain("被检查对象 安全评价机构").And.NotContain("披露情况");
        ExplanationWriter.ToJson(result).Should().Contain("\"party\": \"agency\"");
    }

    [Fact]
    public void ExplainCriterion_InspectionPoint_SaysWhyNot()
    {
        var record = TestData.Engine.ReadInspection(Example("agency-no-points.clear.yaml"));

        var why = TestData.Engine.ExplainCriterion(record, 2, reports: [Report("hazchem-disclosed-hazard.clear.yaml")]);

        ExplanationWriter.ToText(why, Language.English).Should().Contain("not met").And.Contain("AG-06.2").And.Contain("subjects of those kinds: QUAL");
    }

    [Fact]
    public void ReadInspection_BadRecord_EveryProblemLocated()
    {
        var text = """
            id: INS-X
            party: agencies
            name: 某机构
            county: 金水区
            inspectionDate: 2021-02-30
            subjects:
              - { id: Q, kind: agency_qualification, observed: { fixed_assets_10k_yuan: "800万" } }
            reports:
              - { report: EX-HC-01, reliedOnFor: permit }
            """;

        var act = () => TestData.Engine.ParseInspection(text, "bad.yaml");

        var diagnostics = act.Should().Throw<RulesKitInputException>().Which.Diagnostics;
        diagnostics.Select(d => (d.Code, d.Line)).Should().Contain([("RK2004", 2), ("RK2107", 9)]);
        diagnostics.Should().Contain(d => d.Line == 5, "an impossible date is named where it stands");
        diagnostics.Should().Contain(d => d.Line == 7 && d.Message.Contains("fixed_assets_10k_yuan"));
        diagnostics.Should().OnlyContain(d => d.Source == "bad.yaml");
    }

    [Fact]
    public void Inspect_RecordBuiltInCode_CheckedFirst()
    {
        var record = new InspectionRecord
        {
            Id = "C", Party = "enterprise", Name = "n", County = "c", InspectionDate = new DateOnly(2021, 7, 1),
            Subjects = [new CheckedSubject { Id = "S", Kind = "no_such_kind", Observed = new Dictionary<string, object>() }],
        };

        var act = () => TestData.Engine.Inspect(record);

        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().ContainSingle(d => d.Code == "RK2102");
    }

    [Fact]
    public void IsInspectionRecord_PartyKey_TellsRecordsFromReports()
    {
        RulesKitEngine.IsInspectionRecord(DocumentReader.ReadFile(Example("enterprise-no-points.clear.yaml"))).Should().BeTrue();
        RulesKitEngine.IsInspectionRecord(DocumentReader.ReadFile(Path.Combine(TestData.ExamplesDirectory, "hazchem-disclosed-hazard.clear.yaml"))).Should().BeFalse();
    }

    [Fact]
    public async Task EvaluateAsync_MixedJsonLines_RecordsJudgedAfterTheReportsTheyNameEvenWhenTheyComeFirst()
    {
        var record = """{"id":"R1","party":"enterprise","name":"n","county":"c","inspectionDate":"2021-07-20","reports":[{"report":"EX-HC-01","reliedOnFor":"licence","knewFalse":true}]}""";
        var broken = """{"id":"R2","party":"enterprise","name":"n"}""";
        var report = System.Text.Json.JsonSerializer.Serialize(TestData.Engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, "hazchem-c01-highway-distance.false.yaml")), RulesKitJson.Options);
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, [record, broken, report.ReplaceLineEndings(" ")]);
            var records = new List<BatchRecord>();
            await foreach (var r in BatchEvaluator.EvaluateAsync(TestData.Engine, BatchEvaluator.InputsFrom(file)))
                records.Add(r);

            records.Select(r => r.Index).Should().BeEquivalentTo([0L, 1L, 2L], "every input yields exactly one record");
            records.Last().Index.Should().Be(0, "inspection records come last");
            var judged = records.Single(r => r.Index == 0);
            judged.Inspection!.Id.Should().Be("R1");
            judged.Evaluation!.Determinations.Single().Met.Should().Equal(4);
            records.Single(r => r.Index == 1).Errors.Should().NotBeEmpty();
            records.Single(r => r.Index == 2).Report!.Id.Should().Be("EX-HC-01");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
