using System.CommandLine;
using RulesKit.Explanation;
using RulesKit.Input;

namespace RulesKit.Cli.Commands.Reports;

/// <summary><c>ruleskit explain FILE --criterion N | --item ID</c>: why a criterion, a checklist point or an item did or did not apply.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext cli)
    {
        var report = new Argument<string>("report") { Description = cli.T("报告或检查记录文件（YAML 或 JSON）", "a report or inspection record file (YAML or JSON)") };
        var criterion = CliOptions.Typed<int>("--criterion", cli.T("情形（或检查要点）编号：为何成立或不成立", "a criterion (or checklist point) number: why it was or was not met"),
            text => int.TryParse(text, out var n) && n > 0 ? n : null,
            text => new UsageException($"--criterion：应为正整数，实际是“{text}”", $"--criterion: expected a whole number above 0, found '{text}'"));
        var list = new Option<string?>("--list") { Description = cli.T("与 --criterion 同用：只看这个认定目录", "with --criterion: only this determination list") };
        var item = new Option<string?>("--item") { Description = cli.T("条款 ITEM、CATALOG/ITEM 或 CATALOG@VERSION/ITEM：它在同类每个对象上的检验", "an item, ITEM, CATALOG/ITEM or CATALOG@VERSION/ITEM: its test on every subject of its kind") };
        var asOf = CliOptions.AsOf(cli);
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var reports = CliOptions.Reports(cli);
        var command = new Command("explain", cli.T("一个情形（或检查要点）、一个条款为何适用或不适用", "why a criterion (or an inspection point) or an item did or did not apply"))
        {
            report, criterion, list, item, asOf, catalogs, extend, reports,
        };
        command.SetAction(parse =>
        {
            var (number, id) = (parse.GetValue(criterion), parse.GetValue(item));
            if (number is null == id is null)
                throw new UsageException("explain：--criterion N 与 --item ID 须且只须给出一个", "explain: give exactly one of --criterion N or --item ID");
            var engine = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend));
            var document = DocumentReader.ReadFile(parse.GetValue(report)!);
            if (RulesKitEngine.IsInspectionRecord(document))
            {
                var record = engine.ReadInspection(document);
                var named = InspectCommand.NamedReports(engine, record, parse.GetValue(reports) ?? []);
                cli.Output.Write(number is { } point
                    ? ExplanationWriter.ToText(engine.ExplainCriterion(record, point, parse.GetValue(list), named, parse.GetValue(asOf)), cli.Language)
                    : ExplanationWriter.ToText(engine.ExplainItem(record, id!, named, parse.GetValue(asOf)), cli.Language));
                return CommandLine.Ok;
            }
            var read = engine.ReadReport(document);
            cli.Output.Write(number is { } n
                ? ExplanationWriter.ToText(engine.ExplainCriterion(read, n, parse.GetValue(list), parse.GetValue(asOf)), cli.Language)
                : ExplanationWriter.ToText(engine.ExplainItem(read, id!, parse.GetValue(asOf)), cli.Language));
            return CommandLine.Ok;
        });
        return command;
    }
}
