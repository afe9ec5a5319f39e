using System.IO.Compression;

namespace RulesKit.Tests.Cli.Commands.Campaign;

public class CampaignCommandTests
{
    private static readonly string Folder = Path.Combine(TestData.RulesDirectory, "campaign", "zhengzhou-2021");

    [Fact]
    public void Campaign_BrokenInput_NoTablesUnlessPartialAndThenEveryFileSaysSo()
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-campaign-").FullName;
        try
        {
            var folder = Path.Combine(dir, "campaign");
            TestData.CopyDirectory(Folder, folder);
            var output = Path.Combine(dir, "out");
            Tool.Run("campaign", folder, "--unit", "郑州市应急管理局", "--out", output).Code.Should().Be(0);
            File.Exists(Path.Combine(output, "annex2-summary.xlsx")).Should().BeTrue();

            // A report that cannot be read: the campaign says so, writes no table and leaves none of the run before.
            File.WriteAllText(Path.Combine(folder, "reports", "broken.yaml"), "id: BROKEN\ntitle: [\n");
            var (code, _, error) = Tool.Run("campaign", folder, "--unit", "郑州市应急管理局", "--out", output);
            code.Should().Be(1);
            error.Should().Contain("broken.yaml").And.Contain("--partial");
            Directory.GetFiles(output).Should().BeEmpty();

            // Asked for, the partial tables name the failed file in every format.
            Tool.Run("campaign", folder, "--unit", "郑州市应急管理局", "--out", output, "--partial").Code.Should().Be(1);
            File.ReadLines(Path.Combine(output, "annex2-summary.csv")).First().Should().StartWith("部分汇总：").And.Contain("broken.yaml");
            File.ReadAllText(Path.Combine(output, "annex3-false-reports.md")).Should().Contain("部分汇总：");
            File.ReadAllText(Path.Combine(output, "summary.html")).Should().Contain("部分汇总：").And.Contain("broken.yaml");
            using var xlsx = ZipFile.OpenRead(Path.Combine(output, "annex2-summary.xlsx"));
            var sheets = string.Concat(xlsx.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
                .Select(e => new StreamReader(e.Open()).ReadToEnd()));
            sheets.Should().Contain("部分汇总：");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Campaign_AnotherRunHoldsTheFolder_RefusedAndThePreviousTablesIntact()
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-campaign-").FullName;
        try
        {
            var output = Path.Combine(dir, "out");
            Tool.Run("campaign", Folder, "--unit", "郑州市应急管理局", "--out", output).Code.Should().Be(0);
            var before = Directory.GetFiles(output).Order(StringComparer.Ordinal).ToDictionary(f => f, File.ReadAllBytes);
            before.Keys.Select(Path.GetFileName).Should().NotContain(n => n!.StartsWith('.') || n.EndsWith(".tmp", StringComparison.Ordinal),
                "whole writes leave neither temporary files nor the lock behind");

            using (new FileStream(Path.Combine(output, ".ruleskit.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
                var (code, _, error) = Tool.Run("campaign", Folder, "--unit", "中牟县应急管理局", "--out", output);
                code.Should().Be(1);
                error.Should().Contain(output);
            }
            foreach (var (file, bytes) in before)
                File.ReadAllBytes(file).Should().Equal(bytes, $"{Path.GetFileName(file)} is the previous run's, untouched");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
