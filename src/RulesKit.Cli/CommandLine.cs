using System.Diagnostics;
using System.Globalization;
using System.Text;
using RulesKit.Batch;
using RulesKit.Catalogs;
using RulesKit.Explanation;
using RulesKit.Scenarios;

namespace RulesKit.Cli;

/// <summary>The <c>ruleskit</c> tool: a thin shell over the library. Exit codes: 0 ok, 2 usage or input error.</summary>
public static partial class CommandLine
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int InputError = 2;

    private const string Usage = """
        usage: ruleskit evaluate <report.yaml|report.json> [--catalogs DIR] [--as-of YYYY-MM-DD] [--format text|json|markdown] [--lang zh|en]
               ruleskit batch <folder | reports.jsonl> --out DIR [--parallel N] [--as-of YYYY-MM-DD] [--catalogs DIR] [--unit NAME] [--full]
               ruleskit generate --count N --seed S --out FILE
               ruleskit explain <report> (--criterion N [--list ID] | --item [CATALOG/]ID) [--as-of DATE] [--catalogs DIR]
               ruleskit test <scenario files or folders...> [--coverage] [--threshold PCT] [--filter TEXT] [--catalogs DIR]
               ruleskit catalog list | validate [DIR] | show ID[@VERSION] | diff ID@V1 ID@V2 [--catalogs DIR]
               ruleskit new report --industry X | new scenario

          --catalogs DIR   a rules folder (with standards/ and determination/); default: the catalogs built into the tool
          --as-of DATE     choose catalog versions in force on DATE; default: each report's evaluation date
          --format         text (default), json or markdown
          --lang           zh (default) or en, for text
          --out            batch: folder for results.jsonl and the 附件2/附件3 tables; generate: the JSON Lines file
          --parallel N     batch worker threads (default: processors)
          --unit NAME      batch: 填报单位 printed on the tables
          --full           batch: the full evaluation of each report in results.jsonl
          --coverage       test: report which catalog items and criteria the scenarios exercised
          --threshold PCT  test: fail when the verified items exercised are below PCT percent
        exit codes: 0 ok, 1 a scenario failed or coverage is below the threshold, 2 usage or input error
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0)
        {
            output.WriteLine(Usage);
            return InputError;
        }
        if (args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return Ok;
        }

        var root = Parser.Root();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
                error.WriteLine("ruleskit: " + parseError.Message);
            error.WriteLine("run 'ruleskit --help' for usage");
            return InputError;
        }
        try
        {
            var options = Parser.ToOptions(parsed);
            return parsed.CommandResult.Command.Name switch
            {
                "evaluate" => Evaluate(options, output),
                "batch" => RunBatch(options, output, error),
                "generate" => Generate(options, output),
                "catalog" => Catalog(options, output),
                "explain" => Explain(options, output),
                "test" => Test(options, output),
                "new" => New(options, output),
                var other => throw new UsageException($"unknown command '{other}'"),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine("ruleskit: " + e.Message);
            error.WriteLine("run 'ruleskit --help' for usage");
            return InputError;
        }
        catch (RulesKitInputException e)
        {
            foreach (var diagnostic in e.Diagnostics)
                error.WriteLine(diagnostic);
            return InputError;
        }
    }

    private static RulesKitEngine Engine(Options o) =>
        o.Value("--catalogs") is { } dir ? RulesKitEngine.FromDirectory(dir) : RulesKitEngine.FromEmbeddedCatalogs();

    private static int Evaluate(Options o, TextWriter output)
    {
        var report = o.SinglePositional("evaluate needs a report file");
        var format = o.Choice("--format", "text", "text", "json", "markdown");
        var lang = o.Choice("--lang", "zh", "zh", "en");
        var asOf = o.Date("--as-of");
        var engine = Engine(o);
        var evaluation = engine.Evaluate(engine.ReadReport(report), asOf);
        var language = lang == "en" ? ExplanationLanguage.English : ExplanationLanguage.Chinese;
        output.Write(format switch
        {
            "json" => ExplanationWriter.ToJson(evaluation) + Environment.NewLine,
            "markdown" => ExplanationWriter.ToMarkdown(evaluation, language),
            _ => ExplanationWriter.ToText(evaluation, language),
        });
        return Ok;
    }

    private static int RunBatch(Options o, TextWriter output, TextWriter error)
    {
        var input = o.SinglePositional("batch needs a folder of reports or a JSON Lines file");
        var outDir = o.Value("--out") ?? throw new UsageException("batch needs --out DIR");
        var parallel = o.Int("--parallel") ?? Environment.ProcessorCount;
        if (parallel < 1)
            throw new UsageException("--parallel: expected 1 or more");
        var asOf = o.Date("--as-of");
        var engine = Engine(o);
        var inputs = BatchEvaluator.InputsFrom(input);
        Directory.CreateDirectory(outDir);

        var clock = Stopwatch.StartNew();
        var tables = new CampaignTables();
        var verdicts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long count = 0, errors = 0;
        Terminal.Progress(error, status =>
        {
            var progress = new SynchronousProgress(p => status($"{p.Done} reports, {p.Errors} errors"));
            var options = new BatchOptions { Parallelism = parallel, AsOf = asOf, Progress = progress };

            using (var results = new StreamWriter(Path.Combine(outDir, "results.jsonl"), false, new UTF8Encoding(false)))
            {
                results.NewLine = "\n";
                var records = BatchEvaluator.EvaluateAsync(engine, inputs, options).ToBlockingEnumerable();
                foreach (var record in records)
                {
                    count++;
                    tables.Add(record);
                    if (!record.Succeeded)
                        errors++;
                    foreach (var d in record.Evaluation?.Determinations ?? [])
                    {
                        var key = $"{d.Catalog[..d.Catalog.IndexOf('#')]} {d.VerdictName}";
                        verdicts[key] = verdicts.GetValueOrDefault(key) + 1;
                    }
                    results.WriteLine(ExplanationWriter.ToJsonLine(ResultLine.From(record, o.Flag("--full"))));
                }
            }
        });

        var unit = o.Value("--unit") ?? "";
        foreach (var (name, table) in new[] { ("annex2-summary", tables.Annex2(unit, asOf)), ("annex3-false-reports", tables.Annex3(unit, asOf)) })
        {
            File.WriteAllText(Path.Combine(outDir, name + ".csv"), TableWriter.ToCsv(table), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(outDir, name + ".md"), TableWriter.ToMarkdown(table), new UTF8Encoding(false));
            using var xlsx = File.Create(Path.Combine(outDir, name + ".xlsx"));
            TableWriter.WriteXlsx(table, xlsx);
        }

        output.WriteLine($"in: {count}  out: {count}  evaluated: {count - errors}  errors: {errors}  elapsed: {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (key, n) in verdicts)
            output.WriteLine($"  {key}: {n}");
        output.WriteLine($"written: {Path.Combine(outDir, "results.jsonl")}, annex2-summary.{{csv,md,xlsx}}, annex3-false-reports.{{csv,md,xlsx}}");
        return Ok;
    }

    private static int Generate(Options o, TextWriter output)
    {
        var count = o.Int("--count") ?? throw new UsageException("generate needs --count N");
        var seed = o.Int("--seed") ?? throw new UsageException("generate needs --seed S");
        var file = o.Value("--out") ?? throw new UsageException("generate needs --out FILE");
        if (count < 0)
            throw new UsageException("--count: expected 0 or more");
        using var writer = new StreamWriter(file, false, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in SyntheticReports.JsonLines(count, seed))
            writer.WriteLine(line);
        output.WriteLine($"{count} reports written to {file}");
        return Ok;
    }

    private static int Catalog(Options o, TextWriter output)
    {
        var verb = o.Positional.FirstOrDefault() ?? throw new UsageException("catalog: expected list, validate, show or diff");
        CatalogSet Load() => o.Value("--catalogs") is { } dir ? CatalogSet.LoadDirectory(dir) : CatalogSet.LoadEmbedded();
        switch (verb)
        {
            case "list":
                var listed = Load().Describe();
                if (!Terminal.Table(output, CatalogListing.Columns, CatalogListing.Rows(listed)))
                    output.WriteLine(CatalogListing.Write(listed));
                return Ok;
            case "validate":
            {
                var dir = o.Positional.Count > 1 ? o.Positional[1] : o.Value("--catalogs") ?? throw new UsageException("catalog validate: give a rules folder");
                var set = CatalogSet.LoadDirectory(dir);
                var infos = set.Describe();
                output.WriteLine($"ok: {infos.Count} catalogs, {infos.Where(c => c.Type == CatalogType.Standards).Sum(c => c.Items)} items, {infos.Where(c => c.Type == CatalogType.Determination).Sum(c => c.Items)} criteria");
                return Ok;
            }
            case "show":
                output.Write(CatalogListing.Show(Load(), o.Positional.ElementAtOrDefault(1) ?? throw new UsageException("catalog show: give ID or ID@VERSION")));
                return Ok;
            case "diff":
                if (o.Positional.Count != 3)
                    throw new UsageException("catalog diff: give ID@V1 ID@V2");
                output.Write(CatalogListing.Diff(Load(), o.Positional[1], o.Positional[2]));
                return Ok;
            default:
                throw new UsageException($"catalog: unknown verb '{verb}'; expected list, validate, show or diff");
        }
    }

    private static int Explain(Options o, TextWriter output)
    {
        var path = o.SinglePositional("explain needs a report file");
        var criterion = o.Int("--criterion");
        var item = o.Value("--item");
        if (criterion is null == item is null)
            throw new UsageException("explain: give exactly one of --criterion N or --item ID");
        var asOf = o.Date("--as-of");
        var engine = Engine(o);
        var report = engine.ReadReport(path);
        output.Write(criterion is { } n ? WhyNot.Criterion(engine, report, n, o.Value("--list"), asOf) : WhyNot.Item(engine, report, item!, asOf));
        return Ok;
    }

    private static int Test(Options o, TextWriter output)
    {
        if (o.Positional.Count == 0)
            throw new UsageException("test needs scenario files or folders");
        var threshold = o.Value("--threshold") is { } t
            ? decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var pct) && pct is >= 0 and <= 100 ? pct : throw new UsageException($"--threshold: expected a percentage 0–100, found '{t}'")
            : (decimal?)null;
        var engine = Engine(o);
        var scenarios = ScenarioRunner.Load(engine, o.Positional);
        if (o.Value("--filter") is { } filter)
            scenarios = scenarios.Where(s => s.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
        var run = ScenarioRunner.Run(engine, scenarios);
        foreach (var result in run.Results)
        {
            Terminal.Result(output, result.Passed, $"{result.Scenario.Name}  ({result.Scenario.Location})");
            foreach (var difference in result.Differences)
                output.WriteLine("      " + difference);
        }
        var failed = run.Results.Count(r => !r.Passed);
        var belowThreshold = threshold is { } limit && run.Coverage.VerifiedPercent < limit;
        if (o.Flag("--coverage") || threshold is not null)
        {
            output.WriteLine();
            output.WriteLine($"coverage: {run.Coverage.VerifiedPercent}% of verified items exercised{(threshold is { } l ? $" (threshold {l}%{(belowThreshold ? ": BELOW" : "")})" : "")}");
            foreach (var c in run.Coverage.Catalogs)
                output.WriteLine($"  {c.Catalog,-48} verified {c.VerifiedExercised}/{c.Verified}{(c.NeverExercised.Count > 0 ? "  never: " + string.Join(", ", c.NeverExercised) : "")}");
            output.WriteLine($"  criteria exercised: {run.Coverage.CriteriaExercised.Count}/{run.Coverage.CriteriaExercised.Count + run.Coverage.CriteriaNeverExercised.Count}{(run.Coverage.CriteriaNeverExercised.Count > 0 ? "  never: " + string.Join(", ", run.Coverage.CriteriaNeverExercised) : "")}");
        }
        output.WriteLine($"{run.Results.Count - failed} passed, {failed} failed");
        return failed > 0 || belowThreshold ? Failure : Ok;
    }

    private static int New(Options o, TextWriter output)
    {
        switch (o.Positional.FirstOrDefault())
        {
            case "report":
                var industry = o.Value("--industry") ?? throw new UsageException("new report: give --industry (e.g. hazchem, mining, metallurgy, pipeline)");
                output.Write(Templates.Report(CatalogSet.LoadEmbedded(), industry));
                return Ok;
            case "scenario":
                output.Write(Templates.Scenario());
                return Ok;
            default:
                throw new UsageException("new: expected 'report --industry X' or 'scenario'");
        }
    }

    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }

    internal sealed class UsageException(string message) : Exception(message);

    /// <summary>The parsed command line as the commands read it: positional arguments and options by name.</summary>
    internal sealed class Options
    {
        public static Options From(IEnumerable<string> positional, IEnumerable<(string Name, string? Value)> values)
        {
            var o = new Options();
            o.Positional.AddRange(positional);
            foreach (var (name, value) in values)
                if (value is not null)
                    o._values[name] = value;
            return o;
        }

        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

        public List<string> Positional { get; } = [];

        public string? Value(string name) => _values.GetValueOrDefault(name);

        public bool Flag(string name) => _values.ContainsKey(name);

        public string SinglePositional(string missing) => Positional.Count switch
        {
            0 => throw new UsageException(missing),
            1 => Positional[0],
            _ => throw new UsageException($"unexpected argument '{Positional[1]}'"),
        };

        public string Choice(string name, string fallback, params string[] allowed)
        {
            var value = Value(name) ?? fallback;
            return Array.IndexOf(allowed, value) >= 0 ? value : throw new UsageException($"{name}: expected {string.Join(" or ", allowed)}, found '{value}'");
        }

        public int? Int(string name) => Value(name) is not { } text ? null
            : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
            : throw new UsageException($"{name}: expected a whole number, found '{text}'");

        public DateOnly? Date(string name) => Value(name) is not { } text ? null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new UsageException($"{name}: expected a date as YYYY-MM-DD, found '{text}'");
    }
}
