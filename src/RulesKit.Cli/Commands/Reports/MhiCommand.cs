using System.CommandLine;
using RulesKit.Explanation;

namespace RulesKit.Cli.Commands.Reports;

/// <summary>
/// <c>ruleskit mhi UNIT</c>: GB 18218's identification and grading of one production or storage unit written alone,
/// with the arithmetic shown — what experts otherwise do in a spreadsheet.
/// </summary>
internal static class MhiCommand
{
    public static Command Create(CliContext cli)
    {
        var unit = new Argument<string>("unit") { Description = cli.T("单元文件（YAML 或 JSON，见 rules/schema/mhi-unit.schema.json）", "a unit file (YAML or JSON; see rules/schema/mhi-unit.schema.json)") };
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var date = CliOptions.Typed<DateOnly>("--date",
            cli.T("按该日（YYYY-MM-DD）施行的 GB 18218 计算；默认为今天", "compute by GB 18218 as in force on this date (YYYY-MM-DD); default: today"),
            CliOptions.ParseDate, text => CliOptions.BadDate("--date", text), () => DateOnly.FromDateTime(DateTime.Today));
        var format = CliOptions.Format(cli);
        var command = new Command("mhi", cli.T("危险化学品重大危险源辨识与分级（GB 18218），给出计算过程", "major hazard identification and grading (GB 18218), with the arithmetic")) { unit, catalogs, extend, date, format };
        command.SetAction(parse =>
        {
            var engine = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend));
            var identification = engine.IdentifyMajorHazard(RulesKitEngine.ReadHazardousUnit(parse.GetValue(unit)!), parse.GetValue(date));
            cli.Output.Write(parse.GetValue(format) switch
            {
                OutputFormat.Json => MajorHazardWriter.ToJson(identification) + "\n",
                OutputFormat.Markdown => MajorHazardWriter.ToMarkdown(identification, cli.Language),
                OutputFormat.Html => MajorHazardWriter.ToHtml(identification, cli.Language),
                _ => MajorHazardWriter.ToText(identification, cli.Language),
            });
            // A 重大危险源 whose grade cannot be computed is not an answer the expert can file.
            return identification.IsMajorHazard && identification.Grade is null ? CommandLine.Failure : CommandLine.Ok;
        });
        return command;
    }
}
