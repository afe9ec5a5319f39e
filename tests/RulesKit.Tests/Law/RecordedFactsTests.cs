using RulesKit.Explanation;

namespace RulesKit.Tests.Law;

/// <summary>
/// What the record says and what it leaves out: "~" is not checked, a subject without a reported block is not read as
/// silence without saying so, a required value needs its basis, and a disclosed veto breach under a favourable
/// conclusion is flagged.
/// </summary>
public class RecordedFactsTests
{
    private const string Header = TestData.ReportHeader;

    private static ReportEvaluation Evaluate(string subjects) => TestData.Engine.Evaluate(TestData.Engine.ParseReport(Header + subjects, "r.yaml"));

    [Fact]
    public void ParseReport_TildeValue_NotRecordedAndTheItemOpen()
    {
        var result = Evaluate("""
            subjects:
              - id: T
                kind: storage_tank_area
                observed: { mhi_grade: 2, emergency_shutoff: ~, toxic_or_liquefied_gas: false }
                reported: { mhi_grade: 2, emergency_shutoff: ~, toxic_or_liquefied_gas: false }
            """);
        result.Nonconformities.Should().BeEmpty();
        result.Undecided.Should().ContainSingle().Which.MissingFacts.Should().Equal("emergency_shutoff");
    }

    [Fact]
    public void Evaluate_SubjectWithoutReportedOrInReport_WarnsAndTheOmissionSaysItRestsOnThatReading()
    {
        const string tank = """
            subjects:
              - id: T
                kind: storage_tank_area
                observed: { mhi_grade: 2, emergency_shutoff: false, toxic_or_liquefied_gas: false }

            """;
        var assumed = Evaluate(tank);
        assumed.Diagnostics.Should().ContainSingle(d => d.Code == "RK5009").Which.Message.Should().Contain("subjects[T]");
        assumed.Nonconformities.Should().ContainSingle().Which.SilenceAssumed.Should().BeTrue();
        ExplanationWriter.ToText(assumed).Should().Contain("RK5009");

        var stated = Evaluate(tank.TrimEnd() + "\n    inReport: false\n");
        stated.Diagnostics.Should().NotContain(d => d.Code == "RK5009");
        var n = stated.Nonconformities.Should().ContainSingle().Subject;
        (n.Disclosure, n.SilenceAssumed).Should().Be((Disclosure.Omitted, false));
    }

    [Fact]
    public void ParseReport_InReportFalseWithAReportedBlock_LocatedError()
    {
        var act = () => TestData.Engine.ParseReport(Header + """
            subjects:
              - id: T
                kind: storage_tank_area
                observed: { mhi_grade: 2 }
                reported: { mhi_grade: 2 }
                inReport: false
            """, "r.yaml");
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().ContainSingle(d => d.Code == "RK2108")
            .Which.Message.Should().Contain("inReport");
    }

    [Fact]
    public void Evaluate_RequiredDistanceWithoutItsBasis_CannotDecideNotAFinding()
    {
        const string place = """
            subjects:
              - id: P
                kind: protected_place_distance
                observed: { place_class: public_facility, facility_covered: true, distance_m: 150, required_distance_m: 200 }
                reported: { place_class: public_facility, facility_covered: true, distance_m: 150, required_distance_m: 200 }
            """;
        var without = Evaluate(place);
        without.Nonconformities.Should().NotContain(n => n.ItemId == "HR-19");
        without.Undecided.Should().ContainSingle(n => n.ItemId == "HR-19").Which.MissingFacts.Should().Contain("required_distance_basis");

        var with = Evaluate(place.Replace("required_distance_m: 200 }", "required_distance_m: 200, required_distance_basis: 核查依据的标准及条款 }"));
        with.Nonconformities.Should().ContainSingle(n => n.ItemId == "HR-19");
    }

    [Fact]
    public void Evaluate_DisclosedVetoBreachUnderAFavourableConclusion_FlaggedAndCountedByNoCriterion()
    {
        const string tank = """
            subjects:
              - id: T
                kind: storage_tank_area
                observed: { mhi_grade: 2, emergency_shutoff: false, toxic_or_liquefied_gas: false }
                reported: { mhi_grade: 2, emergency_shutoff: false, toxic_or_liquefied_gas: false }
            """;
        var favourable = Evaluate(tank);
        favourable.Diagnostics.Should().ContainSingle(d => d.Code == "RK5010").Which.Message.Should().Contain("HC-05.a").And.Contain("T");
        favourable.Determinations.Should().OnlyContain(d => d.Verdict == null && d.Met.IsEmpty);
        var elements = favourable.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4").Criteria.Single(c => c.Number == 7).Matches.Single().Elements;
        elements.Should().NotContain(e => e.Element == CriterionElement.Attribution, "nothing to attribute where the report states the problem");

        var unfavourable = TestData.Engine.Evaluate(TestData.Engine.ParseReport(
            Header.Replace("{ text: 具备安全生产条件, favourable: true }", "{ text: 不具备安全生产条件, favourable: false }") + tank, "r.yaml"));
        unfavourable.Diagnostics.Should().NotContain(d => d.Code == "RK5010");
    }
}
