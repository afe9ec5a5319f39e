
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
            var output = Path.Combine(dir, "out");
            Tool.Run("batch", file, "--out", output, "--partial").Code.Should().Be(1, "the generator plants broken lines");
            File.ReadAllLines(Path.Combine(output, "results.jsonl")).Should().HaveCount(300);
            File.ReadLines(Path.Combine(output, "annex3-false-reports.csv")).First().Should().StartWith("部分汇总：").And.Contain("个输入未能读取或判定");

            // Without --partial no table is written, and those of the run before are removed.
            var (code, _, error) = Tool.Run("batch", file, "--out", output);
            code.Should().Be(1);
            error.Should().Contain("--partial");
            File.ReadAllLines(Path.Combine(output, "results.jsonl")).Should().HaveCount(300);
            Directory.GetFiles(output).Select(Path.GetFileName).Should().Equal("results.jsonl");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Batch_ReportLeavingFactsOut_TheLineNamesThemOncePerSubject()
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-missing-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "r.yaml"), TestData.ReportHeader + "checkedOn: 2021-08-16\n" + """
                subjects:
                  - { id: T, kind: storage_tank_area, observed: { mhi_grade: 2, emergency_shutoff: true }, reported: { mhi_grade: 2, emergency_shutoff: true } }
                """);
            var output = Path.Combine(dir, "out");
            Tool.Run("batch", Path.Combine(dir, "r.yaml"), "--out", output).Code.Should().Be(0);
            var line = File.ReadAllLines(Path.Combine(output, "results.jsonl")).Single();
            line.Should().Contain("\"complete\":false").And.Contain("\"missingFacts\":[\"T (storage_tank_area): toxic_or_liquefied_gas, independent_sis\"]");
            line.Should().NotContain("RK5008", "the line names what is missing once, not once per criterion");
            File.ReadAllText(Path.Combine(output, "incomplete.csv")).Should().Contain("T：toxic_or_liquefied_gas、independent_sis");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
