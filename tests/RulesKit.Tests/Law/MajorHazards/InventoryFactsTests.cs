namespace RulesKit.Tests.Law.MajorHazards;

/// <summary>
/// A report's inventory decides: the computed identification and grade replace an entered grade, the check of the
/// report's list against what is on site is its own subject, and what cannot be placed is a located error.
/// </summary>
public class InventoryFactsTests
{
    private static string Report(string date, string subject) => $"""
        id: R
        title: 报告
        reportType: 现状评价
        purpose: licence
        industry: hazchem
        agency: 甲
        enterprise: 乙
        county: 中牟县
        evaluationDate: {date}
        conclusion: {"{"} text: 具备安全生产条件, favourable: true {"}"}
        subjects:
        {subject}
        """;

    private const string Tank = """
          - id: TANK-1
            kind: storage_tank_area
            observed: { mhi_grade: 4, emergency_shutoff: false, toxic_or_liquefied_gas: true, independent_sis: true }
            reported: { mhi_grade: 4, emergency_shutoff: false, toxic_or_liquefied_gas: true, independent_sis: true }
            inventory:
              peopleWithin500m: 120
              observed:
                - { name: 液氨, quantity_t: 100 }
                - { name: 液氯, quantity_t: 20 }
        """;

    [Fact]
    public void Evaluate_InventoryOfGradeTwoWithAnEnteredFour_TheComputedGradeDecides()
    {
        var engine = TestData.Engine;
        var result = engine.Evaluate(engine.ParseReport(Report("2024-05-20", Tank), "r.yaml"));
        result.Nonconformities.Should().Contain(n => n.ItemId == "HC-05.a" && n.SubjectId == "TANK-1", "R = 72 is 二级, which the shut-off item governs");
        var computed = result.MajorHazards.Should().ContainSingle().Subject;
        (computed.Subject, computed.Identification!.Grade, computed.Identification.R).Should().Be(("TANK-1", 2, 72m));
        computed.LeftOut.Should().BeNull("the report's list was not recorded");
    }

    [Fact]
    public void Evaluate_SameEnteredFourWithoutInventory_TheEnteredGradeAsBefore()
    {
        var engine = TestData.Engine;
        var withoutInventory = Tank[..Tank.IndexOf("    inventory:", StringComparison.Ordinal)];
        var result = engine.Evaluate(engine.ParseReport(Report("2024-05-20", withoutInventory), "r.yaml"));
        result.Nonconformities.Should().NotContain(n => n.ItemId == "HC-05.a");
        var entered = result.MajorHazards.Should().ContainSingle().Subject;
        (entered.Identification, entered.EnteredGrade).Should().Be((null, 4m), "an entered grade is marked as entered");
        RulesKit.Explanation.ExplanationWriter.ToText(result).Should().Contain("对象 TANK-1：重大危险源级别 4 为核查录入值");
    }

    [Fact]
    public void Evaluate_BeforeGb18218TookEffect_TheInventoryGivesNothingAndTheEnteredGradeStands()
    {
        var engine = TestData.Engine;
        var result = engine.Evaluate(engine.ParseReport(Report("2019-02-20", Tank), "r.yaml"));
        result.MajorHazards.Should().ContainSingle().Which.EnteredGrade.Should().Be(4m, "GB 18218-2009 is not encoded: the entered grade stands, marked as entered");
        result.Nonconformities.Should().NotContain(n => n.ItemId == "HC-05.a", "the entered 四级 is used as entered");
    }

    [Fact]
    public void Evaluate_ListOmitsASubstance_CheckSubjectFindsItAndNamesIt()
    {
        var engine = TestData.Engine;
        var text = Report("2024-05-20", Tank + "\n      reported:\n        - { name: 氨, quantity_t: 100 }\n");
        var result = engine.Evaluate(engine.ParseReport(text, "r.yaml"));
        result.Nonconformities.Should().Contain(n => n.ItemId == "MO-02.b" && n.SubjectId == "TANK-1/inventory");
        result.MajorHazards.Single().LeftOut.Should().Equal("液氯");
        result.Determinations.Single(d => d.List.Id == "national.major-omission").Met.Should().Contain(2);
    }

    [Fact]
    public void Evaluate_UnplacedSubstanceInAReport_LocatedError()
    {
        var engine = TestData.Engine;
        var text = Report("2024-05-20", Tank.Replace("{ name: 液氯, quantity_t: 20 }", "{ name: 不明气体, quantity_t: 20 }", StringComparison.Ordinal));
        var act = () => engine.Evaluate(engine.ParseReport(text, "r.yaml"));
        var d = act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.Source).Should().Be(("RK2112", "r.yaml"));
        d.Line.Should().BeGreaterThan(12);
    }

    [Fact]
    public void ParseReport_InventoryOnAKindWithoutAGrade_Refused()
    {
        var text = Report("2024-05-20", """
              - id: D-1
                kind: highway_distance
                observed: { feature: land_edge, distance_m: 60, dangerous_goods_site: true }
                inventory: { observed: [{ name: 液氨, quantity_t: 1 }] }
            """);
        var act = () => TestData.Engine.ParseReport(text, "r.yaml");
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().Contain(d => d.Code == "RK2118");
    }
}
