using RulesKit.Catalogs;

namespace RulesKit.Tests.Engine.Compilation;

/// <summary>
/// The evaluator finds a report's rule set by the period its date falls in (between two days on which some catalog
/// comes into or goes out of force): every day must get exactly the catalogs in force on it.
/// </summary>
public class RuleSetChoiceTests
{
    [Fact]
    public void RuleSetFor_EveryDayOfTheCampaignPeriod_TheCatalogsInForceThatDay()
    {
        var engine = TestData.Engine;
        var set = engine.Catalogs;
        var industries = set.Vocabulary.Industries.Concat(set.Vocabulary.Parties).Select(t => t.Key).ToList();
        var mismatches = new List<string>();
        for (var day = new DateOnly(2019, 5, 1); day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
            foreach (var industry in industries)
            {
                var chosen = engine.Evaluator.RuleSetFor(industry, day).Catalogs;
                var inForce = set.InForce(industry, day);
                if (!chosen.SequenceEqual(inForce))
                    mismatches.Add($"{industry} {day}");
            }

        mismatches.Should().BeEmpty();
        // The shipped catalogs do change within the period, so more than one rule set per industry was chosen.
        engine.Evaluator.RuleSetFor("hazchem", new DateOnly(2019, 5, 1)).Should().NotBeSameAs(engine.Evaluator.RuleSetFor("hazchem", new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void RuleSetFor_DaysAroundAVersionChange_FirstDayInclusiveLastDayExclusive()
    {
        var engine = TestData.EngineOf(("d.yaml", TestData.Determination),
            ("s1.yaml", TestData.Standards("a > 1", version: "1", from: "2020-01-01", to: "2022-01-01")),
            ("s2.yaml", TestData.Standards("a > 2", version: "2", from: "2022-01-01")));

        string? Version(DateOnly day) => engine.Evaluator.RuleSetFor("test", day).Catalogs.SingleOrDefault(c => c.Type == CatalogType.Standards)?.Version;

        // Asked out of order, so that a period filled first cannot answer for its neighbours.
        Version(new DateOnly(2022, 1, 1)).Should().Be("2");
        Version(new DateOnly(2021, 12, 31)).Should().Be("1");
        Version(new DateOnly(2019, 12, 31)).Should().BeNull();
        Version(new DateOnly(2020, 1, 1)).Should().Be("1");
        Version(new DateOnly(2030, 6, 1)).Should().Be("2");
    }
}
