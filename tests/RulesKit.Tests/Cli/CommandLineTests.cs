using RulesKit.Cli;

namespace RulesKit.Tests.Cli;

public class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Example(string name) => Path.Combine(TestData.ExamplesDirectory, name);

    [Fact]
    public void Evaluate_Example_PrintsVerdictAndExitsZero()
    {
        var (code, output, _) = Run("evaluate", Example("pipeline-c09-gathering-line-occupied.false.yaml"));
        code.Should().Be(0);
        output.Should().Contain("认定结论： 虚假").And.Contain("情形 9 [成立]");
    }

    [Fact]
    public void Evaluate_JsonEnglishAndCatalogFolder_Honoured()
    {
        var (code, output, _) = Run("evaluate", Example("pipeline-c09-gathering-line-occupied.false.yaml"), "--format", "json", "--catalogs", TestData.RulesDirectory);
        code.Should().Be(0);
        output.TrimStart().Should().StartWith("{");
        Run("evaluate", Example("pipeline-c09-gathering-line-occupied.false.yaml"), "--lang", "en").Out.Should().Contain("Verdict: false report (虚假)");
    }

    [Fact]
    public void Evaluate_BrokenReport_LocatedErrorExitTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ruleskit-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, File.ReadAllText(Example("pipeline-c09-gathering-line-occupied.false.yaml")).Replace("structures_within_5m: 3", "structures_within_5m: three"));
        try
        {
            var (code, output, error) = Run("evaluate", path);
            code.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().StartWith($"{path}:19:72:").And.Contain("expected a number");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("evaluate", "a.yaml", "--format", "xml")]
    [InlineData("evaluate", "a.yaml", "--as-of", "yesterday")]
    [InlineData("frobnicate")]
    public void Run_BadUsage_ExitTwoWithMessage(params string[] args)
    {
        var (code, _, error) = Run(args);
        code.Should().Be(2);
        error.Should().StartWith("ruleskit: ");
    }
}

public class BatchCommandTests
{
    [Fact]
    public void Batch_ExamplesFolder_WritesOneLinePerReportAndTheTables()
    {
        var outDir = Directory.CreateTempSubdirectory("ruleskit-batch-").FullName;
        try
        {
            var output = new StringWriter();
            var code = RulesKit.Cli.CommandLine.Run(["batch", TestData.ExamplesDirectory, "--out", outDir, "--parallel", "2", "--unit", "测试单位"], output, new StringWriter());

            code.Should().Be(0);
            var count = Directory.EnumerateFiles(TestData.ExamplesDirectory).Count();
            File.ReadAllLines(Path.Combine(outDir, "results.jsonl")).Should().HaveCount(count).And.OnlyContain(l => l.Contains("\"status\":\"ok\""));
            foreach (var name in new[] { "annex2-summary", "annex3-false-reports" })
            foreach (var ext in new[] { "csv", "md", "xlsx" })
                File.Exists(Path.Combine(outDir, $"{name}.{ext}")).Should().BeTrue($"{name}.{ext}");
            output.ToString().Should().StartWith($"in: {count}  out: {count}  evaluated: {count}  errors: 0");
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public void Generate_ThenBatch_EveryLineHasARecord()
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-gen-").FullName;
        try
        {
            var file = Path.Combine(dir, "reports.jsonl");
            RulesKit.Cli.CommandLine.Run(["generate", "--count", "300", "--seed", "9", "--out", file], new StringWriter(), new StringWriter()).Should().Be(0);
            RulesKit.Cli.CommandLine.Run(["batch", file, "--out", Path.Combine(dir, "out")], new StringWriter(), new StringWriter()).Should().Be(0);
            File.ReadAllLines(Path.Combine(dir, "out", "results.jsonl")).Should().HaveCount(300);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
