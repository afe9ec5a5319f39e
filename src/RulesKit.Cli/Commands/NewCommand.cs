using System.CommandLine;
using System.Text;

namespace RulesKit.Cli;

public static partial class CommandLine
{
    internal enum CatalogTemplate { Standards, Determination }

    internal sealed partial class Cli
    {
        private Command NewCommand()
        {
            var command = new Command("new", "commented templates an expert fills in: a report, a scenario, a catalog");

            var industry = new Option<string>("--industry") { Description = "the industry whose kinds the report lists", Required = true };
            var catalogs = CatalogsOption();
            var extend = ExtendOption();
            var reportOut = OutOption();
            var report = new Command("report", "a report template with every attribute of the industry's kinds") { industry, catalogs, extend, reportOut };
            report.SetAction(parse =>
            {
                var engine = Engine(parse.GetValue(catalogs), parse.GetValue(extend));
                var output = parse.GetValue(reportOut);
                Write(output, Templates.Report(engine.Catalogs, parse.GetValue(industry)!, Templates.SchemaPath("report.schema.json", output)));
                return Ok;
            });

            var scenarioOut = OutOption();
            var scenario = new Command("scenario", "a scenario file template") { scenarioOut };
            scenario.SetAction(parse =>
            {
                var output = parse.GetValue(scenarioOut);
                Write(output, Templates.Scenario(Templates.SchemaPath("scenario.schema.json", output)));
                return Ok;
            });

            var type = Typed("--type", "standards (default) or determination",
                text => text switch { "standards" => CatalogTemplate.Standards, "determination" => CatalogTemplate.Determination, _ => (CatalogTemplate?)null },
                text => new UsageException($"--type：应为 standards 或 determination，实际是“{text}”", $"--type: expected standards or determination, found '{text}'"), () => CatalogTemplate.Standards);
            var catalogOut = OutOption();
            var catalog = new Command("catalog", "a catalog template: header, a kind, an item with its clause, text, source and confidence") { type, catalogOut };
            catalog.SetAction(parse =>
            {
                var output = parse.GetValue(catalogOut);
                var determination = parse.GetValue(type) == CatalogTemplate.Determination;
                var schema = Templates.SchemaPath(determination ? "determination-catalog.schema.json" : "standards-catalog.schema.json", output);
                Write(output, determination ? Templates.DeterminationCatalog(schema) : Templates.StandardsCatalog(schema));
                return Ok;
            });

            command.Add(report);
            command.Add(scenario);
            command.Add(catalog);
            return command;
        }

        private static Option<string?> OutOption() => new("--out")
        {
            Description = "write to this file (the schema line then points at the schema from the file's folder); default: standard output",
        };

        private void Write(string? path, string text)
        {
            if (path is null)
            {
                Output.Write(text);
                return;
            }
            File.WriteAllText(path, text, new UTF8Encoding(false));
            Output.WriteLine(path);
        }
    }
}
