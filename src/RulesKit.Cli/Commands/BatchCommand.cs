using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesKit.Campaign.Batch;
using RulesKit.Campaign.Tables;
using RulesKit.Explanation;
using RulesKit.Testing.Generation;

namespace RulesKit.Cli;

public static partial class CommandLine
{
    internal sealed partial class Cli
    {
        private Command BatchCommand()
        {
            var input = new Argument<string>("input") { Description = "a folder of report files, or a JSON Lines file (one report per line)" };
            var outDir = new Option<string>("--out") { Description = "output folder for results.jsonl and the 附件2/附件3 tables", Required = true };
            var parallel = Typed("--parallel", "worker threads (default: processors)",
                text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null,
                text => new UsageException($"--parallel：应为正整数，实际是“{text}”", $"--parallel: expected a whole number above 0, found '{text}'"), () => Environment.ProcessorCount);
            var asOf = AsOfOption();
            var catalogs = CatalogsOption();
            var extend = ExtendOption();
            var unit = new Option<string>("--unit") { Description = "填报单位 printed on the tables", DefaultValueFactory = _ => "" };
            var full = new Option<bool>("--full") { Description = "the full evaluation of each report in results.jsonl" };
            var command = new Command("batch", "evaluate a folder of reports or a JSON Lines file; write results.jsonl and the 附件2/附件3 tables")
            {
                input, outDir, parallel, asOf, catalogs, extend, unit, full,
            };
            command.SetAction(parse => RunBatch(parse.GetValue(input)!, parse.GetValue(outDir)!, parse.GetValue(parallel), parse.GetValue(asOf),
                Engine(parse.GetValue(catalogs), parse.GetValue(extend)), parse.GetValue(unit)!, parse.GetValue(full), Language));
            return command;
        }

        private int RunBatch(string input, string outDir, int parallel, DateOnly? asOf, RulesKitEngine engine, string unit, bool full, Language language)
        {
            var inputs = BatchEvaluator.InputsFrom(input);
            Directory.CreateDirectory(outDir);
            var clock = Stopwatch.StartNew();
            using var tables = new CampaignTables();
            var verdicts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            long count = 0, errors = 0, incomplete = 0;
            Terminal.Progress(Error, status =>
            {
                var progress = new SynchronousProgress(p => status($"{p.Done} reports, {p.Errors} errors"));
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
                    JsonSerializer.Serialize(json, ResultLine.From(record, full, language), RulesKitJson.Compact);
                    json.Flush();
                    json.Reset();
                    results.WriteByte((byte)'\n');
                }
            });

            WriteTables(outDir, [("annex2-summary", tables.Annex2(unit, asOf)), ("annex3-false-reports", tables.Annex3(unit, asOf)),
                ("out-of-scope", tables.OutOfScope(unit, asOf)), ("incomplete", tables.Incomplete(unit, asOf))]);

            Output.WriteLine($"in: {count}  out: {count}  evaluated: {count - errors}  errors: {errors}  incomplete: {incomplete}  elapsed: {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
            foreach (var (key, n) in verdicts)
                Output.WriteLine($"  {key}: {n}");
            Output.WriteLine($"written: {Path.Combine(outDir, "results.jsonl")}, annex2-summary.{{csv,md,xlsx}}, annex3-false-reports.{{csv,md,xlsx}}, out-of-scope.{{csv,md,xlsx}}, incomplete.{{csv,md,xlsx}}");
            return Ok;
        }

        private Command GenerateCommand()
        {
            var count = Typed<int>("--count", "reports to generate",
                text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : null,
                text => new UsageException($"--count：应为零或正整数，实际是“{text}”", $"--count: expected a whole number, 0 or more, found '{text}'"));
            var seed = Typed<int>("--seed", "the seed: the same count and seed give the same bytes",
                text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null,
                text => new UsageException($"--seed：应为整数，实际是“{text}”", $"--seed: expected a whole number, found '{text}'"));
            var file = new Option<string>("--out") { Description = "the JSON Lines file to write", Required = true };
            count.Required = true;
            seed.Required = true;
            var command = new Command("generate", "a synthetic batch of reports as JSON Lines") { count, seed, file };
            command.SetAction(parse =>
            {
                var path = parse.GetValue(file)!;
                var n = parse.GetValue(count)!.Value;
                using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
                foreach (var line in SyntheticReports.JsonLines(n, parse.GetValue(seed)!.Value))
                    writer.WriteLine(line);
                Output.WriteLine($"{n} reports written to {path}");
                return Ok;
            });
            return command;
        }

        // Each table as CSV, Markdown and XLSX, streamed to its file (a million-row list is never one string);
        // the twelve files are independent, so they are written on every core. Same tables, same bytes.
        private static void WriteTables(string folder, IReadOnlyList<(string Name, Table Table)> tables)
        {
            var files = tables.SelectMany(t => new[] { (t.Name, t.Table, Format: "csv"), (t.Name, t.Table, Format: "md"), (t.Name, t.Table, Format: "xlsx") }).ToArray();
            Parallel.ForEach(files, file =>
            {
                using var stream = new FileStream(Path.Combine(folder, file.Name + "." + file.Format), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                if (file.Format == "xlsx")
                {
                    TableWriter.WriteXlsx(file.Table, stream);
                    return;
                }
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                if (file.Format == "csv")
                    TableWriter.WriteCsv(file.Table, writer);
                else
                    TableWriter.WriteMarkdown(file.Table, writer);
            });
        }

        private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
        {
            public void Report(BatchProgress value) => report(value);
        }
    }
}
