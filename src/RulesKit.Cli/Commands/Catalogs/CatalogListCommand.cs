using System.CommandLine;

namespace RulesKit.Cli.Commands.Catalogs;

/// <summary><c>ruleskit catalog list</c>: every catalog version, when in force, its items by confidence.</summary>
internal static class CatalogListCommand
{
    public static Command Create(CliContext cli)
    {
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var command = new Command("list", cli.T("每个目录版本：施行期间、各可信度的条款数", "every catalog version: when in force, items by confidence")) { catalogs, extend };
        command.SetAction(parse =>
        {
            var set = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend)).Catalogs;
            if (!Terminal.Table(cli.Output, CatalogListing.Columns, CatalogListing.Rows(set)))
                cli.Output.WriteLine(CatalogListing.Write(set));
            return CommandLine.Ok;
        });
        return command;
    }
}
