using System.CommandLine;
using System.Globalization;
using System.Text;
using RulesKit.Campaign.Ledger;

namespace RulesKit.Cli;

public static partial class CommandLine
{
    internal sealed partial class Cli
    {
        private Command CampaignCommand()
        {
            var folder = new Argument<string>("folder") { Description = "a campaign folder: campaign.yaml, reports, inspection records, enforcement actions, rectification ledgers" };
            var unit = new Option<string>("--unit") { Description = "填报单位: the city's (its counties summed) or a county's", Required = true };
            var asOf = AsOfOption();
            asOf.Description = "截止日期 (default: the calendar's latest reporting day)";
            var outDir = new Option<string>("--out") { Description = "output folder for the tables (XLSX, CSV, Markdown) and summary.html", Required = true };
            var parallel = Typed("--parallel", "worker threads (default: processors)",
                text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null,
                text => new UsageException($"--parallel：应为正整数，实际是“{text}”", $"--parallel: expected a whole number above 0, found '{text}'"), () => Environment.ProcessorCount);
            var catalogs = CatalogsOption();
            var extend = ExtendOption();
            var command = new Command("campaign", "a unit's cumulative 附件2 and 附件3, agency problem lists, the rectification ledger and an HTML summary")
            {
                folder, unit, asOf, outDir, parallel, catalogs, extend,
            };
            command.SetAction(parse =>
            {
                var engine = Engine(parse.GetValue(catalogs), parse.GetValue(extend));
                var path = parse.GetValue(folder)!;
                CampaignLedger? ledger = null;
                Terminal.Progress(Error, status =>
                {
                    var progress = new SynchronousProgress(p => status($"{p.Done} reports and records, {p.Errors} errors"));
                    ledger = CampaignLedger.BuildAsync(engine, path, progress, parse.GetValue(parallel)).GetAwaiter().GetResult();
                });
                var submission = ledger!.Submission(parse.GetValue(unit)!, parse.GetValue(asOf));
                var output = parse.GetValue(outDir)!;
                Directory.CreateDirectory(output);
                WriteTables(output, [.. submission.Tables()]);
                File.WriteAllText(Path.Combine(output, "summary.html"), CampaignHtml.Render(submission), new UTF8Encoding(false));

                var language = Language;
                foreach (var error in ledger.Errors)
                    Error.WriteLine(error.ToString(language));
                Output.WriteLine($"{submission.Unit.Unit}  截止日期 {submission.CutOff:yyyy-MM-dd}  files: {ledger.Inputs}  errors: {ledger.Errors.Length}");
                Output.WriteLine(string.Join("  ", CampaignSubmission.Annex2Columns.Zip(submission.Annex2Row, (c, n) => $"{c} {n.ToString("0.##", CultureInfo.InvariantCulture)}")));
                Output.WriteLine($"附件3: {submission.Annex3.Rows.Length} reports  整改台账: {submission.RectificationLedger.Rows.Length} entries, {submission.Overdue} overdue");
                Output.WriteLine($"written: {output}/{{annex2-summary,annex3-false-reports,agency-problems,rectification-ledger}}.{{xlsx,csv,md}}, summary.html");
                return ledger.Errors.IsEmpty ? Ok : Failure;
            });
            return command;
        }
    }
}
