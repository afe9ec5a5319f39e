using System.CommandLine;
using RulesKit.Catalogs;

namespace RulesKit.Cli.Commands.Catalogs;

/// <summary><c>ruleskit catalog list|validate|show|diff|coverage</c>.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("catalog", cli.T("列出、检查、查看、比较目录，以及各期间的情形覆盖", "list, check, show and compare catalogs, and what feeds each criterion over time"));
        command.Add(CatalogListCommand.Create(cli));
        command.Add(CatalogValidateCommand.Create(cli));
        command.Add(CatalogShowCommand.Create(cli));
        command.Add(CatalogDiffCommand.Create(cli));
        command.Add(CatalogCoverageCommand.Create(cli));
        return command;
    }

    /// <summary>The loaded catalog <paramref name="reference"/> names (<c>ID</c>: the latest version), or a usage error listing its versions.</summary>
    internal static Catalog Find(CatalogSet set, string reference)
    {
        if (!CatalogKey.TryParse(reference, out var key))
            throw new UsageException($"{reference} 不是目录：应为 id 或 id@version", $"{reference} is not a catalog: expected id or id@version");
        var (id, version) = key;
        var versions = string.Join(", ", set.Catalogs.Where(c => c.Id == id).Select(c => c.Version).DefaultIfEmpty("—"));
        return set.Find(id, version) ?? throw new UsageException($"没有已载入的目录 {reference}；{id} 的版本：{versions}", $"no loaded catalog {reference}; versions of {id}: {versions}");
    }
}
