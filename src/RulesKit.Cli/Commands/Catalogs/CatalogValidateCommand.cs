using System.CommandLine;
using System.Globalization;
using RulesKit.Catalogs;

namespace RulesKit.Cli.Commands.Catalogs;

/// <summary><c>ruleskit catalog validate [DIR]</c>: load and check a catalog folder, every error located.</summary>
internal static class CatalogValidateCommand
{
    public static Command Create(CliContext cli)
    {
        var folder = new Argument<string?>("folder") { Description = cli.T("规则文件夹（默认：--catalogs，否则为内置目录）", "a rules folder (default: --catalogs, else the built-in catalogs)"), Arity = ArgumentArity.ZeroOrOne };
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var command = new Command("validate", cli.T("载入并检查目录文件夹：每个错误都注明位置，并列出警告", "load and check a catalog folder: every error located; warnings printed")) { folder, catalogs, extend };
        command.SetAction(parse =>
        {
            var set = cli.Engine(parse.GetValue(folder) ?? parse.GetValue(catalogs), parse.GetValue(extend)).Catalogs;
            foreach (var warning in set.Warnings)
                cli.Error.WriteLine(warning.ToString(cli.Language));
            var standards = set.Catalogs.Where(c => c.Type == CatalogType.Standards).ToList();
            cli.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ok: {set.Catalogs.Length} catalogs, {standards.Sum(c => c.Items.Length)} items, {set.Catalogs.Where(c => c.Type == CatalogType.Determination).Sum(c => c.Criteria.Length)} criteria, {set.Kinds.Count} kinds, {set.Warnings.Length} warnings"));
            return CommandLine.Ok;
        });
        return command;
    }
}
