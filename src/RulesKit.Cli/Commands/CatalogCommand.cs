using System.CommandLine;
using System.Globalization;
using RulesKit.Catalogs;

namespace RulesKit.Cli;

public static partial class CommandLine
{
    internal sealed partial class Cli
    {
        private Command CatalogCommand()
        {
            var command = new Command("catalog", "list, check, show and compare catalogs");
            command.Add(CatalogList());
            command.Add(CatalogValidate());
            command.Add(CatalogShow());
            command.Add(CatalogDiffCommand());
            command.Add(CatalogCoverageCommand());
            return command;
        }

        private Command CatalogList()
        {
            var catalogs = CatalogsOption();
            var extend = ExtendOption();
            var command = new Command("list", "every catalog version: when in force, items by confidence") { catalogs, extend };
            command.SetAction(parse =>
            {
                var set = Engine(parse.GetValue(catalogs), parse.GetValue(extend)).Catalogs;
                if (!Terminal.Table(Output, CatalogListing.Columns, CatalogListing.Rows(set)))
                    Output.WriteLine(CatalogListing.Write(set));
                return Ok;
            });
            return command;
        }

        private Command CatalogValidate()
        {
            var folder = new Argument<string?>("folder") { Description = "a rules folder (default: --catalogs, else the built-in catalogs)", Arity = ArgumentArity.ZeroOrOne };
            var catalogs = CatalogsOption();
            var extend = ExtendOption();
            var command = new Command("validate", "load and check a catalog folder: every error located; warnings printed") { folder, catalogs, extend };
            command.SetAction(parse =>
            {
                var set = Engine(parse.GetValue(folder) ?? parse.GetValue(catalogs), parse.GetValue(extend)).Catalogs;
                foreach (var warning in set.Warnings)
                    Error.WriteLine(warning.ToString(Language));
                var standards = set.Catalogs.Where(c => c.Type == CatalogType.Standards).ToList();
                Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"ok: {set.Catalogs.Length} catalogs, {standards.Sum(c => c.Items.Length)} items, {set.Catalogs.Where(c => c.Type == CatalogType.Determination).Sum(c => c.Criteria.Length)} criteria, {set.Kinds.Count} kinds, {set.Warnings.Length} warnings"));
                return Ok;
            });
            return command;
        }

        private Command CatalogShow()
        {
            var reference = new Argument<string?>("catalog") { Description = "ID or ID@VERSION (the latest version when none is given)", Arity = ArgumentArity.ZeroOrOne };
            var kinds = new Option<bool>("--kinds") { Description = "the subject kinds (of the catalog, or of every catalog): attributes, types, units, allowed values" };
            var catalogs = CatalogsOption();
            var extend = ExtendOption();
            var command = new Command("show", "one catalog version: items, clauses, conditions, confidence; or the kinds") { reference, kinds, catalogs, extend };
            command.SetAction(parse =>
            {
                var set = Engine(parse.GetValue(catalogs), parse.GetValue(extend)).Catalogs;
                var name = parse.GetValue(reference);
                var catalog = name is null ? null : Find(set, name);
                if (parse.GetValue(kinds))
                    Output.Write(CatalogListing.Kinds(set, catalog));
                else if (catalog is null)
                    throw new UsageException("catalog show：请给出 ID 或 ID@VERSION，或使用 --kinds", "catalog show: give ID or ID@VERSION, or --kinds");
                else
                    Output.Write(CatalogListing.Show(catalog));
                return Ok;
            });
            return command;
        }

        private Command CatalogDiffCommand()
        {
            var from = new Argument<string>("from") { Description = "ID@VERSION" };
            var to = new Argument<string>("to") { Description = "ID@VERSION" };
            var catalogs = CatalogsOption();
            var extend = ExtendOption();
            var command = new Command("diff", "every field that changed between two versions") { from, to, catalogs, extend };
            command.SetAction(parse =>
            {
                var set = Engine(parse.GetValue(catalogs), parse.GetValue(extend)).Catalogs;
                Output.Write(CatalogListing.Diff(Find(set, parse.GetValue(from)!), Find(set, parse.GetValue(to)!)));
                return Ok;
            });
            return command;
        }

        private static Catalog Find(CatalogSet set, string reference)
        {
            if (!CatalogKey.TryParse(reference, out var key))
                throw new UsageException($"{reference} 不是目录：应为 id 或 id@version", $"{reference} is not a catalog: expected id or id@version");
            var (id, version) = key;
            var versions = string.Join(", ", set.Catalogs.Where(c => c.Id == id).Select(c => c.Version).DefaultIfEmpty("—"));
            return set.Find(id, version) ?? throw new UsageException($"没有已载入的目录 {reference}；{id} 的版本：{versions}", $"no loaded catalog {reference}; versions of {id}: {versions}");
        }
    }
}
