using System.CommandLine;
using System.Text;
using RulesKit.Workbench;
using RulesKit.Workbench.Templates;

namespace RulesKit.Cli.Commands.Experts;

/// <summary><c>ruleskit new report|inspection|campaign|actions|ledger|scenario|catalog</c>: commented templates an expert fills in (<see cref="FileTemplates"/>).</summary>
internal static class NewCommand
{
    private enum CatalogTemplate { Standards, Determination }

    public static Command Create(CliContext cli)
    {
        var command = new Command("new", cli.T("供专家填写的带注释模板：报告、检查记录、专项整治文件夹（campaign.yaml、执法措施、整改台账）、情景、目录",
            "commented templates an expert fills in: a report, an inspection record, a campaign folder's files (campaign.yaml, enforcement actions, rectification ledger), a scenario, a catalog"));

        var industry = new Option<string>("--industry") { Description = cli.T("报告所列对象类型所属的行业", "the industry whose kinds the report lists"), Required = true };
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var kinds = new Option<string[]>("--kinds")
        {
            Description = cli.T("只列出这些对象类型（逗号或空格分隔）；默认列出该行业的全部类型", "only these kinds (separated by commas or spaces); by default every kind of the industry"),
            AllowMultipleArgumentsPerToken = true,
        };
        var reportOut = CliOptions.Out(cli);
        var report = new Command("report", cli.T("列出该行业各对象类型（或所选类型）全部属性的报告模板", "a report template with every attribute of the industry's kinds (or of the kinds picked)")) { industry, kinds, catalogs, extend, reportOut };
        report.SetAction(parse =>
        {
            var engine = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend));
            var output = parse.GetValue(reportOut);
            var picked = (parse.GetValue(kinds) ?? []).SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
            return Write(cli, output, () => FileTemplates.Report(engine.Catalogs, parse.GetValue(industry)!, Templates.SchemaPath("report.schema.json", output), picked));
        });

        var party = new Option<string>("--party") { Description = cli.T("检查对象：agency 安全评价机构 | enterprise 生产经营单位 | city_bureau 市应急管理局 | county_bureau 区县应急管理局", "the party checked: agency | enterprise | city_bureau | county_bureau"), Required = true };
        var inspectionCatalogs = CliOptions.Catalogs(cli);
        var inspectionExtend = CliOptions.Extend(cli);
        var inspectionOut = CliOptions.Out(cli);
        var inspection = new Command("inspection", cli.T("检查记录模板：该检查对象的各检查项及全部属性", "an inspection record template: every kind the party's checklist tests, with every attribute")) { party, inspectionCatalogs, inspectionExtend, inspectionOut };
        inspection.SetAction(parse =>
        {
            var engine = cli.Engine(parse.GetValue(inspectionCatalogs), parse.GetValue(inspectionExtend));
            var output = parse.GetValue(inspectionOut);
            return Write(cli, output, () => FileTemplates.Inspection(engine.Catalogs, parse.GetValue(party)!, Templates.SchemaPath("inspection.schema.json", output)));
        });
        command.Add(report);
        command.Add(inspection);
        foreach (var (name, schema, chinese, english, make) in new (string, string, string, string, Func<string, string>)[]
        {
            ("campaign", "campaign.schema.json", "专项整治文件夹的 campaign.yaml：填报单位与报送日历", "a campaign folder's campaign.yaml: its units and reporting calendar", FileTemplates.Campaign),
            ("actions", "enforcement.schema.json", "执法措施（enforcement/actions.yaml）", "enforcement actions (enforcement/actions.yaml)", FileTemplates.Actions),
            ("ledger", "rectifications.schema.json", "整改台账（ledger/rectifications.yaml）", "the rectification ledger (ledger/rectifications.yaml)", FileTemplates.Ledger),
        })
        {
            var output = CliOptions.Out(cli);
            var sub = new Command(name, cli.T(chinese, english)) { output };
            sub.SetAction(parse => Write(cli, parse.GetValue(output), () => make(Templates.SchemaPath(schema, parse.GetValue(output)))));
            command.Add(sub);
        }

        var scenarioOut = CliOptions.Out(cli);
        var scenario = new Command("scenario", cli.T("情景文件模板", "a scenario file template")) { scenarioOut };
        scenario.SetAction(parse =>
        {
            var output = parse.GetValue(scenarioOut);
            return Write(cli, output, () => FileTemplates.Scenario(Templates.SchemaPath("scenario.schema.json", output)));
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
            return Write(cli, output, () => determination ? FileTemplates.DeterminationCatalog(schema) : FileTemplates.StandardsCatalog(schema));
        });

        command.Add(scenario);
        command.Add(catalog);
        return command;
    }

    private static int Write(CliContext cli, string? path, Func<string> make)
    {
        string text;
        try
        {
            text = make();
        }
        catch (WorkbenchException e)
        {
            throw new UsageException(e.Chinese, e.Message);
        }
        if (path is null)
        {
            cli.Output.Write(text);
            return CommandLine.Ok;
        }
        File.WriteAllText(path, text, new UTF8Encoding(false));
        cli.Output.WriteLine(path);
        return CommandLine.Ok;
    }
}
