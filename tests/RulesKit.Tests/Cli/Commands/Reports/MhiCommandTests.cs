using System.Text.Json;

namespace RulesKit.Tests.Cli.Commands.Reports;

public class MhiCommandTests
{
    private static string Unit(string name) => Path.Combine(TestData.RulesDirectory, "mhi", name);

    [Fact]
    public void Mhi_WorkedCheck_ArithmeticAndGradeInChinese()
    {
        var (code, output, _) = Tool.Run("mhi", Unit("ammonia-chlorine-tank-farm.yaml"), "--date", "2021-07-01");
        code.Should().Be(0);
        output.Should().Contain("液氨：q = 30 t，Q = 10 t（表1 第1行 氨），q/Q = 3；β = 2（表3 氨），β·q/Q = 6")
            .And.Contain("辨识指标 S = 3.6").And.Contain("构成重大危险源")
            .And.Contain("α = 1.5").And.Contain("60人，表5：50–99人")
            .And.Contain("R = 12.6").And.Contain("级别：三级（表6）；距二级还差 37.4")
            .And.Contain("仅见转录文本");
    }

    [Fact]
    public void Mhi_Json_TheFiguresAsNumbers()
    {
        var (code, output, _) = Tool.Run("mhi", Unit("three-gases-at-one.yaml"), "--format", "json", "--date", "2021-07-01");
        code.Should().Be(0);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("s").GetDecimal().Should().Be(1m);
        root.GetProperty("isMajorHazard").GetBoolean().Should().BeTrue();
        root.GetProperty("grade").GetInt32().Should().Be(4);
        root.GetProperty("terms").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public void Mhi_MarkdownInEnglish_ATableOfTerms()
    {
        var (_, output, _) = Tool.Run("mhi", Unit("mixed-inventory.yaml"), "--format", "markdown", "--lang", "en", "--date", "2021-07-01");
        output.Should().Contain("| substance | q (t) | Q (t) |").And.Contain("| 某有毒气体 | 2 | 5 | Table 2 J1 | 0.4 | 4 | Table 4 J1 | 1.6 |")
            .And.Contain("0.16 short of 1").And.Contain("the project's reading");
    }

    [Fact]
    public void Mhi_MajorHazardWithoutItsGrade_ExitOneAndWhatIsMissing()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("ruleskit-mhi-").FullName, "u.yaml");
        File.WriteAllText(file, "unit: 甲醇罐区\ntype: storage\nsubstances:\n  - { name: 甲醇, quantity_t: 600 }\n");
        var (code, output, _) = Tool.Run("mhi", file, "--date", "2021-07-01");
        code.Should().Be(1);
        output.Should().Contain("分级指标 R 无法计算").And.Contain("甲醇 的危险性类别").And.Contain("peopleWithin500m");
    }

    [Fact]
    public void Mhi_BadFile_LocatedErrorAndExitTwo()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("ruleskit-mhi-").FullName, "u.yaml");
        File.WriteAllText(file, "unit: X\ntype: warehouse\nsubstances:\n  - { name: 不明物质, quantity_t: 1 }\n");
        var (code, _, error) = Tool.Run("mhi", file, "--date", "2021-07-01");
        code.Should().Be(2);
        error.Should().Contain("u.yaml:2:7").And.Contain("storage, production");
    }
}
