using System.CommandLine;
using System.Globalization;
using RulesKit.Testing.Scenarios;

namespace RulesKit.Cli.Commands.Experts;

/// <summary><c>ruleskit test PATH…</c>: scenario files or folders, PASS/FAIL with what differed, and coverage; last line "N passed, N failed".</summary>
internal static class TestCommand
{
    public static Command Create(CliContext cli)
    {
        var paths = new Argument<string[]>("scenarios") { Description = cli.T("情景文件或文件夹", "scenario files or folders"), Arity = ArgumentArity.OneOrMore };
        var coverage = new Option<bool>("--coverage") { Description = cli.T("列出情景检验到的目录条款（各可信度）和情形", "report which catalog items (of every confidence) and criteria the scenarios exercised") };
        var threshold = CliOptions.Typed<decimal>("--threshold", cli.T("可定案条款（官方或转录文本）被检验的比例低于此百分数即失败", "fail when the items that can decide (official or transcription) exercised are below this percentage"),
            text => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var pct) && pct is >= 0 and <= 100 ? pct : null,
            text => new UsageException($"--threshold：应为 0 到 100 的百分数，实际是“{text}”", $"--threshold: expected a percentage 0–100, found '{text}'"));
        var filter = new Option<string?>("--filter") { Description = cli.T("只运行名称含有此文字的情景", "only scenarios whose name contains this text") };
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var command = new Command("test", cli.T("运行情景文件或文件夹：通过/失败、差异、覆盖率；最后一行“N passed, N failed”", "run scenario files or folders: PASS/FAIL, what differed, coverage; last line \"N passed, N failed\""))
        {
            paths, coverage, threshold, filter, catalogs, extend,
        };
        command.SetAction(parse =>
        {
            var output = cli.Output;
            var engine = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend));
            IReadOnlyList<Scenario> scenarios = ScenarioRunner.Load(engine, parse.GetValue(paths)!);
            if (parse.GetValue(filter) is { } text)
                scenarios = [.. scenarios.Where(s => s.Name.Contains(text, StringComparison.OrdinalIgnoreCase))];
            var run = ScenarioRunner.Run(engine, scenarios);
            foreach (var result in run.Results)
            {
                Terminal.Result(output, result.Passed, $"{result.Scenario.Name}  ({result.Scenario.Location})");
                foreach (var difference in result.Differences)
                    output.WriteLine("      " + difference);
            }
            var failed = run.Results.Count(r => !r.Passed);
            var limit = parse.GetValue(threshold);
            var below = limit is { } l && run.Coverage.DecidingPercent < l;
            if (parse.GetValue(coverage) || limit is not null)
            {
                var c = run.Coverage;
                output.WriteLine();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"coverage: {c.DecidingPercent}% of the items that can decide (official or transcription) exercised{(limit is { } t ? $" (threshold {t}%{(below ? ": BELOW" : "")})" : "")}"));
                foreach (var catalog in c.Catalogs)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {catalog.Catalog.Key,-52} deciding {catalog.DecidingExercised}/{catalog.Deciding}, all {catalog.Exercised.Length}/{catalog.Items}{(catalog.NeverExercised.IsEmpty ? "" : "  never: " + string.Join(", ", catalog.NeverExercised))}"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  criteria exercised: {c.CriteriaExercised.Length}/{c.CriteriaExercised.Length + c.CriteriaNeverExercised.Length}{(c.CriteriaNeverExercised.IsEmpty ? "" : "  never: " + string.Join(", ", c.CriteriaNeverExercised))}"));
            }
            output.WriteLine($"{run.Results.Length - failed} passed, {failed} failed");
            return failed > 0 || below ? CommandLine.Failure : CommandLine.Ok;
        });
        return command;
    }
}
