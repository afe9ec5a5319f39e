using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using RulesKit.Catalogs;
using RulesKit.Engine;
using RulesKit.Engine.Compilation;
using RulesKit.Input;
using RulesKit.Inspections;
using RulesKit.Law;
using RulesKit.Reports;
using RulesKit.Results;

namespace RulesKit;

/// <summary>
/// The entry point: load and check catalogs once, then read and evaluate reports. One engine is safe to
/// share between threads; the NRules rules of each combination of catalogs in force are compiled once
/// and cached.
/// </summary>
/// <example>
/// <code>
/// var engine = RulesKitEngine.FromEmbeddedCatalogs();
/// var report = engine.ReadReport("rules/examples/hazchem-c07-unresolved-hazard.false.yaml");
/// var result = engine.Evaluate(report);
/// Console.WriteLine(ExplanationWriter.ToText(result, Language.English));
/// </code>
/// </example>
public sealed class RulesKitEngine
{
    private readonly Evaluator _evaluator;
    private readonly ResultBuilder _results;
    private readonly Telemetry _telemetry;

    // Reports and inspection records this engine read or checked, with what the check made of a report (its values
    // in their slots, see CheckedReport): one built in code, bound from JSON or changed with `with` is not in here and
    // is checked before it is judged.
    private readonly ConditionalWeakTable<Report, CheckedReport> _checkedReports = [];
    private readonly ConditionalWeakTable<InspectionRecord, object> _checkedRecords = [];

    internal RulesKitEngine(CatalogSet catalogs, IMeterFactory? meterFactory = null, bool embedded = false)
    {
        Catalogs = catalogs;
        _evaluator = new Evaluator(new CompiledCatalogs(catalogs, FastCompiler.Instance.Compile, eager: !embedded), FastCompiler.Instance);
        _results = new ResultBuilder(catalogs);
        _telemetry = new Telemetry(meterFactory);
    }

    /// <summary>The engine behind the facade (for tests and benchmarks).</summary>
    internal Evaluator Evaluator => _evaluator;

    /// <summary>The loaded catalogs: every version, the kinds they declare, the vocabulary and the known gaps.</summary>
    public CatalogSet Catalogs { get; }

    /// <summary>Loads and checks the catalogs <paramref name="options"/> name (default: the embedded ones) and compiles their conditions.</summary>
    /// <exception cref="RulesKitInputException">A catalog is invalid, a folder is missing or empty, or a named list is not loaded; every problem is listed.</exception>
    public static RulesKitEngine Create(RulesKitOptions? options = null, IMeterFactory? meterFactory = null)
    {
        ProcessWarmUp.Begin(); // a first evaluation's first-run code, on a spare core while the catalogs load
        options ??= new RulesKitOptions();
        IEnumerable<CatalogFile> files;
        var origin = options.CatalogDirectory ?? "rules/";
        if (options.CatalogDirectory is { } dir)
        {
            if (!Directory.Exists(dir))
                throw new RulesKitInputException([Messages.CatalogFolderNotFound.At(dir, 0, 0)]);
            if (options.ExtendEmbedded)
            {
                var merged = CatalogFile.Embedded().ToDictionary(f => f.Name, StringComparer.Ordinal);
                foreach (var file in CatalogFile.FromDirectory(dir))
                    merged[file.Name] = file;
                files = merged.Values;
            }
            else
            {
                files = CatalogFile.FromDirectory(dir);
            }
        }
        else if (options.ExtendEmbedded)
        {
            throw new RulesKitInputException([Messages.ExtendWithoutDirectory.At(nameof(RulesKitOptions), 0, 0)]);
        }
        else
        {
            files = CatalogFile.Embedded();
        }

        // One cache file per set of sources: this build's embedded catalogs, a folder (by its full path), a folder
        // over them. Two builds or two folders then do not overwrite each other's file on every run.
        var cache = options.CacheDirectory is { } cacheDirectory
            ? CatalogCache.Open(cacheDirectory, options.CatalogDirectory is { } folder
                ? $"{Path.GetFullPath(folder)}|{(options.ExtendEmbedded ? CatalogCache.EmbeddedSet : "")}"
                : CatalogCache.EmbeddedSet)
            : null;
        var catalogs = CatalogLoader.Load(files, origin, cache);
        if (options.DeterminationLists.Count > 0)
        {
            var known = catalogs.Catalogs.Where(c => c.Type == CatalogType.Determination).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var unknown = options.DeterminationLists.Where(l => !known.Contains(l)).ToList();
            if (unknown.Count > 0)
                throw new RulesKitInputException([Messages.UnknownListOption.At(nameof(RulesKitOptions), 0, 0, unknown, known.Order(StringComparer.Ordinal))]);
            catalogs = catalogs.OnlyLists(options.DeterminationLists);
        }
        var engine = new RulesKitEngine(catalogs, meterFactory, embedded: options.CatalogDirectory is null);
        foreach (var industry in options.WarmUpIndustries)
            engine.WarmUp(industry);
        return engine;
    }

    /// <summary>An engine over the catalogs shipped inside the library.</summary>
    public static RulesKitEngine FromEmbeddedCatalogs() => Create();

    /// <summary>An engine over the catalogs of a rules folder (its standards/, determination/, conduct/ and checklists/ subfolders).</summary>
    /// <exception cref="RulesKitInputException">The folder is missing or holds no catalogs, or a catalog is invalid.</exception>
    public static RulesKitEngine FromDirectory(string rulesDirectory) => Create(new RulesKitOptions { CatalogDirectory = rulesDirectory });

    /// <summary>Reads a report file (YAML or JSON) and checks it against the catalogs.</summary>
    /// <exception cref="RulesKitInputException">The report is invalid; every problem is listed with file, line and column.</exception>
    public Report ReadReport(string path) => Reading(() => ReportReader.Read(DocumentReader.ReadFile(path), Catalogs));

    // A report this engine checked, remembered with its check.
    private Report Kept(CheckedReport check)
    {
        _checkedReports.AddOrUpdate(check.Report, Derived(check));
        return check.Report;
    }

    // What an inventory gives (GB 18218's identification and grade) is put in the views the items read; the caller's
    // report stays as written.
    private CheckedReport Derived(CheckedReport check) =>
        InventoryFacts.Needed(check.Report, Catalogs) ? ReportValidator.Check(InventoryFacts.Derive(check.Report, Catalogs), Catalogs, null) : check;

    /// <summary>Parses a report from text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="RulesKitInputException">The report is invalid.</exception>
    public Report ParseReport(string text, string source) =>
        Reading(() => FastJsonReports.TryRead(text, source, Catalogs) ?? ReportReader.Read(DocumentReader.Read(text, source), Catalogs));

    /// <summary>Parses a report from a UTF-8 stream (e.g. a request body); <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="RulesKitInputException">The report is invalid.</exception>
    public Report ParseReport(Stream content, string source) => Reading(() => ReportReader.Read(DocumentReader.Read(content, source), Catalogs));

    /// <summary>Parses a report from a UTF-8 stream read asynchronously (an ASP.NET Core request body, where synchronous reads are refused).</summary>
    /// <exception cref="RulesKitInputException">The report is invalid or longer than the limit.</exception>
    public async Task<Report> ParseReportAsync(Stream content, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (copy.Length + read > DocumentReader.MaxChars * 4L)
                throw new RulesKitInputException([Messages.TooLong.At(source, 0, 0, copy.Length + read, DocumentReader.MaxChars)]);
            copy.Write(buffer, 0, read);
        }
        copy.Position = 0;
        return ParseReport(copy, source);
    }

    /// <summary>Reads a report from an already read document node (a report written inside another file, e.g. a scenario).</summary>
    /// <exception cref="RulesKitInputException">The report is invalid.</exception>
    public Report ReadReport(DocumentNode document) => Reading(() => ReportReader.Read(document, Catalogs));

    private Report Reading(Func<CheckedReport> read)
    {
        try
        {
            return Kept(read());
        }
        catch (Exception e)
        {
            _telemetry.Failed("read", e);
            throw;
        }
    }

    /// <summary>Reads an inspection record file (YAML or JSON) and checks it against the catalogs.</summary>
    /// <exception cref="RulesKitInputException">The record is invalid; every problem is listed with file, line and column.</exception>
    public InspectionRecord ReadInspection(string path) => ReadingRecord(() => InspectionReader.Read(DocumentReader.ReadFile(path), Catalogs));

    /// <summary>Parses an inspection record from text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="RulesKitInputException">The record is invalid.</exception>
    public InspectionRecord ParseInspection(string text, string source) => ReadingRecord(() => InspectionReader.Read(DocumentReader.Read(text, source), Catalogs));

    /// <summary>Reads an inspection record from an already read document node.</summary>
    /// <exception cref="RulesKitInputException">The record is invalid.</exception>
    public InspectionRecord ReadInspection(DocumentNode document) => ReadingRecord(() => InspectionReader.Read(document, Catalogs));

    /// <summary>
    /// Parses one input that may be a report or an inspection record (a line of a mixed JSON Lines batch): a report
    /// that is one JSON object takes the fast path; anything else is read located.
    /// </summary>
    /// <exception cref="RulesKitInputException">The input is invalid; every problem is listed with file, line and column.</exception>
    public ReportOrRecord ParseInput(string text, string source) =>
        FastJsonReports.TryRead(text, source, Catalogs) is { } fast ? ReportOrRecord.Of(Kept(fast)) : ReadInput(DocumentReader.Read(text, source));

    /// <summary>
    /// Parses one input given as UTF-8 bytes (a line of a JSON Lines file as read from disk), as
    /// <see cref="ParseInput(string, string)"/> does, without first making a string of it.
    /// </summary>
    /// <exception cref="RulesKitInputException">The bytes are not UTF-8, or the input is invalid; every problem is listed with file, line and column.</exception>
    public ReportOrRecord ParseInput(ReadOnlySpan<byte> utf8Text, string source) =>
        FastJsonReports.TryRead(utf8Text, source, Catalogs) is { } fast ? ReportOrRecord.Of(Kept(fast)) : ReadInput(DocumentReader.Read(utf8Text, source));

    /// <summary>Reads one input that may be a report or an inspection record (it names a <c>party</c>) from an already read document node.</summary>
    /// <exception cref="RulesKitInputException">The input is invalid; every problem is listed with file, line and column.</exception>
    public ReportOrRecord ReadInput(DocumentNode document) =>
        IsInspectionRecord(document) ? ReportOrRecord.Of(ReadInspection(document)) : ReportOrRecord.Of(ReadReport(document));

    /// <summary>Whether a document is an inspection record (it names a <c>party</c>) rather than a report.</summary>
    public static bool IsInspectionRecord(DocumentNode document) => InspectionReader.IsRecord(document);

    /// <summary>Reads a production or storage unit with its inventory, written alone (YAML or JSON; rules/schema/mhi-unit.schema.json).</summary>
    /// <exception cref="RulesKitInputException">The file is invalid; every problem is listed with file, line and column.</exception>
    public static HazardousUnit ReadHazardousUnit(string path) => HazardousUnitReader.Read(DocumentReader.ReadFile(path));

    /// <summary>Parses a unit with its inventory from text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="RulesKitInputException">The text is invalid.</exception>
    public static HazardousUnit ParseHazardousUnit(string text, string source) => HazardousUnitReader.Read(DocumentReader.Read(text, source));

    /// <summary>
    /// Identifies and grades <paramref name="unit"/> by GB 18218 in the edition in force on <paramref name="date"/>:
    /// every term q/Q with its table row, β and where it came from, α and its band, S, R and the grade, decided exactly.
    /// </summary>
    /// <exception cref="RulesKitInputException">
    /// No GB 18218 tables are in force on that day (RK2111), or a substance cannot be placed in Table 1 or 2 (RK2112–RK2116).
    /// </exception>
    public MajorHazardIdentification IdentifyMajorHazard(HazardousUnit unit, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var tables = MajorHazardTables.InForce(Catalogs, date) ?? throw new RulesKitInputException([Messages.MajorHazardTablesNotInForce.At(unit.Source, 0, 0,
            unit.Name, date, string.Join(", ", MajorHazardTables.All(Catalogs).Select(c => $"{c.Document} 自 {c.EffectiveFrom:yyyy-MM-dd}")))]);
        var problems = new List<Diagnostic>();
        return MajorHazardIdentifier.Identify(unit, tables, problems) ?? throw new RulesKitInputException(problems);
    }

    private InspectionRecord ReadingRecord(Func<InspectionRecord> read)
    {
        try
        {
            var record = read();
            _checkedRecords.AddOrUpdate(record, this);
            return record;
        }
        catch (Exception e)
        {
            _telemetry.Failed("read", e);
            throw;
        }
    }

    /// <summary>
    /// Judges an inspection record by the conduct catalogs and checklist of its party in force on
    /// <paramref name="asOf"/> (default: the inspection date). The reports it names are looked up in
    /// <paramref name="reports"/> (their evaluations); a named report without one leaves the points that rest
    /// on report determinations undecided (RK5007) and the result incomplete.
    /// </summary>
    /// <exception cref="RulesKitInputException">The record does not fit the vocabulary or the declared kinds.</exception>
    public ReportEvaluation Inspect(InspectionRecord record, IEnumerable<ReportEvaluation>? reports = null, DateOnly? asOf = null) =>
        Inspect(record, (reports ?? []).Select(r => r.Finding).GroupBy(f => f.ReportId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal), asOf);

    /// <summary>As <see cref="Inspect(InspectionRecord, IEnumerable{ReportEvaluation}?, DateOnly?)"/>, from findings kept by report id (a batch keeps these, not whole evaluations).</summary>
    /// <exception cref="RulesKitInputException">The record does not fit the vocabulary or the declared kinds.</exception>
    public ReportEvaluation Inspect(InspectionRecord record, IReadOnlyDictionary<string, ReportFinding> findings, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(findings);
        using var activity = Telemetry.Source.StartActivity("ruleskit.inspect");
        activity?.SetTag("ruleskit.record", record.Id);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var evaluation = Judge(record, findings, asOf).Evaluation;
            _telemetry.Evaluated.Add(1);
            _telemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
            return evaluation;
        }
        catch (Exception e)
        {
            _telemetry.Failed("inspect", e);
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw;
        }
    }

    /// <summary>Why point <paramref name="number"/> of the party's checklist (or of <paramref name="list"/> only) was or was not found.</summary>
    /// <exception cref="RulesKitInputException">No checklist in force has that point, or the record is invalid.</exception>
    public ImmutableArray<CriterionExplanation> ExplainCriterion(InspectionRecord record, int number, string? list = null, IEnumerable<ReportEvaluation>? reports = null, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var findings = (reports ?? []).Select(r => r.Finding).GroupBy(f => f.ReportId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var (shape, evaluation) = Judge(record, findings, asOf);
        var date = asOf ?? record.InspectionDate;
        var explanations = WhyBuilder.Criterion(evaluation, shape, _evaluator.RuleSetFor(shape.Industry, date), number, list);
        if (explanations.IsEmpty)
            throw new RulesKitInputException([Messages.NoSuchCriterionInForce.At(record.Source ?? record.Id, 0, 0, date, number, list ?? "*")]);
        return explanations;
    }

    // The record in the engine's shape (InspectionFacts), and its evaluation.
    private (Report Shape, ReportEvaluation Evaluation) Judge(InspectionRecord record, IReadOnlyDictionary<string, ReportFinding> findings, DateOnly? asOf)
    {
        if (!_checkedRecords.TryGetValue(record, out _))
        {
            record = InspectionReader.Validate(record, Catalogs, null);
            _checkedRecords.AddOrUpdate(record, this);
        }
        var (shape, unevaluated) = InspectionFacts.Shape(record, findings, Catalogs);
        var outcome = _evaluator.Run(shape, asOf ?? record.InspectionDate);
        IReadOnlySet<string>? unfed = unevaluated.Count == 0 ? null : InspectionFacts.ReportCategories(outcome.RuleSet.Catalogs);
        return (shape, _results.Build(outcome, unfed, unevaluated));
    }

    /// <summary>
    /// Evaluates one report with the catalogs in force on <paramref name="asOf"/> (default: the report's
    /// evaluation date) for its industry. A report not read by this engine is checked first.
    /// </summary>
    /// <exception cref="RulesKitInputException">The report does not fit the vocabulary or the declared kinds; every problem names the report and field.</exception>
    public ReportEvaluation Evaluate(Report report, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var activity = Telemetry.Source.StartActivity("ruleskit.evaluate");
        activity?.SetTag("ruleskit.report", report.Id);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var check = Checked(report);
            var evaluation = _results.Build(_evaluator.Run(check.Report, asOf ?? report.EvaluationDate, check));
            Record(evaluation, Stopwatch.GetElapsedTime(started).TotalSeconds);
            return evaluation;
        }
        catch (Exception e)
        {
            _telemetry.Failed("evaluate", e);
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw;
        }
    }

    /// <summary>
    /// Evaluates reports lazily, in input order, each with the result <see cref="Evaluate"/> gives it. Reads up to
    /// 64 reports ahead, so that those of one rule set with something to decide share an NRules session (see
    /// docs/decisions.md, "Speed"): less NRules work and fewer allocations than one <see cref="Evaluate"/> after
    /// another when many reports have findings.
    /// </summary>
    /// <exception cref="RulesKitInputException">A report does not fit the vocabulary or the declared kinds: thrown when
    /// its turn comes, after the evaluations of the reports before it.</exception>
    public IEnumerable<ReportEvaluation> EvaluateAll(IEnumerable<Report> reports, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var chunk in reports.Chunk(LookAhead))
        {
            var (evaluations, failed) = EvaluateChunk(chunk, asOf);
            foreach (var evaluation in evaluations)
                yield return evaluation;
            if (failed is not null)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
        }
    }

    // The evaluations of a chunk's reports up to the first that fails, and that report's exception.
    private (List<ReportEvaluation> Evaluations, Exception? Failed) EvaluateChunk(Report[] chunk, DateOnly? asOf)
    {
        using var activity = Telemetry.Source.StartActivity("ruleskit.evaluate");
        activity?.SetTag("ruleskit.reports", chunk.Length);
        var started = Stopwatch.GetTimestamp();
        var valid = new List<CheckedReport>(chunk.Length);
        Exception? failed = null;
        foreach (var report in chunk)
        {
            try
            {
                ArgumentNullException.ThrowIfNull(report, "reports");
                valid.Add(Checked(report));
            }
            catch (Exception e)
            {
                failed = e;
                break; // the reports after it are not evaluated: the caller never sees them
            }
        }
        var outcomes = _evaluator.RunAll(valid, asOf, outcome => _results.Build(outcome));
        var evaluations = new List<ReportEvaluation>(outcomes.Length);
        // A report that failed before the one whose check failed, if any, ends the chunk instead.
        foreach (var (evaluation, error) in outcomes)
        {
            if (evaluation is null)
            {
                failed = error;
                break;
            }
            evaluations.Add(evaluation);
        }
        // Each report is counted with an equal share of the chunk's time: they were decided together.
        var share = Stopwatch.GetElapsedTime(started).TotalSeconds / Math.Max(1, valid.Count);
        foreach (var evaluation in evaluations)
            Record(evaluation, share);
        if (failed is not null)
        {
            _telemetry.Failed("evaluate", failed);
            activity?.SetStatus(ActivityStatusCode.Error, failed.Message);
        }
        return (evaluations, failed);
    }

    // How far EvaluateAll reads ahead. Measured on the worst case, one thread (`-- --screenloop --worst`): 32 to 128
    // all gained 10-30 % over one Evaluate after another; 256 kept so many reports alive that it gained nothing
    // in one of two runs and made the mix slower under BenchmarkDotNet (objects promoted out of gen 0).
    private const int LookAhead = 64;

    private void Record(ReportEvaluation evaluation, double seconds)
    {
        _telemetry.Evaluated.Add(1);
        // The tags box and allocate: only when someone listens.
        if (_telemetry.Verdicts.Enabled)
            foreach (var d in evaluation.Determinations)
                _telemetry.Verdicts.Add(1, new("ruleskit.list", d.List.Id), new("ruleskit.verdict", d.Verdict ?? "none"), new("ruleskit.complete", d.Complete));
        _telemetry.Duration.Record(seconds);
    }

    /// <summary>Why criterion <paramref name="number"/> of each list in force (or of <paramref name="list"/> only) did or did not apply.</summary>
    /// <exception cref="RulesKitInputException">No list in force has that criterion, or the report is invalid.</exception>
    public ImmutableArray<CriterionExplanation> ExplainCriterion(Report report, int number, string? list = null, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        report = Checked(report).Report;
        var date = asOf ?? report.EvaluationDate;
        var explanations = WhyBuilder.Criterion(Evaluate(report, date), report, _evaluator.RuleSetFor(report.Industry, date), number, list);
        if (explanations.IsEmpty)
            throw new RulesKitInputException([Messages.NoSuchCriterionInForce.At(report.Source ?? report.Id, 0, 0, date, number, list ?? "*")]);
        return explanations;
    }

    /// <summary>Item <paramref name="item"/> (<c>ITEM</c>, <c>CATALOG/ITEM</c> or <c>CATALOG@VERSION/ITEM</c>) tested on every subject of its kind, observed and reported, in every loaded version.</summary>
    /// <exception cref="RulesKitInputException">No loaded catalog has the item, or the report is invalid.</exception>
    public ImmutableArray<ItemExplanation> ExplainItem(Report report, string item, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(item);
        report = Checked(report).Report;
        return ExplainItem(report, report.Source ?? report.Id, item, asOf ?? report.EvaluationDate);
    }

    /// <summary>
    /// Item <paramref name="item"/> of the party's conduct catalogs tested on every subject of its kind of an inspection
    /// record (and on the subjects that stand for the reports it names, from <paramref name="reports"/>).
    /// </summary>
    /// <exception cref="RulesKitInputException">No loaded catalog has the item, or the record is invalid.</exception>
    public ImmutableArray<ItemExplanation> ExplainItem(InspectionRecord record, string item, IEnumerable<ReportEvaluation>? reports = null, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(item);
        if (!_checkedRecords.TryGetValue(record, out _))
        {
            record = InspectionReader.Validate(record, Catalogs, null);
            _checkedRecords.AddOrUpdate(record, this);
        }
        var findings = (reports ?? []).Select(r => r.Finding).GroupBy(f => f.ReportId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var (shape, _) = InspectionFacts.Shape(record, findings, Catalogs);
        return ExplainItem(shape, record.Source ?? record.Id, item, asOf ?? record.InspectionDate);
    }

    private ImmutableArray<ItemExplanation> ExplainItem(Report shape, string source, string item, DateOnly date)
    {
        var slash = item.IndexOf('/');
        CatalogKey? catalog = slash > 0 && CatalogKey.TryParse(item[..slash], out var key) ? key : null;
        var id = slash < 0 ? item : item[(slash + 1)..];
        var found = Catalogs.Catalogs.Where(c => catalog is not { } named || named.Names(c))
            .SelectMany(c => c.Items.Where(i => i.Id == id))
            .Select(i => WhyBuilder.Item(_evaluator.Catalogs[i], shape, date, Catalogs))
            .ToImmutableArray();
        if (found.IsEmpty)
            throw new RulesKitInputException([Messages.NoSuchItem.At(source, 0, 0, item)]);
        return found;
    }

    /// <summary>Compiles the rule set of <paramref name="industry"/> for <paramref name="asOf"/> (default: today) now, so that the first report does not wait for it.</summary>
    /// <exception cref="RulesKitInputException">The industry is not in the vocabulary.</exception>
    public void WarmUp(string industry, DateOnly? asOf = null)
    {
        if (!Catalogs.Vocabulary.IsIndustry(industry))
            throw new RulesKitInputException([Messages.UnknownIndustry.At(nameof(WarmUp), 0, 0, industry, Catalogs.Vocabulary.Industries.Select(t => t.Key))]);
        // A rule set's networks are compiled when a decision first needs them: here, all of them.
        foreach (var pool in _evaluator.RuleSetFor(industry, asOf ?? DateOnly.FromDateTime(DateTime.Today)).Pools)
            _ = pool.Factory;
    }

    /// <summary>The check of <paramref name="report"/> this engine keeps (for tests and benchmarks).</summary>
    internal CheckedReport CheckOf(Report report) => Checked(report);

    // The report's check: the one this engine made when it read or last checked the report, or a new one.
    private CheckedReport Checked(Report report)
    {
        if (_checkedReports.TryGetValue(report, out var check))
            return check;
        check = Derived(ReportValidator.Check(report, Catalogs, null));
        _checkedReports.AddOrUpdate(report, check);
        return check;
    }
}
