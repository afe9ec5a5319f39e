using System.CommandLine;
using System.Globalization;
using RulesKit.Testing.Scenarios;

namespace RulesKit.Cli;

public static partial class CommandLine
{
    internal sealed partial class Cli
    {
        private Command TestCommand()
        {
            var paths = new Argument<string[]>("scenarios") { Description = "scenario files or folders", Arity = ArgumentArity.OneOrMore };
            var coverage = new Option<bool>("--coverage") { Description = "report which catalog items (of every confidence) and criteria the scenarios exercised" };
            var threshold = Typed<decimal>("--threshold", "fail when the items that can decide (official or transcription) exercised are below this percentage",
                text => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var pct) && pct is >= 0 and <= 100 ? pct : null,
                text => new UsageException($"--threshold：应为 0 到 100 的百分数，实际是“{text}”", $"--threshold: expected a percentage 0–100, found '{text}'"));
            var filter = new Option<string?>("--filter") { Description = "only scenarios whose name contains this text" };
            var catalogs = CatalogsOption();
            var extend = ExtendOption();
            var command = new Command("test", "run scenario files or folders: PASS/FAIL, what differed, coverage; last line \"N passed, N failed\"")
            {
                paths, coverage, threshold, filter, catalogs, extend,
            };
            command.SetAction(parse =>
            {
                var engine = Engine(parse.GetValue(catalogs), parse.GetValue(extend));
                IReadOnlyList<Scenario> scenarios = ScenarioRunner.Load(engine, parse.GetValue(paths)!);
                if (parse.GetValue(filter) is { } text)
                    scenarios = [.. scenarios.Where(s => s.Name.Contains(text, StringComparison.OrdinalIgnoreCase))];
                var run = ScenarioRunner.Run(engine, scenarios);
                foreach (var result in run.Results)
                {
                    Terminal.Result(Output, result.Passed, $"{result.Scenario.Name}  ({result.Scenario.Location})");
                    foreach (var difference in result.Differences)
                        Output.WriteLine("      " + difference);
                }
                var failed = run.Results.Count(r => !r.Passed);
                var limit = parse.GetValue(threshold);
                var below = limit is { } l && run.Coverage.DecidingPercent < l;
                if (parse.GetValue(coverage) || limit is not null)
                {
                    var c = run.Coverage;
                    Output.WriteLine();
                    Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"coverage: {c.DecidingPercent}% of the items that can decide (official or transcription) exercised{(limit is { } t ? $" (threshold {t}%{(below ? ": BELOW" : "")})" : "")}"));
                    foreach (var catalog in c.Catalogs)
                        Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {catalog.Catalog.Key,-52} deciding {catalog.DecidingExercised}/{catalog.Deciding}, all {catalog.Exercised.Length}/{catalog.Items}{(catalog.NeverExercised.IsEmpty ? "" : "  never: " + string.Join(", ", catalog.NeverExercised))}"));
                    Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  criteria exercised: {c.CriteriaExercised.Length}/{c.CriteriaExercised.Length + c.CriteriaNeverExercised.Length}{(c.CriteriaNeverExercised.IsEmpty ? "" : "  never: " + string.Join(", ", c.CriteriaNeverExercised))}"));
                }
                Output.WriteLine($"{run.Results.Length - failed} passed, {failed} failed");
                return failed > 0 || below ? Failure : Ok;
            });
            return command;
        }
    }
}
