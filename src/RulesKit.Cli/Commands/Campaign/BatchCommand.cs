using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using RulesKit.Campaign.Batch;
using RulesKit.Campaign.Tables;
using RulesKit.Explanation;

namespace RulesKit.Cli.Commands.Campaign;

/// <summary><c>ruleskit batch INPUT --out DIR</c>: a folder or JSON Lines file of reports and records to results.jsonl and the 附件2/附件3 tables.</summary>
internal static class BatchCommand
{
    public static Command Create(CliContext cli)
    {
        var input = new Argument<string>("input") { Description = cli.T("报告文件所在文件夹，或 JSON Lines 文件（每行一份报告）", "a folder of report files, or a JSON Lines file (one report per line)") };
        var outDir = new Option<string>("--out") { Description = cli.T("results.jsonl 与附件2/附件3 各表的输出文件夹", "output folder for results.jsonl and the 附件2/附件3 tables"), Required = true };
        var parallel = CliOptions.Parallel(cli);
        var asOf = CliOptions.AsOf(cli);
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var unit = new Option<string>("--unit") { Description = cli.T("表上填写的填报单位", "填报单位 printed on the tables"), DefaultValueFactory = _ => "" };
        var full = new Option<bool>("--full") { Description = cli.T("results.jsonl 中写出每份报告的完整结果", "the full evaluation of each report in results.jsonl") };
        var partial = PartialOption(cli);
        var command = new Command("batch", cli.T("评价一个报告文件夹或 JSON Lines 文件，写出 results.jsonl 与附件2/附件3", "evaluate a folder of reports or a JSON Lines file; write results.jsonl and the 附件2/附件3 tables"))
        {
            input, outDir, parallel, asOf, catalogs, extend, unit, full, partial,
        };
        command.SetAction(parse => Run(cli, parse.GetValue(input)!, parse.GetValue(outDir)!, parse.GetValue(parallel), parse.GetValue(asOf),
            cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend)), parse.GetValue(unit)!, parse.GetValue(full), parse.GetValue(partial)));
        return command;
    }

    /// <summary>--partial: write the summary tables even when some input failed, each marked with the failed inputs.</summary>
    internal static Option<bool> PartialOption(CliContext cli) => new("--partial")
    {
        Description = cli.T("即使有输入未能读取或判定也写出汇总表，每个表的开头注明未计入的输入（默认不写）",
            "write the summary tables even when some input failed, each headed by the inputs left out (by default none is written)"),
    };

    private static int Run(CliContext cli, string input, string outDir, int parallel, DateOnly? asOf, RulesKitEngine engine, string unit, bool full, bool partial)
    {
        var inputs = BatchEvaluator.InputsFrom(input);
        Directory.CreateDirectory(outDir);
        using var held = TableFiles.Lock(outDir, cli);
        if (held is null)
            return CommandLine.Failure;
        var clock = Stopwatch.StartNew();
        using var tables = new CampaignTables();
        var verdicts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long count = 0, errors = 0, incomplete = 0;
        // Written whole (beside results.jsonl, renamed over it at the end): a run that is killed leaves the last one.
        Terminal.Progress(cli.Error, status => TableFolder.WriteWhole(Path.Combine(outDir, "results.jsonl"), results =>
        {
            var progress = new TableFiles.SynchronousProgress(p => status($"{p.Done} reports, {p.Errors} errors"));
            var options = new BatchOptions { Parallelism = parallel, AsOf = asOf, Progress = progress };
            // Lines are serialized straight to UTF-8 on the file, not through a string per line.
            using var json = new Utf8JsonWriter(results, new JsonWriterOptions { Encoder = RulesKitJson.Compact.Encoder, Indented = false });
            foreach (var record in BatchEvaluator.EvaluateAsync(engine, inputs, options).ToBlockingEnumerable())
            {
                count++;
                tables.Add(record);
                if (!record.Succeeded)
                    errors++;
                else if (!record.Evaluation!.Complete)
                    incomplete++;
                foreach (var d in record.Evaluation?.Determinations ?? [])
                {
                    var key = $"{d.List.Key} {d.VerdictName}";
                    verdicts[key] = verdicts.GetValueOrDefault(key) + 1;
                }
                JsonSerializer.Serialize(json, ResultLine.From(record, full, cli.Language), RulesKitJson.Compact);
                json.Flush();
                json.Reset();
                results.WriteByte((byte)'\n');
            }
        }));

        // A failed input leaves the tables short: none is written unless asked, and then each says so (Table.Warning).
        var failed = tables.Failures.Count > 0;
        var tablesWritten = !failed || partial;
        string[] names = ["annex2-summary", "annex3-false-reports", "out-of-scope", "incomplete", "failed-inputs"];
        IReadOnlyList<string> removed = [];
        if (tablesWritten)
        {
            List<(string, Table)> files = [(names[0], tables.Annex2(unit, asOf)), (names[1], tables.Annex3(unit, asOf)),
                (names[2], tables.OutOfScope(unit, asOf)), (names[3], tables.Incomplete(unit, asOf))];
            if (failed)
                files.Add((names[4], tables.FailedInputs(unit, asOf)));
            else
                removed = TableFolder.RemoveEarlier(outDir, [names[4]]);
            TableFolder.Write(outDir, files);
        }
        else
        {
            // results.jsonl is this run's: tables of an earlier run beside it would be taken for this run's.
            removed = TableFolder.RemoveEarlier(outDir, names);
        }

        var output = cli.Output;
        output.WriteLine($"in: {count}  out: {count}  evaluated: {count - errors}  errors: {errors}  incomplete: {incomplete}  elapsed: {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        foreach (var (key, n) in verdicts)
            output.WriteLine($"  {key}: {n}");
        if (!tablesWritten)
        {
            cli.Error.WriteLine(cli.T(
                $"ruleskit: {tables.Failures.Count} 个输入未能读取或判定（见 results.jsonl）：未写出汇总表，以免不完整的表被当作完整的报送{(removed.Count > 0 ? $"（已删去此前运行留下的 {removed.Count} 个表文件）" : "")}；要写出带标注的部分汇总表，请加 --partial",
                $"ruleskit: {tables.Failures.Count} inputs could not be read or judged (see results.jsonl): no summary table was written, so that an incomplete one is not sent as complete{(removed.Count > 0 ? $" (the {removed.Count} table files an earlier run left were removed)" : "")}; add --partial for tables marked as partial"));
            output.WriteLine($"written: {Path.Combine(outDir, "results.jsonl")}");
            return CommandLine.Failure;
        }
        output.WriteLine($"written: {Path.Combine(outDir, "results.jsonl")}, annex2-summary.{{csv,md,xlsx}}, annex3-false-reports.{{csv,md,xlsx}}, out-of-scope.{{csv,md,xlsx}}, incomplete.{{csv,md,xlsx}}{(failed ? ", failed-inputs.{csv,md,xlsx} (partial)" : "")}");
        return failed ? CommandLine.Failure : CommandLine.Ok;
    }
}
