using System.CommandLine;
using System.CommandLine.Parsing;

namespace RulesKit.Cli;

/// <summary>
/// The command tree, parsed by System.CommandLine: commands, arguments and options with their arity.
/// Values are handed to the commands as text, so dates and choices get the project's own messages.
/// </summary>
internal static class Parser
{
    private static readonly string[] Flags = ["--full", "--coverage"];

    public static RootCommand Root()
    {
        Option<string> Value(string name, string description) => new(name) { Description = description };
        Option<bool> Flag(string name, string description) => new(name) { Description = description, Arity = ArgumentArity.Zero };
        var catalogs = () => Value("--catalogs", "a rules folder (standards/ and determination/) instead of the built-in catalogs");
        var asOf = () => Value("--as-of", "choose catalog versions in force on this date (YYYY-MM-DD)");

        var evaluate = new Command("evaluate", "verdicts with explanations for one report")
        {
            new Argument<string[]>("report") { Arity = ArgumentArity.ZeroOrMore },
            catalogs(), asOf(), Value("--format", "text, json or markdown"), Value("--lang", "zh or en"),
        };
        var batch = new Command("batch", "evaluate a folder of reports or a JSON Lines file; write results.jsonl and the 附件2/附件3 tables")
        {
            new Argument<string[]>("input") { Arity = ArgumentArity.ZeroOrMore },
            Value("--out", "output folder"), Value("--parallel", "worker threads"), asOf(), catalogs(),
            Value("--unit", "填报单位"), Flag("--full", "the full evaluation in results.jsonl"),
        };
        var generate = new Command("generate", "a synthetic batch as JSON Lines")
        {
            Value("--count", "reports"), Value("--seed", "seed"), Value("--out", "file"),
        };
        var explain = new Command("explain", "why a criterion or an item did or did not apply")
        {
            new Argument<string[]>("report") { Arity = ArgumentArity.ZeroOrMore },
            Value("--criterion", "criterion number"), Value("--list", "determination list id"), Value("--item", "[catalog/]item id"), asOf(), catalogs(),
        };
        var test = new Command("test", "run scenario files or folders")
        {
            new Argument<string[]>("scenarios") { Arity = ArgumentArity.ZeroOrMore },
            Flag("--coverage", "report coverage"), Value("--threshold", "minimum percentage of verified items exercised"),
            Value("--filter", "only scenarios whose name contains this text"), catalogs(),
        };
        var catalog = new Command("catalog", "list | validate [DIR] | show ID[@VERSION] | diff ID@V1 ID@V2")
        {
            new Argument<string[]>("words") { Arity = ArgumentArity.ZeroOrMore },
            catalogs(),
        };
        var @new = new Command("new", "report --industry X | scenario: a commented template")
        {
            new Argument<string[]>("what") { Arity = ArgumentArity.ZeroOrMore },
            Value("--industry", "industry key"),
        };
        return new RootCommand("ruleskit: safety-assessment report verdicts from verified facts") { evaluate, batch, generate, explain, test, catalog, @new };
    }

    public static CommandLine.Options ToOptions(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var positional = command.Arguments.SelectMany(a => parsed.GetValue<string[]>(a.Name) ?? []).ToList();
        // A free argument list takes any token; an unknown --option must not pass for a file name.
        if (positional.FirstOrDefault(p => p.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
            throw new CommandLine.UsageException($"unknown option '{unknown}' for '{command.Name}'");
        var values = command.Options.Select(o => (o.Name,
            Flags.Contains(o.Name) ? (parsed.GetValue<bool>(o.Name) ? "true" : null) : parsed.GetValue<string>(o.Name)));
        return CommandLine.Options.From(positional, values);
    }
}
