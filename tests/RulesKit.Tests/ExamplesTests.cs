using System.Text.RegularExpressions;
using RulesKit.Determinations;

namespace RulesKit.Tests;

/// <summary>
/// Every shipped example gets the verdict its name promises: <c>*-cNN-*.false.*</c> is false with
/// criterion NN met, <c>*.suspected.*</c> has criterion NN suspected and no verdict, <c>*.clear.*</c> has neither.
/// </summary>
public partial class ExamplesTests
{
    public static TheoryData<string> Examples => new(Directory.EnumerateFiles(TestData.ExamplesDirectory)
        .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)!);

    [GeneratedRegex(@"-c(?<n>\d\d)-.*\.(?<verdict>false|suspected)\.(yaml|json)$|\.(?<verdict>clear)\.(yaml|json)$")]
    private static partial Regex NamePattern();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Evaluate_ShippedExample_GetsTheVerdictInItsName(string file)
    {
        var match = NamePattern().Match(file);
        match.Success.Should().BeTrue($"{file} must be named *-cNN-*.false|suspected.yaml or *.clear.yaml");
        var engine = TestData.Engine;

        var result = engine.Evaluate(engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, file)));

        var determination = result.Determinations.Should().ContainSingle().Subject;
        switch (match.Groups["verdict"].Value)
        {
            case "false":
                determination.Verdict.Should().Be("false_report");
                determination.Met.Should().Contain(int.Parse(match.Groups["n"].Value));
                break;
            case "suspected":
                determination.Verdict.Should().BeNull();
                determination.Suspected.Should().Contain(int.Parse(match.Groups["n"].Value));
                break;
            default:
                determination.Verdict.Should().BeNull();
                determination.Met.Should().BeEmpty();
                determination.Suspected.Should().BeEmpty();
                break;
        }
    }

    [Fact]
    public void Examples_CoverEveryCriterion()
    {
        var met = Directory.EnumerateFiles(TestData.ExamplesDirectory)
            .Select(f => NamePattern().Match(Path.GetFileName(f)))
            .Where(m => m.Success && m.Groups["verdict"].Value == "false")
            .Select(m => int.Parse(m.Groups["n"].Value))
            .ToHashSet();
        met.Should().BeEquivalentTo(Enumerable.Range(1, 11));
    }
}
