using RulesKit.Catalogs;
using RulesKit.Law;

namespace RulesKit.Tests.Law.MajorHazards;

/// <summary>
/// GB 18218-2018's identification and grading against hand calculations at every boundary: S = 1 exactly and just
/// below, R = 10, 50, 100, each band of α, a Table 2 category, the lowest threshold of several hazards, and the
/// located errors for a substance that cannot be placed.
/// </summary>
public class MajorHazardIdentificationTests
{
    private static readonly DateOnly InForce = new(2021, 7, 1);

    private static MajorHazardIdentification Identify(string substances, string people = "60", DateOnly? date = null) =>
        TestData.Engine.IdentifyMajorHazard(RulesKitEngine.ParseHazardousUnit(
            $"unit: 测试单元\ntype: storage\npeopleWithin500m: {people}\nsubstances:\n{substances}", "unit.yaml"), date ?? InForce);

    private static RulesKitInputException Refused(string substances, DateOnly? date = null)
    {
        var act = () => Identify(substances, date: date);
        return act.Should().Throw<RulesKitInputException>().Which;
    }

    [Fact]
    public void Identify_StandardsWorkedCheck_ThreePointSixAndGradeThree()
    {
        var m = Identify("  - { name: 液氨, cas: 7664-41-7, quantity_t: 30 }\n  - { name: 液氯, quantity_t: 3 }\n");
        m.S.Should().Be(3.6m);
        m.IsMajorHazard.Should().BeTrue();
        m.Alpha.Should().Be(1.5m);
        m.R.Should().Be(12.6m, "1.5 × (2 × 30/10 + 4 × 3/5)");
        m.Grade.Should().Be(3);
        m.ShortOfNextGrade.Should().Be(37.4m, "二级 starts at 50");
        m.Terms.Select(t => (t.Table1Row, t.Threshold, t.BetaToxicName)).Should().Equal((1, 10m, "氨"), (12, 5m, "氯"));
        m.Confidence.Should().Be(Confidence.Transcription);
        m.Document.Should().Be("GB 18218-2018");
    }

    [Fact]
    public void Identify_SumIsOneExactly_MajorHazardWhereBinaryFloatingPointFallsShort()
    {
        (0.7 + 0.2 + 0.1).Should().BeLessThan(1.0, "why the sum is kept exact");
        var m = Identify("  - { name: 硫化氢, quantity_t: 3.5 }\n  - { name: 氯, quantity_t: 1 }\n  - { name: 氨, quantity_t: 1 }\n");
        m.S.Should().Be(1m);
        m.SExact.Should().BeTrue();
        m.IsMajorHazard.Should().BeTrue();
    }

    [Fact]
    public void Identify_ThirdsOfPhosgeneAddingToOne_MajorHazardThoughNoDecimalIsExact()
    {
        // 0.1/0.3 has no finite decimal: three of them are 1 as fractions, 0.9999… as decimals.
        var m = Identify(string.Concat(Enumerable.Range(1, 3).Select(i => $"  - {{ name: 光气, quantity_t: 0.1 }}\n")));
        m.IsMajorHazard.Should().BeTrue();
        m.S.Should().Be(1m);
    }

    [Fact]
    public void Identify_JustBelowOne_NotAMajorHazardAndHowFar()
    {
        var m = Identify("  - { name: 硫化氢, quantity_t: 3.4995 }\n  - { name: 氯, quantity_t: 1 }\n  - { name: 氨, quantity_t: 1 }\n");
        m.IsMajorHazard.Should().BeFalse();
        m.ShortOfIdentification.Should().Be(0.0001m, "3.4995/5 = 0.6999");
        m.Grade.Should().BeNull();
    }

    [Theory]
    [InlineData("4999.5", 4, 9.999)]      // β 1, α 1: R = q/500
    [InlineData("5000", 3, 10)]
    [InlineData("24999.5", 3, 49.999)]
    [InlineData("25000", 2, 50)]
    [InlineData("49999.5", 2, 99.999)]
    [InlineData("50000", 1, 100)]
    public void Identify_AtEachGradeBoundary_TheGradeOfTable6(string tonnes, int grade, double r)
    {
        var m = Identify($"  - {{ name: 甲醇, category: W5.3, quantity_t: {tonnes} }}\n", people: "10");
        m.Alpha.Should().Be(1m);
        m.R.Should().Be((decimal)r);
        m.Grade.Should().Be(grade);
    }

    [Theory]
    [InlineData(0, 0.5, 0, 0)]
    [InlineData(1, 1.0, 1, 29)]
    [InlineData(29, 1.0, 1, 29)]
    [InlineData(30, 1.2, 30, 49)]
    [InlineData(49, 1.2, 30, 49)]
    [InlineData(50, 1.5, 50, 99)]
    [InlineData(99, 1.5, 50, 99)]
    [InlineData(100, 2.0, 100, null)]
    public void Identify_PeopleAtEachBandEdge_AlphaOfTable5(int people, double alpha, int least, int? most)
    {
        var m = Identify("  - { name: 液氨, quantity_t: 10 }\n", people: people.ToString(System.Globalization.CultureInfo.InvariantCulture));
        m.Alpha.Should().Be((decimal)alpha);
        (m.AlphaBandLeast, m.AlphaBandMost).Should().Be((least, most));
        m.R.Should().Be((decimal)alpha * 2m, "β of ammonia is 2 and q/Q is 1");
    }

    [Fact]
    public void Identify_CategoryOnly_ThresholdOfTable2AndBetaOfTable4()
    {
        var term = Identify("  - { name: 某有毒气体, category: J1, quantity_t: 2 }\n").Terms.Single();
        (term.ThresholdCategory, term.Threshold, term.BetaCategory, term.Beta).Should().Be(("J1", 5m, "J1", 4m));
        term.Ratio.Should().Be(0.4m);
    }

    [Fact]
    public void Identify_SeveralHazards_TheLowestThresholdAndTheReadingSaid()
    {
        var term = Identify("  - { name: 某易燃有毒液体, category: [W5.3, J5], quantity_t: 100 }\n").Terms.Single();
        (term.ThresholdCategory, term.Threshold).Should().Be(("J5", 500m), "4.1.2 b): the lowest of W5.3's 1000 and J5's 500");
        term.BetaByReading.Should().BeTrue("which β a substance of several hazards takes is not in the standard's words");
    }

    [Fact]
    public void Identify_TableOneSubstanceOutsideTableThree_BetaFromItsCategory()
    {
        var term = Identify("  - { name: 甲醇, cas: 67-56-1, quantity_t: 120, category: W5.3 }\n").Terms.Single();
        (term.Table1Row, term.Threshold, term.BetaCategory, term.Beta).Should().Be((65, 500m, "W5.3", 1m));
    }

    [Fact]
    public void Identify_TableOneSubstanceOutsideTableThreeWithoutCategory_NoGradeAndWhatIsMissing()
    {
        var m = Identify("  - { name: 甲醇, quantity_t: 600 }\n");
        m.IsMajorHazard.Should().BeTrue();
        m.R.Should().BeNull();
        m.Grade.Should().BeNull();
        m.MissingForGrade.Should().Equal("甲醇");
    }

    [Fact]
    public void Identify_PeopleNotRecorded_NoGradeAndWhatIsMissing()
    {
        var m = Identify("  - { name: 液氨, quantity_t: 30 }\n", people: "~");
        m.IsMajorHazard.Should().BeTrue();
        m.Alpha.Should().BeNull();
        m.MissingForGrade.Should().Equal("peopleWithin500m");
    }

    [Fact]
    public void Identify_ConditionedRowByItsNameOrRow_ItsThresholdAndTableThreeByTheBareName()
    {
        var term = Identify("  - { name: 氯化氢(无水), quantity_t: 20 }\n").Terms.Single();
        (term.Table1Row, term.Threshold, term.BetaToxicName, term.Beta).Should().Be((11, 20m, "氯化氢", 3m));
        Identify("  - { name: 甲醛溶液, cas: 50-00-0, row: 8, quantity_t: 5 }\n").Terms.Single().Threshold.Should().Be(5m);
    }

    [Fact]
    public void Identify_CarbonMonoxideAndTownGas_RowThirteenButOnlyCarbonMonoxideInTableThree()
    {
        var co = Identify("  - { name: 一氧化碳, quantity_t: 20 }\n").Terms.Single();
        (co.Table1Row, co.Threshold, co.Beta).Should().Be((13, 20m, 2m));
        Identify("  - { name: 煤气, quantity_t: 20 }\n").Terms.Single().Beta.Should().BeNull("table 3 names 一氧化碳, not 煤气");
    }

    [Fact]
    public void Identify_CasOfAConditionedRowAlone_RefusedAskingForTheRowOrACategory()
    {
        var e = Refused("  - { name: 甲醛, cas: 50-00-0, quantity_t: 5 }\n");
        var d = e.Diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.Source, d.Line).Should().Be(("RK2114", "unit.yaml", 5));
        d.Message.Should().Contain("8 甲醛(含量>90%)");
    }

    [Theory]
    [InlineData("  - { name: 不明物质, quantity_t: 1 }\n", "RK2112")]
    [InlineData("  - { name: 某物质, category: W12, quantity_t: 1 }\n", "RK2113")]
    [InlineData("  - { name: 液氨, cas: 7782-50-5, quantity_t: 1 }\n", "RK2115")]
    [InlineData("  - { name: 液氨, row: 12, quantity_t: 1 }\n", "RK2115")]
    [InlineData("  - { name: 某物质, row: 86, quantity_t: 1 }\n", "RK2116")]
    [InlineData("  - { name: 液氨, quantity_t: -5 }\n", "RK2117")]
    [InlineData("  - { name: 液氨, quantity_t: 30t }\n", "RK1108")]
    public void Identify_SubstanceThatCannotBePlaced_LocatedErrorNamingWhatIsAccepted(string substance, string code)
    {
        var d = Refused(substance).Diagnostics.Should().Contain(x => x.Code == code).Subject;
        (d.Source, d.Line).Should().Be(("unit.yaml", 5));
        d.Column.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Identify_BeforeTheStandardTookEffect_RefusedNamingTheEditionNotEncoded()
    {
        var d = Refused("  - { name: 液氨, quantity_t: 30 }\n", new DateOnly(2019, 2, 28)).Diagnostics.Single();
        d.Code.Should().Be("RK2111");
        d.Message.Should().Contain("GB 18218-2009").And.Contain("2019-03-01");
        Identify("  - { name: 液氨, quantity_t: 30 }\n", date: new DateOnly(2019, 3, 1)).IsMajorHazard.Should().BeTrue("in force from that day");
    }

    [Fact]
    public void Catalog_TableOne_85RowsEachCasWithAValidCheckDigit()
    {
        var table = TestData.Engine.Catalogs.Find("hazchem.gb18218")!.Tables.Single(t => t.Name == "gb18218_table1");
        table.Rows.Select(r => int.Parse(r.Keys[0], System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(Enumerable.Range(1, 85));
        var cas = table.Rows.SelectMany(r => r.Keys[2].Split('|', StringSplitOptions.RemoveEmptyEntries)).ToList();
        cas.Should().OnlyContain(c => CheckDigitHolds(c), "a CAS number's last digit checks the others");
        table.Rows.Where(r => r.Keys[2].Length == 0).Select(r => r.Keys[0]).Should().Equal(["13", "45", "74"], "the rows the standard gives without CAS");
    }

    private static bool CheckDigitHolds(string cas)
    {
        var digits = cas.Replace("-", "", StringComparison.Ordinal);
        var body = digits[..^1];
        var sum = body.Reverse().Select((c, i) => (c - '0') * (i + 1)).Sum();
        return sum % 10 == digits[^1] - '0';
    }
}
