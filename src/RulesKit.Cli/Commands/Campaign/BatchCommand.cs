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
        var command = new Command("batch", cli.T("评价一个报告文件夹或 JSON Lines 文件，写出 results.jsonl 与附件2/附件3", "evaluate a folder of reports or a JSON Lines file; write results.jsonl and the 附件2/附件3 tables"))
        {
            input, outDir, parallel, asOf, catalogs, extend, unit, full,
        };
        command.SetAction(parse => Run(cli, parse.GetValue(input)!, parse.GetValue(outDir)!, parse.GetValue(parallel), parse.GetValue(asOf),
            cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend)), parse.GetValue(unit)!, parse.GetValue(full)));
        return command;
    }

    private static int Run(CliContext cli, string input, string outDir, int parallel, DateOnly? asOf, RulesKitEngine engine, string unit, bool full)
    {
        var inputs = BatchEvaluator.InputsFrom(input);
        Directory.CreateDirectory(outDir);
        var clock = Stopwatch.StartNew();
        using var tables = new CampaignTables();
        var verdicts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long count = 0, errors = 0, incomplete = 0;
        Terminal.Progress(cli.Error, status =>
        {
            var progress = new TableFiles.SynchronousProgress(p => status($"{p.Done} reports, {p.Errors} errors"));
            var options = new BatchOptions { Parallelism = parallel, AsOf = asOf, Progress = progress };
            // Lines are serialized straight to UTF-8 on the file, not through a string per line.
            using var results = new FileStream(Path.Combine(outDir, "results.jsonl"), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
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
        });

        TableFiles.Write(outDir, [("annex2-summary", tables.Annex2(unit, asOf)), ("annex3-false-reports", tables.Annex3(unit, asOf)),
            ("out-of-scope", tables.OutOfScope(unit, asOf)), ("incomplete", tables.Incomplete(unit, asOf))]);

        var output = cli.Output;
        output.WriteLine($"in: {count}  out: {count}  evaluated: {count - errors}  errors: {errors}  incomplete: {incomplete}  elapsed: {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        foreach (var (key, n) in verdicts)
            output.WriteLine($"  {key}: {n}");
        output.WriteLine($"written: {Path.Combine(outDir, "results.jsonl")}, annex2-summary.{{csv,md,xlsx}}, annex3-false-reports.{{csv,md,xlsx}}, out-of-scope.{{csv,md,xlsx}}, incomplete.{{csv,md,xlsx}}");
        return CommandLine.Ok;
    }
}
