using System.CommandLine;
using System.Globalization;
using System.Text;
using RulesKit.Campaign.Tables;
using RulesKit.Campaign.Ledger;

namespace RulesKit.Cli.Commands.Campaign;

/// <summary><c>ruleskit campaign FOLDER --unit 填报单位 --out DIR</c>: a unit's cumulative tables, ledger and HTML summary.</summary>
internal static class CampaignCommand
{
    public static Command Create(CliContext cli)
    {
        var folder = new Argument<string>("folder") { Description = cli.T("专项整治文件夹：campaign.yaml、报告、检查记录、执法措施、整改台账", "a campaign folder: campaign.yaml, reports, inspection records, enforcement actions, rectification ledgers") };
        var unit = new Option<string>("--unit") { Description = cli.T("填报单位：市（各县区合计）或某县区", "填报单位: the city's (its counties summed) or a county's"), Required = true };
        var asOf = CliOptions.AsOf(cli);
        asOf.Description = cli.T("截止日期（默认：报送日历的最后一个报送日）", "截止日期 (default: the calendar's latest reporting day)");
        var outDir = new Option<string>("--out") { Description = cli.T("各表（XLSX、CSV、Markdown）与 summary.html 的输出文件夹", "output folder for the tables (XLSX, CSV, Markdown) and summary.html"), Required = true };
        var parallel = CliOptions.Parallel(cli);
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var partial = BatchCommand.PartialOption(cli);
        var command = new Command("campaign", cli.T("一个填报单位的累计附件2、附件3、机构问题清单、整改台账和 HTML 汇总", "a unit's cumulative 附件2 and 附件3, agency problem lists, the rectification ledger and an HTML summary"))
        {
            folder, unit, asOf, outDir, parallel, catalogs, extend, partial,
        };
        command.SetAction(parse =>
        {
            var engine = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend));
            var path = parse.GetValue(folder)!;
            CampaignLedger? ledger = null;
            Terminal.Progress(cli.Error, status =>
            {
                var progress = new TableFiles.SynchronousProgress(p => status($"{p.Done} reports and records, {p.Errors} errors"));
                ledger = CampaignLedger.BuildAsync(engine, path, progress, parse.GetValue(parallel)).GetAwaiter().GetResult();
            });
            var submission = ledger!.Submission(parse.GetValue(unit)!, parse.GetValue(asOf));
            var output = parse.GetValue(outDir)!;
            // A failed input leaves every table short: none is written unless asked, and then each says so.
            var written = ledger.Errors.IsEmpty || parse.GetValue(partial);
            IReadOnlyList<string> removed = [];
            Directory.CreateDirectory(output);
            using var held = TableFiles.Lock(output, cli);
            if (held is null)
                return CommandLine.Failure;
            if (written)
            {
                TableFolder.Write(output, [.. submission.Tables()]);
                var html = new UTF8Encoding(false).GetBytes(CampaignHtml.Render(submission));
                TableFolder.WriteWhole(Path.Combine(output, "summary.html"), stream => stream.Write(html));
            }
            else
            {
                // An earlier submission left in the folder would be taken for this one's.
                removed = TableFolder.RemoveEarlier(output, submission.Tables().Select(t => t.Name), "summary.html");
            }

            foreach (var error in ledger.Errors)
                cli.Error.WriteLine(error.ToString(cli.Language));
            foreach (var warning in ledger.Warnings)
                cli.Error.WriteLine(warning.ToString(cli.Language));
            if (!written)
                cli.Error.WriteLine(cli.T(
                    $"ruleskit: {ledger.Errors.Length} 处输入错误：未写出汇总表和 summary.html，以免不完整的表被当作完整的报送{(removed.Count > 0 ? $"（已删去输出文件夹中此前报送的 {removed.Count} 个文件）" : "")}；要写出带标注的部分汇总，请加 --partial",
                    $"ruleskit: {ledger.Errors.Length} input errors: no table and no summary.html was written, so that an incomplete submission is not sent as complete{(removed.Count > 0 ? $" (the {removed.Count} files of an earlier submission in the output folder were removed)" : "")}; add --partial for tables marked as partial"));
            cli.Output.WriteLine($"{submission.Unit.Unit}  截止日期 {submission.CutOff:yyyy-MM-dd}  files: {ledger.Inputs}  errors: {ledger.Errors.Length}");
            cli.Output.WriteLine(string.Join("  ", CampaignSubmission.Annex2Columns.Zip(submission.Annex2Row, (c, n) => $"{c} {n.ToString("0.##", CultureInfo.InvariantCulture)}")));
            cli.Output.WriteLine($"附件3: {submission.Annex3.Rows.Length} reports  整改台账: {submission.RectificationLedger.Rows.Length} entries, {submission.Overdue} overdue");
            if (written)
                cli.Output.WriteLine($"written: {output}/{{annex2-summary,annex3-false-reports,agency-problems,rectification-ledger}}.{{xlsx,csv,md}}, summary.html{(ledger.Errors.IsEmpty ? "" : " (partial)")}");
            return ledger.Errors.IsEmpty ? CommandLine.Ok : CommandLine.Failure;
        });
        return command;
    }
}
