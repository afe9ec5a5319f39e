
namespace RulesKit.Tests.Cli.Commands.Campaign;

public class BatchCommandTests
{
    [Fact]
    public void Batch_ExamplesFolder_WritesOneLinePerReportAndTheTables()
    {
        var outDir = Directory.CreateTempSubdirectory("ruleskit-batch-").FullName;
        try
        {
            var (code, output, _) = Tool.Run("batch", TestData.ExamplesDirectory, "--out", outDir, "--parallel", "2", "--unit", "测试单位");

            code.Should().Be(0);
            var count = Directory.EnumerateFiles(TestData.ExamplesDirectory, "*", SearchOption.AllDirectories).Count();
            File.ReadAllLines(Path.Combine(outDir, "results.jsonl")).Should().HaveCount(count).And.OnlyContain(l => l.Contains("\"status\":\"ok\""));
            foreach (var name in new[] { "annex2-summary", "annex3-false-reports" })
            foreach (var ext in new[] { "csv", "md", "xlsx" })
                File.Exists(Path.Combine(outDir, $"{name}.{ext}")).Should().BeTrue($"{name}.{ext}");
            output.Should().StartWith($"in: {count}  out: {count}  evaluated: {count}  errors: 0  incomplete: ");
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
            Tool.Run("generate", "--count", "300", "--seed", "9", "--out", file).Code.Should().Be(0);
            Tool.Run("batch", file, "--out", Path.Combine(dir, "out")).Code.Should().Be(0);
            File.ReadAllLines(Path.Combine(dir, "out", "results.jsonl")).Should().HaveCount(300);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
