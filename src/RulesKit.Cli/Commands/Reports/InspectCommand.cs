using System.CommandLine;
using RulesKit.Input;
using RulesKit.Inspections;
using RulesKit.Results;

namespace RulesKit.Cli.Commands.Reports;

/// <summary><c>ruleskit inspect RECORD</c>: the campaign checklist's points found for one inspection record.</summary>
internal static class InspectCommand
{
    public static Command Create(CliContext cli)
    {
        var record = new Argument<string>("record") { Description = cli.T("检查记录（YAML 或 JSON）：评价机构、生产经营单位、市或县应急管理局", "an inspection record (YAML or JSON): an agency, an enterprise, a city or county bureau") };
        var reports = CliOptions.Reports(cli);
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var asOf = CliOptions.AsOf(cli);
        var format = CliOptions.Format(cli);
        var command = new Command("inspect", cli.T("一份检查记录对照专项整治检查要点的结果及理由", "the points of the campaign's checklist found for one inspection record, with explanations"))
        {
            record, reports, catalogs, extend, asOf, format,
        };
        command.SetAction(parse =>
        {
            var engine = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend));
            var read = engine.ReadInspection(parse.GetValue(record)!);
            var evaluation = engine.Inspect(read, NamedReports(engine, read, parse.GetValue(reports) ?? []), parse.GetValue(asOf));
            cli.WriteEvaluation(evaluation, parse.GetValue(format));
            return CommandLine.Ok;
        });
        return command;
    }

    /// <summary>Evaluates the reports the record names, found in the given files and folders; others are not read.</summary>
    internal static List<ReportEvaluation> NamedReports(RulesKitEngine engine, InspectionRecord record, string[] paths)
    {
        var wanted = record.Reports.Select(r => r.Report).ToHashSet(StringComparer.Ordinal);
        var evaluations = new List<ReportEvaluation>();
        if (wanted.Count == 0)
            return evaluations;
        var files = paths.SelectMany<string, string>(p => Directory.Exists(p)
                ? FolderFiles.Enumerate(p, FolderFiles.WithExtension(".yaml", ".yml", ".json"))
                : [p]);
        foreach (var file in files)
        {
            var node = DocumentReader.ReadFile(file);
            if (RulesKitEngine.IsInspectionRecord(node) || node is not MappingNode m || m["id"] is not ScalarNode { Value: var id } || !wanted.Contains(id))
                continue;
            evaluations.Add(engine.Evaluate(engine.ReadReport(node)));
        }
        return evaluations;
    }
}
