using RulesKit.Cli;

namespace RulesKit.Tests.Cli;

internal static class Tool
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static string Example(string name) => Path.Combine(TestData.ExamplesDirectory, name);
}

public class CommandLineTests
{
    [Fact]
    public void Evaluate_Example_PrintsVerdictAndExitsZero()
    {
        var (code, output, _) = Tool.Run("evaluate", Tool.Example("hazchem-c01-highway-distance.false.yaml"));
        code.Should().Be(0);
        output.Should().Contain("认定结论： 虚假").And.Contain("情形 1 [成立]");
    }

    [Fact]
    public void Evaluate_JsonEnglishAndCatalogFolder_Honoured()
    {
        var (code, output, _) = Tool.Run("evaluate", Tool.Example("hazchem-c01-highway-distance.false.yaml"), "--format", "json", "--catalogs", TestData.RulesDirectory);
        code.Should().Be(0);
        output.TrimStart().Should().StartWith("{");
        Tool.Run("evaluate", Tool.Example("hazchem-c01-highway-distance.false.yaml"), "--lang", "en").Out.Should().Contain("Verdict: false report (虚假)");
        Tool.Run("evaluate", Tool.Example("pipeline-c09-gathering-line-occupied.scope-open.yaml"), "--lang", "en").Out
            .Should().Contain("Verdict: whether the list applies cannot be said (无法判定是否适用)").And.Contain("Criteria met: 9");
    }

    [Fact]
    public void Evaluate_BrokenReport_LocatedErrorInTheUsersLanguage()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ruleskit-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, File.ReadAllText(Tool.Example("hazchem-c01-highway-distance.false.yaml")).Replace("distance_m: 60", "distance_m: sixty"));
        try
        {
            var (code, output, error) = Tool.Run("evaluate", path);
            code.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().StartWith($"{path}:21:49: 错误 RK2104: ").And.Contain("应为数字");
            Tool.Run("evaluate", path, "--lang", "en").Err.Should().StartWith($"{path}:21:49: error RK2104: ").And.Contain("expected a number");
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
    [InlineData("evaluate", "a.yaml", "--bogus")]
    [InlineData("batch", "in", "--parallel", "two", "--out", "o")]
    [InlineData("evaluate", "a.yaml", "--lang", "fr")]
    public void Run_BadUsage_ExitTwoWithMessage(params string[] args)
    {
        var (code, _, error) = Tool.Run(args);
        code.Should().Be(2);
        error.Should().StartWith("ruleskit: ");
    }

    [Fact]
    public void Run_ImpossibleDate_SaysTheDayDoesNotExist()
    {
        var (code, _, error) = Tool.Run("evaluate", "a.yaml", "--as-of", "2024-02-30", "--lang", "en");
        code.Should().Be(2);
        error.Should().Contain("--as-of: 2024-02-30 is not a date that exists");
        Tool.Run("evaluate", "a.yaml", "--as-of", "2024-02-30").Err.Should().Contain("不是存在的日期");
    }

    [Fact]
    public void Help_OneSourceForEveryCommand()
    {
        var (code, output, _) = Tool.Run("--help");
        code.Should().Be(0);
        output.Should().Contain("evaluate").And.Contain("batch").And.Contain("catalog").And.Contain("--lang");
        Tool.Run("evaluate", "--help").Out.Should().Contain("--as-of").And.Contain("--format");
    }

    [Fact]
    public void Help_ChineseByDefault_CommandsInTheirGroups()
    {
        var chinese = Tool.Run("--help").Out;
        chinese.Should().Contain("报告与检查记录：").And.Contain("专家工作：").And.Contain("一份报告的认定结论及理由");
        chinese.IndexOf("evaluate", StringComparison.Ordinal).Should().BeLessThan(chinese.IndexOf("batch", StringComparison.Ordinal));
        chinese.IndexOf("batch", StringComparison.Ordinal).Should().BeLessThan(chinese.IndexOf("test", StringComparison.Ordinal));
        Tool.Run("--help", "--lang", "en").Out.Should().Contain("reports and inspection records:").And.Contain("verdicts with explanations for one report");
        var evaluate = Tool.Run("evaluate", "--help");
        evaluate.Code.Should().Be(0, "help for a command given without its report is still help");
        evaluate.Out.Should().StartWith("用法：ruleskit evaluate <report> [选项]").And.Contain("参数：").And.Contain("选项：");
    }

    [Fact]
    public void Evaluate_InspectionRecord_SaysSoAndNamesInspect()
    {
        var record = Path.Combine(TestData.ExamplesDirectory, "inspections", "agency-all-points.found.yaml");
        var (code, output, error) = Tool.Run("evaluate", record, "--lang", "en");
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("is an inspection record").And.Contain($"ruleskit inspect {record}").And.NotContain("RK2");
    }

    [Fact]
    public void Root_CommandNamedFirst_OnlyThatCommandBuiltAndTheSameAsInTheWholeTree()
    {
        var cli = new CliContext(TextWriter.Null, TextWriter.Null, Language.English);
        var whole = cli.Root().Subcommands.ToList();
        whole.Select(c => c.Name).Should().Contain(["evaluate", "inspect", "batch", "campaign", "generate", "explain", "test", "catalog", "new"]);
        foreach (var command in whole)
        {
            var alone = cli.Root(command.Name).Subcommands;
            alone.Select(c => c.Name).Should().Equal([command.Name]);
            Shape(alone.Single()).Should().Equal(Shape(command), $"'{command.Name}' is built the same way alone");
        }
        cli.Root("frobnicate").Subcommands.Should().HaveCount(whole.Count);
        cli.Root("--lang").Subcommands.Should().HaveCount(whole.Count);
    }

    [Theory]
    [InlineData("/r", null, "/home/u", "/r")]
    [InlineData("", "/x", "/home/u", null)]
    [InlineData(null, "/x", "/home/u", "/x/ruleskit")]
    [InlineData(null, "", "/home/u", "/home/u/.cache/ruleskit")]
    [InlineData(null, null, "", null)]
    public void CacheDirectory_Environment_RulesKitCacheThenXdgThenHome(string? named, string? xdg, string home, string? expected)
    {
        if (OperatingSystem.IsWindows())
            return; // there the user's folder comes from the system
        var environment = new Dictionary<string, string?> { ["RULESKIT_CACHE"] = named, ["XDG_CACHE_HOME"] = xdg, ["HOME"] = home };

        CliContext.CacheDirectory(name => environment[name]).Should().Be(expected?.Replace('/', Path.DirectorySeparatorChar));
    }

    [Fact]
    public void Evaluate_TwiceWithTheCache_SameOutput()
    {
        // The first run may write the cache, the second reads it; the verdict and explanation must not change.
        var report = Tool.Example("hazchem-c07-unresolved-hazard.false.yaml");
        var first = Tool.Run("evaluate", report, "--format", "json");
        var second = Tool.Run("evaluate", report, "--format", "json");

        first.Code.Should().Be(0);
        second.Should().Be(first);
        Directory.EnumerateFiles(CliContext.CacheDirectory()!, "catalogs-*.bin").Should().NotBeEmpty();
    }

    // A command's subcommands, options and arguments by name, depth first.
    private static IEnumerable<string> Shape(System.CommandLine.Command command) =>
        command.Options.Select(o => $"{command.Name} {o.Name}")
            .Concat(command.Arguments.Select(a => $"{command.Name} <{a.Name}>"))
            .Concat(command.Subcommands.SelectMany(Shape));
}
