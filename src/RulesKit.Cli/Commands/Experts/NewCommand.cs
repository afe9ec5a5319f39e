using System.CommandLine;
using System.Text;

namespace RulesKit.Cli.Commands.Experts;

/// <summary><c>ruleskit new report|scenario|catalog</c>: commented templates an expert fills in.</summary>
internal static class NewCommand
{
    private enum CatalogTemplate { Standards, Determination }

    public static Command Create(CliContext cli)
    {
        var command = new Command("new", cli.T("供专家填写的带注释模板：报告、情景、目录", "commented templates an expert fills in: a report, a scenario, a catalog"));

        var industry = new Option<string>("--industry") { Description = cli.T("报告所列对象类型所属的行业", "the industry whose kinds the report lists"), Required = true };
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var reportOut = CliOptions.Out(cli);
        var report = new Command("report", cli.T("列出该行业各对象类型全部属性的报告模板", "a report template with every attribute of the industry's kinds")) { industry, catalogs, extend, reportOut };
        report.SetAction(parse =>
        {
            var engine = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend));
            var output = parse.GetValue(reportOut);
            Write(cli, output, Templates.Report(engine.Catalogs, parse.GetValue(industry)!, Templates.SchemaPath("report.schema.json", output)));
            return CommandLine.Ok;
        });

        var scenarioOut = CliOptions.Out(cli);
        var scenario = new Command("scenario", cli.T("情景文件模板", "a scenario file template")) { scenarioOut };
        scenario.SetAction(parse =>
        {
            var output = parse.GetValue(scenarioOut);
            Write(cli, output, Templates.Scenario(Templates.SchemaPath("scenario.schema.json", output)));
            return CommandLine.Ok;
        });

        var type = CliOptions.Typed("--type", cli.T("standards（默认）或 determination", "standards (default) or determination"),
            text => text switch { "standards" => CatalogTemplate.Standards, "determination" => CatalogTemplate.Determination, _ => (CatalogTemplate?)null },
            text => new UsageException($"--type：应为 standards 或 determination，实际是“{text}”", $"--type: expected standards or determination, found '{text}'"), () => CatalogTemplate.Standards);
        var catalogOut = CliOptions.Out(cli);
        var catalog = new Command("catalog", cli.T("目录模板：文件头、一种对象、一个条款及其条款号、原文、出处和可信度", "a catalog template: header, a kind, an item with its clause, text, source and confidence")) { type, catalogOut };
        catalog.SetAction(parse =>
        {
            var output = parse.GetValue(catalogOut);
            var determination = parse.GetValue(type) == CatalogTemplate.Determination;
            var schema = Templates.SchemaPath(determination ? "determination-catalog.schema.json" : "standards-catalog.schema.json", output);
            Write(cli, output, determination ? Templates.DeterminationCatalog(schema) : Templates.StandardsCatalog(schema));
            return CommandLine.Ok;
        });

        command.Add(report);
        command.Add(scenario);
        command.Add(catalog);
        return command;
    }

    private static void Write(CliContext cli, string? path, string text)
    {
        if (path is null)
        {
            cli.Output.Write(text);
            return;
        }
        File.WriteAllText(path, text, new UTF8Encoding(false));
        cli.Output.WriteLine(path);
    }
}
