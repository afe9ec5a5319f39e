using System.Collections.Concurrent;
using RulesKit.Catalogs;
using RulesKit.Compilation;
using RulesKit.Determinations;
using RulesKit.Facts;
using RulesKit.Hosting;

namespace RulesKit;

/// <summary>
/// The entry point: load catalogs once, then read and evaluate reports. One engine is safe to share
/// between threads; the NRules session factory of each catalog combination is compiled once and cached.
/// </summary>
/// <example>
/// <code>
/// var engine = RulesKitEngine.FromEmbeddedCatalogs();
/// var report = engine.ReadReport("rules/examples/hazchem-criterion-07-met.yaml");
/// var result = engine.Evaluate(report);
/// Console.WriteLine(ExplanationWriter.ToText(result, ExplanationLanguage.English));
/// </code>
/// </example>
public sealed class RulesKitEngine
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledRuleSet>> _compiled = new(StringComparer.Ordinal);

    /// <summary>Creates an engine over an already loaded catalog set.</summary>
    public RulesKitEngine(CatalogSet catalogs) => Catalogs = catalogs;

    /// <summary>The loaded catalogs.</summary>
    public CatalogSet Catalogs { get; }

    /// <summary>An engine over the catalogs shipped inside the library.</summary>
    public static RulesKitEngine FromEmbeddedCatalogs() => new(CatalogSet.LoadEmbedded());

    /// <summary>An engine over the catalogs of a rules folder (its standards/ and determination/ subfolders).</summary>
    /// <exception cref="RulesKitInputException">A catalog is invalid.</exception>
    public static RulesKitEngine FromDirectory(string rulesDirectory) => new(CatalogSet.LoadDirectory(rulesDirectory));

    /// <summary>Reads a report file (YAML or JSON).</summary>
    /// <exception cref="RulesKitInputException">The report is invalid; every problem is listed with file, line and column.</exception>
    public Report ReadReport(string path)
    {
        if (!File.Exists(path))
            throw new RulesKitInputException([new Diagnostic(path, 0, 0, "report file not found")]);
        return ReportReader.Read(File.ReadAllBytes(path), path, Catalogs.Kinds);
    }

    /// <summary>Parses a report from text; <paramref name="sourceName"/> names it in error messages.</summary>
    /// <exception cref="RulesKitInputException">The report is invalid.</exception>
    public Report ParseReport(string text, string sourceName) => ReportReader.Parse(text, sourceName, Catalogs.Kinds);

    /// <summary>
    /// Evaluates one report with the catalogs in force on <paramref name="asOf"/> (default: the report's
    /// evaluation date) for its industry.
    /// </summary>
    /// <exception cref="RulesKitInputException">The report does not fit the declared kinds.</exception>
    public ReportEvaluation Evaluate(Report report, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var activity = RulesKitTelemetry.Source.StartActivity("ruleskit.evaluate");
        activity?.SetTag("ruleskit.report", report.Id);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var evaluation = EvaluateCore(report, asOf);
            RulesKitTelemetry.EvaluatedCounter.Add(1);
            foreach (var d in evaluation.Determinations)
                RulesKitTelemetry.VerdictCounter.Add(1, new("ruleskit.list", d.Catalog[..d.Catalog.IndexOf('@')]), new("ruleskit.verdict", d.Verdict ?? "none"));
            RulesKitTelemetry.DurationHistogram.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return evaluation;
        }
        catch (RulesKitInputException)
        {
            RulesKitTelemetry.ErrorCounter.Add(1);
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "invalid report");
            throw;
        }
    }

    private ReportEvaluation EvaluateCore(Report report, DateOnly? asOf)
    {
        var date = asOf ?? report.EvaluationDate;
        var catalogs = Catalogs.InForce(report.Industry, date);
        var ruleSet = RuleSetFor(catalogs);
        var (reportFact, subjects) = FactBuilder.Build(report, Catalogs.Kinds);

        // A session that throws half-way is simply not returned to the pool.
        var pooled = ruleSet.Rent();
        var session = pooled.Session;
        session.Insert(reportFact);
        session.InsertAll(subjects);
        session.Fire();

        // Query is IQueryable: ordering it directly would build and compile an expression tree per report.
        var nonconformities = session.Query<Nonconformity>().AsEnumerable()
            .OrderBy(n => n.Item.Catalog.Id, StringComparer.Ordinal)
            .ThenBy(n => n.Item.Id, StringComparer.Ordinal)
            .ThenBy(n => n.Subject.Source.Id, StringComparer.Ordinal)
            .Select(Verdicts.Record)
            .ToList();
        var issues = pooled.Issues.OrderBy(i => i.ItemId, StringComparer.Ordinal).ThenBy(i => i.SubjectId, StringComparer.Ordinal).ToList();
        ruleSet.Return(pooled);

        return new ReportEvaluation
        {
            ReportId = report.Id,
            ReportTitle = report.Title,
            AsOf = date,
            Industry = report.Industry,
            Catalogs = catalogs.Select(c => c.FullReference).ToList(),
            Nonconformities = nonconformities,
            Determinations = catalogs.Where(c => c.Type == CatalogType.Determination)
                .Select(c => reportFact.Determinations[c.Id]).ToList(),
            Issues = issues,
        };
    }

    /// <summary>Evaluates reports one after another, lazily, in input order.</summary>
    public IEnumerable<ReportEvaluation> EvaluateAll(IEnumerable<Report> reports, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var report in reports)
            yield return Evaluate(report, asOf);
    }

    private CompiledRuleSet RuleSetFor(IReadOnlyList<Catalog> catalogs)
    {
        var key = string.Join("|", catalogs.Select(c => c.ShortReference));
        return _compiled.GetOrAdd(key, _ => new Lazy<CompiledRuleSet>(() => RuleSetCompiler.Compile(catalogs))).Value;
    }
}
