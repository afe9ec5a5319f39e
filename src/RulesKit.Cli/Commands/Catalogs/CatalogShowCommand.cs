using System.CommandLine;

namespace RulesKit.Cli.Commands.Catalogs;

/// <summary><c>ruleskit catalog show ID[@VERSION] | --kinds</c>: one catalog version, or the subject kinds.</summary>
internal static class CatalogShowCommand
{
    public static Command Create(CliContext cli)
    {
        var reference = new Argument<string?>("catalog") { Description = cli.T("ID 或 ID@VERSION（不写版本即最新版本）", "ID or ID@VERSION (the latest version when none is given)"), Arity = ArgumentArity.ZeroOrOne };
        var kinds = new Option<bool>("--kinds") { Description = cli.T("对象类型（该目录的，或全部目录的）：属性、类型、单位、允许值", "the subject kinds (of the catalog, or of every catalog): attributes, types, units, allowed values") };
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var command = new Command("show", cli.T("一个目录版本：条款、条款号、条件、可信度；或对象类型", "one catalog version: items, clauses, conditions, confidence; or the kinds")) { reference, kinds, catalogs, extend };
        command.SetAction(parse =>
        {
            var set = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend)).Catalogs;
            var name = parse.GetValue(reference);
            var catalog = name is null ? null : CatalogCommand.Find(set, name);
            if (parse.GetValue(kinds))
                cli.Output.Write(CatalogListing.Kinds(set, catalog));
            else if (catalog is null)
                throw new UsageException("catalog show：请给出 ID 或 ID@VERSION，或使用 --kinds", "catalog show: give ID or ID@VERSION, or --kinds");
            else
                cli.Output.Write(CatalogListing.Show(catalog));
            return CommandLine.Ok;
        });
        return command;
    }
}
