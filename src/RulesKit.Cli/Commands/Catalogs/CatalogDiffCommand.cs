using System.CommandLine;

namespace RulesKit.Cli.Commands.Catalogs;

/// <summary><c>ruleskit catalog diff ID@V1 ID@V2</c>: every field that changed between two versions.</summary>
internal static class CatalogDiffCommand
{
    public static Command Create(CliContext cli)
    {
        var from = new Argument<string>("from") { Description = "ID@VERSION" };
        var to = new Argument<string>("to") { Description = "ID@VERSION" };
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var command = new Command("diff", cli.T("两个版本之间改动的每个字段", "every field that changed between two versions")) { from, to, catalogs, extend };
        command.SetAction(parse =>
        {
            var set = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend)).Catalogs;
            cli.Output.Write(CatalogListing.Diff(CatalogCommand.Find(set, parse.GetValue(from)!), CatalogCommand.Find(set, parse.GetValue(to)!)));
            return CommandLine.Ok;
        });
        return command;
    }
}
