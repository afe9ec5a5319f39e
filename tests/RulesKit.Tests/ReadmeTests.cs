using RulesKit.Explanation;

namespace RulesKit.Tests;

/// <summary>The README's opening code, run as written (paths from the repository root).</summary>
public class ReadmeTests
{
    [Fact]
    public void ReadmeQuickStart_RunsAndPrintsTheVerdict()
    {
        var output = new StringWriter();
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        var report = engine.ReadReport(Path.Combine(TestData.RepositoryRoot, "rules/examples/hazchem-c07-unresolved-hazard.false.yaml"));
        var result = engine.Evaluate(report);

        foreach (var determination in result.Determinations)
            output.WriteLine($"{determination.Title}: {determination.VerdictName}");
        output.WriteLine(ExplanationWriter.ToText(result, Language.English));

        output.ToString().Should().Contain("附件4）: 虚假").And.Contain("Criteria met: 4, 7");
    }

    [Fact]
    public void Readme_NamesTheCommandsCiRuns()
    {
        var readme = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "README.md"));
        var ci = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, ".ci", "run"));
        var tests = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "tests", "run.sh"));
        readme.Should().Contain("\ntests/run.sh\n", "the README's test command");
        ci.Should().Contain("bash tests/run.sh", "CI runs the README's test command");
        tests.Should().Contain("apt-get install -y -qq chromium fonts-wqy-zenhei").And.Contain("dotnet test RulesKit.sln");
        readme.Should().Contain("dotnet run --project src/RulesKit.Cli -- evaluate rules/examples/hazchem-c07-unresolved-hazard.false.yaml");
        ci.Should().Contain("dotnet run --project src/RulesKit.Cli -- evaluate rules/examples/hazchem-c07-unresolved-hazard.false.yaml");
    }
}
