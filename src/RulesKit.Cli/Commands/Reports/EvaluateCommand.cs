using System.CommandLine;
using RulesKit.Input;

namespace RulesKit.Cli.Commands.Reports;

/// <summary><c>ruleskit evaluate REPORT</c>: the verdict of every list in force, with its reasons.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext cli)
    {
        var report = new Argument<string>("report") { Description = cli.T("报告文件（YAML 或 JSON）", "a report file (YAML or JSON)") };
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var asOf = CliOptions.AsOf(cli);
        var format = CliOptions.Format(cli);
        var command = new Command("evaluate", cli.T("一份报告的认定结论及理由", "verdicts with explanations for one report")) { report, catalogs, extend, asOf, format };
        command.SetAction(parse =>
        {
            var engine = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend));
            var path = parse.GetValue(report)!;
            var document = DocumentReader.ReadFile(path);
            if (RulesKitEngine.IsInspectionRecord(document))
                throw new UsageException($"evaluate：{path} 是检查记录（写有 party），不是评价报告；请用 ruleskit inspect {path}",
                    $"evaluate: {path} is an inspection record (it names a party), not a report; use ruleskit inspect {path}");
            cli.WriteEvaluation(engine.Evaluate(engine.ReadReport(document), parse.GetValue(asOf)), parse.GetValue(format));
            return CommandLine.Ok;
        });
        return command;
    }
}
