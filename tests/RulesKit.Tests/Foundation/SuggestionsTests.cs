namespace RulesKit.Tests.Foundation;

public class SuggestionsTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("land_egde", "land_edge")]
    [InlineData("emergency_shutof", "emergency_shutoff")]
    [InlineData("Title", "title")]
    public void Near_ASlipOfAKnownName_ThatName(string typed, string expected) =>
        Suggestions.Near(typed, ["id", "title", "land_edge", "bridge_or_ferry", "emergency_shutoff"]).Should().Be(expected);

    [Theory]
    [InlineData("conclusionText")]
    [InlineData("zzz")]
    [InlineData("title")]
    public void Near_FarFromEveryNameOrExact_Nothing(string typed) =>
        Suggestions.Near(typed, ["id", "title", "land_edge"]).Should().BeNull();

    [Fact]
    public void ParseReport_KeyAndEnumValueMisspelt_DidYouMeanInTheMessages()
    {
        var text = TestData.ReportHeader.Replace("title: t", "titel: t\ntitle: t", StringComparison.Ordinal)
            + "subjects:\n  - { id: S2, kind: highway_distance, observed: { feature: land_egde } }\n";
        var act = () => TestData.Engine.ParseReport(text, "typo.yaml");
        var problems = act.Should().Throw<RulesKitInputException>().Which.Diagnostics;
        problems.Single(d => d.Code == "RK1102").Format(Language.Chinese).Should().Contain("是否是：title？");
        problems.Single(d => d.Code == "RK2104").Format(Language.English).Should().Contain("did you mean 'land_edge'?");
    }
}
