using System.Text.RegularExpressions;
using RulesKit.Catalogs;
using RulesKit.Explanation;

namespace RulesKit.Tests.Catalogs;

/// <summary>
/// The campaign period (2019-05-01 on): criterion texts as the seed gives them, the campaign's scope, standards
/// in force for every industry and date, and no criterion left silently undecided.
/// </summary>
public partial class CampaignPeriodTests
{
    private const string SeedName = "000_55250487b218d1bf.txt";
    private static readonly string SeedCopy = Path.Combine(TestData.RepositoryRoot, "tests", "RulesKit.Tests", "Catalogs", "Seed", SeedName);
    // The campaign document where the project's shared folder keeps it (next to the repository), else the copy.
    private static readonly string SharedSeed = Path.GetFullPath(Path.Combine(TestData.RepositoryRoot, "..", "shared", "seed", SeedName));

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]+)、(?<text>.+)$")]
    private static partial Regex SeedCriterion();

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"];

    [Fact]
    public void SeedCopy_WhereTheSharedSeedExists_IsTheSameFile()
    {
        if (File.Exists(SharedSeed))
            File.ReadAllBytes(SeedCopy).Should().Equal(File.ReadAllBytes(SharedSeed));
        File.Exists(SeedCopy).Should().BeTrue();
    }

    [Fact]
    public void Annex4Criteria_AllEleven_MatchTheSeedCharacterForCharacter()
    {
        var lines = File.ReadAllLines(File.Exists(SharedSeed) ? SharedSeed : SeedCopy);
        var annex = Array.FindLastIndex(lines, l => l.Trim() == "附件4");
        annex.Should().BePositive("the seed has an 附件4 heading");
        var seed = lines.Skip(annex).Select(l => SeedCriterion().Match(l.Trim())).Where(m => m.Success)
            .ToDictionary(m => Array.IndexOf(Numerals, m.Groups["n"].Value) + 1, m => m.Groups["text"].Value);
        seed.Keys.Should().BeEquivalentTo(Enumerable.Range(1, 11));

        var list = TestData.Engine.Catalogs.Catalogs.Single(c => c.Id == "henan.zhengzhou-annex4");

        list.Criteria.Should().HaveCount(11);
        foreach (var criterion in list.Criteria)
            criterion.Text.Should().Be(seed[criterion.Number], $"criterion {criterion.Number} is quoted verbatim");
    }

    [Fact]
    public void Coverage_SinceTheCampaignStarted_HasNoUnexplainedHole()
    {
        var coverage = CatalogCoverage.Compute(TestData.Engine.Catalogs, new DateOnly(2019, 5, 1), new DateOnly(2026, 1, 1));

        coverage.Holes.Select(h => $"{h.Period.List.Id} #{h.Criterion.Number} {h.Period.Industry} {h.Period.From}").Should().BeEmpty();
        coverage.Periods.Select(p => p.Industry).Distinct().Should().Contain(["hazchem", "mining", "metallurgy", "nonferrous", "pipeline", "light_industry"]).And.NotContain("coal");
    }

    [Theory]
    [InlineData("metallurgy", "2021-06-01", 4, FeedLevel.Transcription)]  // 安监总管四〔2017〕129号
    [InlineData("metallurgy", "2023-06-01", 4, FeedLevel.Official)]       // 应急管理部令第10号
    [InlineData("light_industry", "2021-06-01", 7, FeedLevel.Transcription)]
    [InlineData("mining", "2021-06-01", 1, FeedLevel.Transcription)]      // neighbouring mines, blasting distance
    [InlineData("hazchem", "2021-06-01", 6, FeedLevel.RecalledOnly)]      // 令第41号 conditions only recalled
    [InlineData("metallurgy", "2021-06-01", 6, FeedLevel.NotApplicable)]  // no safety-production licence
    public void Coverage_IndustryAndDate_FeedsTheCriterionAtItsConfidence(string industry, string date, int criterion, FeedLevel expected)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var coverage = CatalogCoverage.Compute(TestData.Engine.Catalogs, day, day.AddDays(1), "henan.zhengzhou-annex4");

        coverage.Periods.Single(p => p.Industry == industry).Criteria.Single(c => c.Number == criterion).Feed.Should().Be(expected);
    }

    [Fact]
    public void Coverage_KnownGap_IsExplainedNotAHole()
    {
        var coverage = CatalogCoverage.Compute(TestData.Engine.Catalogs, new DateOnly(2021, 6, 1), new DateOnly(2021, 6, 2), "henan.zhengzhou-annex4");

        var c4 = coverage.Periods.Single(p => p.Industry == "pipeline").Criteria.Single(c => c.Number == 4);
        c4.Feed.Should().Be(FeedLevel.Nothing);
        c4.Gap!.Reason.Should().Contain("油气管道");
        c4.IsHole.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_DustHazardConcealedIn2021And2024_FalseUnderTheListAndVersionInForce()
    {
        var site = new CheckedSubject
        {
            Id = "DUST",
            Kind = "dust_explosion_site",
            Observed = TestData.Values(("sander_duct_without_spark_detection", true), ("no_tramp_removal_or_spark_detection", true)),
            Reported = TestData.Values(("sander_duct_without_spark_detection", false), ("no_tramp_removal_or_spark_detection", false)),
        };
        var survey = new EvidenceRecord
        {
            Id = "E", Source = EvidenceSource.AgencySurvey, Description = "勘验记录", Concerns = ["DUST"],
            Shows = ["sander_duct_without_spark_detection", "no_tramp_removal_or_spark_detection"],
        };
        // A woodworking 现状评价 is inside the campaign's scope only with the law that sets it recorded.
        var in2021 = TestData.Engine.Evaluate(TestData.Report("light_industry", new DateOnly(2021, 6, 1), [site], [survey]) with { StatutoryBasis = "（测试）设定该评价的法律" });
        var in2024 = TestData.Engine.Evaluate(TestData.Report("light_industry", new DateOnly(2024, 6, 1), [site], [survey]));

        in2021.Nonconformities.Should().ContainSingle().Which.ItemId.Should().Be("DU17-09");
        in2024.Nonconformities.Should().ContainSingle().Which.ItemId.Should().Be("DU-08");
        var annex4 = in2021.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4");
        (annex4.Verdict, annex4.Met).Should().BeEquivalentTo(("false_report", new[] { 4, 7 }));
        in2024.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4").Applicability.Should().Be(Applicability.OutsideCheckPeriod);
        var national = in2024.Determinations.Single(d => d.List.Id == "national.assessment-reports");
        (national.Verdict, national.Met.Contains(13)).Should().Be(("false_report", true));
        // The other dust items' facts were not recorded: they stay open, the met criteria stand all the same.
        foreach (var result in new[] { in2021, in2024 })
            result.Undecided.Should().NotBeEmpty().And.OnlyContain(n => n.SubjectId == "DUST");
    }

    [Theory]
    [InlineData("YJ17-01", "metallurgy", true)]
    [InlineData("YJ17-01", "textile", false)]   // a 冶金 section item binds no other industry
    [InlineData("NF17-02", "nonferrous", true)]
    [InlineData("NF17-02", "metallurgy", false)]
    public void Evaluate_IndustrySectionItem_BindsOnlyItsIndustry(string item, string industry, bool fires)
    {
        var place = new CheckedSubject
        {
            Id = "ROOM",
            Kind = "metallurgy_place",
            Observed = TestData.Values(("place_type", "rest_room"), ("in_molten_metal_lifting_influence_area", true)),
        };

        var result = TestData.Engine.Evaluate(TestData.Report(industry, new DateOnly(2021, 6, 1), [place]));

        result.Nonconformities.Any(n => n.ItemId == item).Should().Be(fires);
    }

    [Theory]
    [InlineData("hazchem", "现状评价", "filing", null, "hazchem-filing", true)]
    [InlineData("hazchem", "预评价", "project_review", null, "dangerous-goods-project", true)]
    [InlineData("mining", "验收评价", "acceptance", null, "mine-project", true)]
    [InlineData("mining", "现状评价", "licence", null, "mine-licence", true)]
    [InlineData("metallurgy", "验收评价", "acceptance", null, "smelting-project", true)]
    // 其他安全评价 only as 五、有关说明 limits them: with the law that sets the assessment recorded, else open.
    [InlineData("metallurgy", "现状评价", "other", null, "other-statutory", null)]
    [InlineData("pipeline", "现状评价", "other", null, "other-statutory", null)]
    [InlineData("pipeline", "现状评价", "other", "（测试）某行政法规 第X条", "other-statutory", true)]
    [InlineData("light_industry", "现状评价", "other", null, "other-statutory", null)]
    public void Evaluate_ReportTypePurposeIndustry_ScopeSaysWhetherAndWhy(string industry, string type, string purpose, string? basis, string? rule, bool? inside)
    {
        var report = TestData.Report(industry, new DateOnly(2021, 6, 1), []) with { ReportType = type, Purpose = purpose, StatutoryBasis = basis };

        var result = TestData.Engine.Evaluate(report);

        var annex4 = result.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4");
        var scope = annex4.Scope!;
        scope.InScope.Should().Be(inside);
        scope.RuleId.Should().Be(rule);
        scope.Citation.Should().Contain("五、有关说明");
        annex4.Applicability.Should().Be(inside == true ? Applicability.Applies : Applicability.ScopeUnknown);
    }

    [Fact]
    public void Evaluate_OutsideTheScope_NotApplicableNeverAVerdict()
    {
        // A hazchem 现状评价 for neither licence nor filing: no rule covers it, and 其他 needs a law that is not recorded,
        // so the scope is open rather than out; a pipeline report is out of the national list's scope never.
        var report = TestData.Report("hazchem", new DateOnly(2024, 6, 1), []) with { Purpose = "other" };
        var result = TestData.Engine.Evaluate(report);
        result.Determinations.Single(d => d.List.Id == "national.assessment-reports").Scope.Should().BeNull("the national list covers every report");
        var annex4 = result.Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4");
        (annex4.Applicability, annex4.VerdictName).Should().Be((Applicability.OutsideCheckPeriod, "不适用"));
    }

    [Fact]
    public void Evaluate_NeighbouringQuarryInsideBlastingZone_Criterion1WithTheComputedDistance()
    {
        var result = TestData.Engine.Evaluate(TestData.Engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, "mining-c01-2021-quarry-inside-blasting-zone.false.yaml")));

        var n = result.Nonconformities.Should().ContainSingle().Subject;
        n.ItemId.Should().Be("GB6722-13.2.4");
        n.Confidence.Should().Be(Confidence.Transcription);
        var text = ExplanationWriter.ToText(result, Language.English);
        text.Should().Contain("= 144.22").And.Contain("17tex.com");
    }
}
