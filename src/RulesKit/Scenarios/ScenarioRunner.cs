using RulesKit.Catalogs;
using RulesKit.Determinations;
using RulesKit.Input;

namespace RulesKit.Scenarios;

/// <summary>How far a scenario suite reaches into one catalog.</summary>
/// <param name="Catalog">id@version.</param>
/// <param name="Items">Items in the catalog.</param>
/// <param name="Verified">Verified items.</param>
/// <param name="VerifiedExercised">Verified items some scenario made fire.</param>
/// <param name="NeverExercised">Ids of the items no scenario made fire.</param>
public sealed record CatalogCoverage(string Catalog, int Items, int Verified, int VerifiedExercised, IReadOnlyList<string> NeverExercised);

/// <summary>Which catalog items and criteria a suite exercised and which it never did.</summary>
/// <param name="Catalogs">Per standards catalog.</param>
/// <param name="CriteriaExercised">list#number of the criteria some scenario met or suspected.</param>
/// <param name="CriteriaNeverExercised">list#number of the others.</param>
/// <param name="VerifiedPercent">Verified items exercised, in percent of all verified items.</param>
public sealed record CoverageReport(IReadOnlyList<CatalogCoverage> Catalogs, IReadOnlyList<string> CriteriaExercised, IReadOnlyList<string> CriteriaNeverExercised, decimal VerifiedPercent);

/// <summary>A suite's results and coverage.</summary>
/// <param name="Results">One per scenario, in file order.</param>
/// <param name="Coverage">What the suite exercised.</param>
public sealed record ScenarioRun(IReadOnlyList<ScenarioResult> Results, CoverageReport Coverage);

/// <summary>Loads and runs expert scenarios (YAML) against an engine.</summary>
public static class ScenarioRunner
{
    /// <summary>Reads scenario files and folders (*.yaml, recursively). All are checked before any runs.</summary>
    /// <exception cref="RulesKitInputException">A file or folder is missing, or a scenario is invalid; every problem is listed.</exception>
    public static IReadOnlyList<Scenario> Load(RulesKitEngine engine, IEnumerable<string> paths)
    {
        var binder = new NodeBinder();
        var scenarios = new List<Scenario>();
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : File.Exists(path) ? [path] : [];
            if (!Directory.Exists(path) && !File.Exists(path))
                binder.Errors.Add(new Diagnostic(path, 0, 0, "scenario file or folder not found"));
            foreach (var file in files)
                scenarios.AddRange(ScenarioReader.Read(file, engine.Catalogs, binder));
        }
        if (binder.Errors.Count > 0)
            throw new RulesKitInputException(binder.Errors);
        return scenarios;
    }

    /// <summary>Runs every scenario and measures coverage over the engine's catalogs.</summary>
    public static ScenarioRun Run(RulesKitEngine engine, IReadOnlyList<Scenario> scenarios)
    {
        var engines = new Dictionary<string, RulesKitEngine>(StringComparer.Ordinal);
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            var own = scenario.Catalogs is null ? engine
                : engines.TryGetValue(scenario.Catalogs, out var cached) ? cached
                : engines[scenario.Catalogs] = RulesKitEngine.FromDirectory(scenario.Catalogs);
            var evaluation = own.Evaluate(scenario.Report, scenario.AsOf);
            results.Add(new ScenarioResult(scenario, Compare(scenario, evaluation), evaluation));
        }
        return new ScenarioRun(results, Coverage(engine.Catalogs, results.Select(r => r.Evaluation).ToList()));
    }

    private static List<string> Compare(Scenario scenario, ReportEvaluation evaluation)
    {
        var differences = new List<string>();
        foreach (var (list, expected) in scenario.Lists.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var actual = evaluation.Determinations.FirstOrDefault(d => d.Catalog.StartsWith(list + "@", StringComparison.Ordinal));
            if (actual is null)
            {
                differences.Add($"{list}: expected a determination, but the list is not in force on {evaluation.AsOf:yyyy-MM-dd}");
                continue;
            }
            if (expected.Verdict is { } verdict && verdict != (actual.Verdict ?? "none"))
                differences.Add($"{list}: expected verdict {verdict}, got {actual.Verdict ?? "none"} ({actual.VerdictName})");
            if (expected.Met is { } met && !met.Order().SequenceEqual(actual.Met.Order()))
                differences.Add($"{list}: expected met [{string.Join(", ", met)}], got [{string.Join(", ", actual.Met)}]{Why(actual, met.Except(actual.Met))}");
            if (expected.Suspected is { } suspected && !suspected.Order().SequenceEqual(actual.Suspected.Order()))
                differences.Add($"{list}: expected suspected [{string.Join(", ", suspected)}], got [{string.Join(", ", actual.Suspected)}]{Why(actual, suspected.Except(actual.Suspected))}");
            foreach (var number in expected.NotMet.Where(n => actual.Met.Contains(n) || actual.Suspected.Contains(n)))
                differences.Add($"{list}: expected criterion {number} not met, got {(actual.Met.Contains(number) ? "met" : "suspected")}");
        }
        var found = evaluation.Nonconformities.ToList();
        foreach (var reference in scenario.Present.Where(r => !found.Any(n => Matches(r, n))))
            differences.Add($"expected nonconformity {reference}, not found{(found.Count == 0 ? " (none found)" : "; found " + string.Join(", ", found.Select(Name)))}");
        foreach (var reference in scenario.Absent.Where(r => found.Any(n => Matches(r, n))))
            differences.Add($"expected no nonconformity {reference}, but it was found");
        return differences;
    }

    // For a criterion expected but not reached: the element that failed on its closest match.
    private static string Why(Determination actual, IEnumerable<int> missing)
    {
        var reasons = new List<string>();
        foreach (var number in missing)
        {
            var criterion = actual.Criteria.FirstOrDefault(c => c.Number == number);
            var closest = criterion?.Matches.FirstOrDefault();
            reasons.Add(closest is null
                ? $"criterion {number}: no nonconformity of its categories"
                : $"criterion {number}: {string.Join("; ", closest.Elements.Where(e => e.State != ElementState.Established).Select(e => $"{e.Element} {e.State} ({e.Reason})"))} on {closest.Nonconformity.ItemId}@{closest.Nonconformity.SubjectId}");
        }
        return reasons.Count == 0 ? "" : " — " + string.Join("; ", reasons);
    }

    private static string Name(NonconformityRecord n) => $"{n.Catalog[..n.Catalog.IndexOf('#')]}/{n.ItemId}@{n.SubjectId}";

    private static bool Matches(string reference, NonconformityRecord n)
    {
        var slash = reference.IndexOf('/');
        var at = reference.LastIndexOf('@');
        var catalog = reference[..slash];
        var catalogMatches = catalog.Contains('@') ? n.Catalog.StartsWith(catalog + "#", StringComparison.Ordinal) : n.Catalog.StartsWith(catalog + "@", StringComparison.Ordinal);
        return catalogMatches && n.ItemId == reference[(slash + 1)..at] && n.SubjectId == reference[(at + 1)..];
    }

    private static CoverageReport Coverage(CatalogSet catalogs, IReadOnlyList<ReportEvaluation> evaluations)
    {
        var fired = evaluations.SelectMany(e => e.Nonconformities).Select(n => $"{n.Catalog[..n.Catalog.IndexOf('#')]}/{n.ItemId}").ToHashSet(StringComparer.Ordinal);
        var perCatalog = catalogs.All.Where(c => c.Type == CatalogType.Standards).OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c.Version, StringComparer.Ordinal)
            .Select(c =>
            {
                var key = $"{c.Id}@{c.Version}";
                bool Fired(StandardItem i) => fired.Contains($"{key}/{i.Id}");
                return new CatalogCoverage(key, c.Items.Count, c.Items.Count(i => i.Verified), c.Items.Count(i => i.Verified && Fired(i)),
                    c.Items.Where(i => !Fired(i)).Select(i => i.Id).ToList());
            }).ToList();
        var exercised = evaluations.SelectMany(e => e.Determinations)
            .SelectMany(d => d.Met.Concat(d.Suspected).Select(n => $"{d.Catalog[..d.Catalog.IndexOf('@')]}#{n}"))
            .ToHashSet(StringComparer.Ordinal);
        var allCriteria = catalogs.All.Where(c => c.Type == CatalogType.Determination)
            .SelectMany(c => c.Criteria.Select(k => $"{c.Id}#{k.Number}")).Distinct().Order(StringComparer.Ordinal).ToList();
        var verified = perCatalog.Sum(c => c.Verified);
        return new CoverageReport(perCatalog, allCriteria.Where(exercised.Contains).ToList(), allCriteria.Where(c => !exercised.Contains(c)).ToList(),
            verified == 0 ? 100m : Math.Round(100m * perCatalog.Sum(c => c.VerifiedExercised) / verified, 1));
    }
}
