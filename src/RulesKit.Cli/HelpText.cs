using System.CommandLine;
using System.CommandLine.Invocation;

namespace RulesKit.Cli;

/// <summary>
/// <c>--help</c> in the user's language (Chinese by default): the root lists the commands in their groups, a command
/// its arguments, options and subcommands. Replaces System.CommandLine's help, whose headings are English only.
/// </summary>
internal sealed class HelpText(CliContext cli) : SynchronousCommandLineAction
{
    // Help for a command given without its required arguments is still help, as with System.CommandLine's own.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var output = parseResult.InvocationConfiguration.Output;
        output.Write(command is RootCommand root ? Root(root) : Of(command, parseResult));
        return CommandLine.Ok;
    }

    private string Root(RootCommand root)
    {
        var w = new StringWriter();
        w.WriteLine(root.Description);
        w.WriteLine();
        w.WriteLine(cli.T("用法：ruleskit <命令> [参数] [选项]", "usage: ruleskit <command> [arguments] [options]"));
        var present = root.Subcommands.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var width = present.Keys.Max(n => n.Length) + 3;
        foreach (var (chinese, english, commands) in CommandLine.Groups)
        {
            w.WriteLine();
            w.WriteLine(cli.T(chinese, english) + cli.T("：", ":"));
            foreach (var (name, _) in commands)
                if (present.TryGetValue(name, out var command))
                    w.WriteLine($"  {name.PadRight(width)}{command.Description}");
        }
        w.WriteLine();
        Options(w, root.Options);
        w.WriteLine();
        w.WriteLine(cli.T("运行 ruleskit <命令> --help 查看一个命令的用法", "run 'ruleskit <command> --help' for a command's usage"));
        return w.ToString();
    }

    private string Of(Command command, ParseResult parseResult)
    {
        var w = new StringWriter();
        var path = string.Join(" ", Path(parseResult.CommandResult).Reverse());
        var arguments = string.Concat(command.Arguments.Select(a => a.Arity.MinimumNumberOfValues == 0 ? $" [<{a.Name}>]" : $" <{a.Name}>"));
        w.WriteLine(cli.T($"用法：{path}{arguments}{(command.Subcommands.Count > 0 ? " <命令>" : "")} [选项]", $"usage: {path}{arguments}{(command.Subcommands.Count > 0 ? " <command>" : "")} [options]"));
        w.WriteLine();
        w.WriteLine(command.Description);
        if (command.Arguments.Count > 0)
        {
            w.WriteLine();
            w.WriteLine(cli.T("参数：", "arguments:"));
            var width = command.Arguments.Max(a => a.Name.Length) + 5;
            foreach (var argument in command.Arguments)
                w.WriteLine($"  {("<" + argument.Name + ">").PadRight(width)}{argument.Description}");
        }
        if (command.Subcommands.Count > 0)
        {
            w.WriteLine();
            w.WriteLine(cli.T("命令：", "commands:"));
            var width = command.Subcommands.Max(c => c.Name.Length) + 3;
            foreach (var sub in command.Subcommands)
                w.WriteLine($"  {sub.Name.PadRight(width)}{sub.Description}");
        }
        w.WriteLine();
        // The options of the command and the recursive ones of the commands above it (--lang, --help).
        var options = command.Options.Concat(parseResult.RootCommandResult.Command.Options.Where(o => o.Recursive || o is System.CommandLine.Help.HelpOption)).Distinct();
        Options(w, options);
        return w.ToString();
    }

    private void Options(StringWriter w, IEnumerable<Option> options)
    {
        w.WriteLine(cli.T("选项：", "options:"));
        var shown = options.Select(o => (Names: o is System.CommandLine.Help.HelpOption ? "-h, --help" : string.Join(", ", o.Aliases.Order(StringComparer.Ordinal).Append(o.Name)), Description: Describe(o))).ToList();
        var width = shown.Max(o => o.Names.Length) + 3;
        foreach (var (names, description) in shown)
            w.WriteLine($"  {names.PadRight(width)}{description}");
    }

    private string Describe(Option option) => option switch
    {
        System.CommandLine.Help.HelpOption => cli.T("显示用法", "show usage"),
        VersionOption => cli.T("显示版本", "show the version"),
        _ => (option.Required ? cli.T("（必需）", "(required) ") : "") + option.Description,
    };

    private static IEnumerable<string> Path(System.CommandLine.Parsing.SymbolResult? result)
    {
        for (; result is not null; result = result.Parent)
            if (result is System.CommandLine.Parsing.CommandResult c)
                yield return c.Command is RootCommand ? "ruleskit" : c.Command.Name;
    }
}
