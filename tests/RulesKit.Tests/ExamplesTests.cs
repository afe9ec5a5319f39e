using System.Text.RegularExpressions;

namespace RulesKit.Tests;

/// <summary>
/// Every shipped example gets the verdict its name promises. <c>-cNN-</c> names criterion NN of Annex 4,
/// <c>-sNN-</c> 失实 criterion NN and <c>-xNN-</c> 虚假 criterion NN of the national list (numbered 11–13
/// in its catalog), <c>-mNN-</c> criterion NN of 1号令's 重大疏漏 list. The suffix is the verdict: <c>.false</c> / <c>.inaccurate</c> / <c>.major-omission</c> with that criterion met,
/// <c>.suspected</c> with it suspected and no verdict, <c>.scope-open</c> with it met but no verdict because whether
/// the list governs the report cannot be said (its statutory basis not recorded), <c>.clear</c> with nothing met or
/// suspected.
/// </summary>
public partial class ExamplesTests
{
    public static TheoryData<string> Examples => new(Directory.EnumerateFiles(TestData.ExamplesDirectory)
        .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)!);

    [GeneratedRegex(@"-(?<list>[csxm])(?<n>\d\d)-.*\.(?<verdict>false|inaccurate|major-omission|suspected|scope-open)\.(yaml|json)$|\.(?<verdict>clear)\.(yaml|json)$")]
    private static partial Regex NamePattern();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Evaluate_ShippedExample_GetsTheVerdictInItsName(string file)
    {
        var match = NamePattern().Match(file);
        match.Success.Should().BeTrue($"{file} must be named *-cNN-*.false|suspected.yaml or *.clear.yaml");
        var engine = TestData.Engine;

        var result = engine.Evaluate(engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, file)));

        var list = match.Groups["list"].Value switch { "s" or "x" => "national.assessment-reports", "m" => "national.major-omission", _ => "henan.zhengzhou-annex4" };
        var determination = result.Determinations.Should().ContainSingle(d => d.List.Id == list).Subject;
        var number = match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value) : 0;
        switch (match.Groups["verdict"].Value)
        {
            case "false" or "inaccurate" or "major-omission":
                determination.Verdict.Should().Be(match.Groups["verdict"].Value switch { "false" => "false_report", "inaccurate" => "inaccurate_report", _ => "major_omission" });
                determination.Met.Should().Contain(number);
                break;
            case "suspected":
                determination.Verdict.Should().BeNull();
                determination.Suspected.Should().Contain(number);
                break;
            case "scope-open":
                determination.Verdict.Should().BeNull("the list may not govern the report");
                determination.VerdictName.Should().Be("无法判定是否适用");
                determination.Applicability.Should().Be(Applicability.ScopeUnknown);
                determination.Met.Should().Contain(number);
                break;
            default:
                result.Determinations.Should().OnlyContain(d => d.Verdict == null && d.Met.IsEmpty && d.Suspected.IsEmpty);
                break;
        }
    }

    [Fact]
    public void Examples_CoverEveryCriterion()
    {
        var met = Directory.EnumerateFiles(TestData.ExamplesDirectory)
            .Select(f => NamePattern().Match(Path.GetFileName(f)))
            .Where(m => m.Success && m.Groups["list"].Value == "c" && m.Groups["verdict"].Value is "false" or "scope-open")
            .Select(m => int.Parse(m.Groups["n"].Value))
            .ToHashSet();
        met.Should().BeEquivalentTo(Enumerable.Range(1, 11));
    }
}
