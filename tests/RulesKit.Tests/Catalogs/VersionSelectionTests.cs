namespace RulesKit.Tests.Catalogs;

public class VersionSelectionTests
{
    // The 2017 mining standard ends the day the 2022 one begins (2022-09-01). Its road-grade item has no
    // successor, so a too-steep road is a nonconformity on 2022-08-31 and not on 2022-09-01.
    private static Report SteepRoad(DateOnly date) => TestData.Report("mining", date,
    [
        new CheckedSubject
        {
            Id = "ROAD",
            Kind = "open_pit_road",
            Observed = TestData.Values(("road_grade_pct", 12m), ("design_road_grade_pct", 10m)),
            Reported = TestData.Values(("road_grade_pct", 9m), ("design_road_grade_pct", 10m)),
        },
    ]);

    [Fact]
    public void Evaluate_DayBeforeSuccessor_UsesThe2017Version()
    {
        var result = TestData.Engine.Evaluate(SteepRoad(new DateOnly(2022, 8, 31)));
        result.Catalogs.Should().Contain(c => c.Key == "mining.major-hazards@2017");
        result.Catalogs.Should().NotContain(c => c.Key == "mining.major-hazards@2022");
        result.Nonconformities.Should().ContainSingle(n => n.ItemId == "OP17-09");
    }

    [Fact]
    public void Evaluate_DaySuccessorTakesEffect_UsesThe2022Version()
    {
        var result = TestData.Engine.Evaluate(SteepRoad(new DateOnly(2022, 9, 1)));
        result.Catalogs.Should().Contain(c => c.Key == "mining.major-hazards@2022");
        result.Catalogs.Should().NotContain(c => c.Key == "mining.major-hazards@2017");
        result.Nonconformities.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_AsOfOverridesTheReportDate()
    {
        var result = TestData.Engine.Evaluate(SteepRoad(new DateOnly(2022, 9, 1)), asOf: new DateOnly(2022, 8, 31));
        result.AsOf.Should().Be(new DateOnly(2022, 8, 31));
        result.Nonconformities.Should().ContainSingle(n => n.ItemId == "OP17-09");
    }

    [Fact]
    public void Evaluate_RecordsEveryCatalogWithItsFullHash()
    {
        var result = TestData.Engine.Evaluate(SteepRoad(new DateOnly(2022, 8, 31)));
        foreach (var used in result.Catalogs)
        {
            used.Hash.Should().HaveLength(64);
            TestData.Engine.Catalogs.Catalogs.Should().Contain(c => c.Reference.Equals(used));
        }
        result.Catalogs.Should().Contain(c => c.Key == "henan.zhengzhou-annex4@2021");
        result.Catalogs.Should().NotContain(c => c.Id.StartsWith("hazchem."), "catalogs of another industry take no part");
    }

    [Fact]
    public void Evaluate_BeforeTheDeterminationListApplies_SaysNothingWasDecided()
    {
        var result = TestData.Engine.Evaluate(SteepRoad(new DateOnly(2019, 4, 30)));
        result.Determinations.Should().BeEmpty();
        result.Complete.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Code == "RK5001").Which.Severity.Should().Be(DiagnosticSeverity.Warning);
        result.Nonconformities.Should().ContainSingle();
    }
}
