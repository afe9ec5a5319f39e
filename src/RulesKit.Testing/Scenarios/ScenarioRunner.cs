using System.Collections.Immutable;
using RulesKit.Catalogs;
using RulesKit.Determinations;
using RulesKit.Input;
using RulesKit.Results;

namespace RulesKit.Testing.Scenarios;

/// <summary>Loads and runs expert scenarios (YAML) against an engine, and measures which items and criteria they exercise.</summary>
public static class ScenarioRunner
{
    /// <summary>Reads scenario files and folders (*.yaml, recursively). All are checked before any runs.</summary>
    /// <exception cref="RulesKitInputException">A file or folder is missing, or a scenario is invalid; every problem is listed.</exception>
    public static ImmutableArray<Scenario> Load(RulesKitEngine engine, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(paths);
        var binder = new NodeBinder();
        var scenarios = new List<Scenario>();
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? FolderFiles.Enumerate(path, FolderFiles.WithExtension(".yaml"))
                : File.Exists(path) ? [path] : [];
            if (!Directory.Exists(path) && !File.Exists(path))
                binder.Add(ScenarioMessages.NotFound.At(path, 0, 0));
            foreach (var file in files)
                scenarios.AddRange(ScenarioReader.Read(file, engine, binder));
        }
        binder.ThrowIfErrors();
        return [.. scenarios];
    }

    /// <summary>Runs every scenario and measures coverage over the engine's catalogs.</summary>
    public static ScenarioRun Run(RulesKitEngine engine, IReadOnlyList<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(scenarios);
        var engines = new Dictionary<string, RulesKitEngine>(StringComparer.Ordinal);
        var results = ImmutableArray.CreateBuilder<ScenarioResult>(scenarios.Count);
        foreach (var scenario in scenarios)
        {
            var own = scenario.Catalogs is null ? engine
                : engines.TryGetValue(scenario.Catalogs, out var cached) ? cached
                : engines[scenario.Catalogs] = RulesKitEngine.FromDirectory(scenario.Catalogs);
            var evaluation = scenario.Inspection is { } record
                ? own.Inspect(record, [.. scenario.NamedReports.Select(r => own.Evaluate(r))], scenario.AsOf)
                : own.Evaluate(scenario.Report!, scenario.AsOf);
            results.Add(new ScenarioResult(scenario, Compare(scenario, evaluation), evaluation));
        }
        var built = results.MoveToImmutable();
        return new ScenarioRun(built, Coverage(engine.Catalogs, [.. built.Select(r => r.Evaluation)]));
    }

    internal static (string Catalog, string? Version, string Item, string Subject)? Parse(string reference)
    {
        // CATALOG[@VERSION]/ITEM@SUBJECT
        var slash = reference.IndexOf('/');
        var at = reference.LastIndexOf('@');
        if (slash <= 0 || at <= slash + 1 || at == reference.Length - 1 || !CatalogKey.TryParse(reference[..slash], out var catalog))
            return null;
        return (catalog.Id, catalog.Version, reference[(slash + 1)..at], reference[(at + 1)..]);
    }

    private static ImmutableArray<string> Compare(Scenario scenario, ReportEvaluation evaluation)
    {
        var differences = ImmutableArray.CreateBuilder<string>();
        foreach (var (list, expected) in scenario.Lists.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var actual = evaluation.Determinations.FirstOrDefault(d => d.List.Id == list);
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
            if (expected.CannotDecide is { } undecided && !undecided.Order().SequenceEqual(actual.CannotDecide.Order()))
                differences.Add($"{list}: expected cannot decide [{string.Join(", ", undecided)}], got [{string.Join(", ", actual.CannotDecide)}]");
            foreach (var number in expected.NotMet.Where(n => actual.Met.Contains(n) || actual.Suspected.Contains(n)))
                differences.Add($"{list}: expected criterion {number} not met, got {(actual.Met.Contains(number) ? "met" : "suspected")}");
        }
        var found = evaluation.Nonconformities;
        foreach (var reference in scenario.Present.Where(r => !found.Any(n => Matches(r, n))))
            differences.Add($"expected nonconformity {reference}, not found{(found.IsEmpty ? " (none found)" : "; found " + string.Join(", ", found.Select(Name)))}");
        foreach (var reference in scenario.Absent.Where(r => found.Any(n => Matches(r, n))))
            differences.Add($"expected no nonconformity {reference}, but it was found");
        return differences.ToImmutable();
    }

    // For a criterion expected but not reached: the element that failed on its closest match.
    private static string Why(Determination actual, IEnumerable<int> missing)
    {
        var reasons = new List<string>();
        foreach (var number in missing)
        {
            var criterion = actual.Criteria.FirstOrDefault(c => c.Number == number);
            var closest = criterion?.Matches.FirstOrDefault();
            reasons.Add(criterion?.Outcome is CriterionOutcome.NotApplicable or CriterionOutcome.CannotDecide
                ? $"criterion {number}: {criterion.Outcome}"
                : closest is null
                    ? $"criterion {number}: no nonconformity of its categories"
                    : $"criterion {number}: {string.Join("; ", closest.Elements.Where(e => e.State != ElementState.Established).Select(e => $"{e.Element} {e.State} ({e.Reason})"))} on {closest.Nonconformity.ItemId}@{closest.Nonconformity.SubjectId}");
        }
        return reasons.Count == 0 ? "" : " — " + string.Join("; ", reasons);
    }

    private static string Name(Nonconformity n) => $"{n.Catalog.Key}/{n.ItemId}@{n.SubjectId}";

    private static bool Matches(string reference, Nonconformity n) =>
        Parse(reference) is { } r && r.Catalog == n.Catalog.Id && (r.Version is null || r.Version == n.Catalog.Version) && r.Item == n.ItemId && r.Subject == n.SubjectId;

    private static SuiteCoverage Coverage(CatalogSet catalogs, IReadOnlyList<ReportEvaluation> evaluations)
    {
        var fired = evaluations.SelectMany(e => e.Nonconformities).Select(n => $"{n.Catalog.Key}/{n.ItemId}").ToHashSet(StringComparer.Ordinal);
        var perCatalog = catalogs.Catalogs.Where(c => c.Type == CatalogType.Standards)
            .OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c.EffectiveFrom ?? DateOnly.MinValue)
            .Select(c => new CatalogItemCoverage(c, [.. c.Items.Where(i => fired.Contains($"{c.Reference.Key}/{i.Id}")).Select(i => i.Id)]))
            .ToImmutableArray();
        var exercised = evaluations.SelectMany(e => e.Determinations)
            .SelectMany(d => d.Met.Concat(d.Suspected).Select(n => (d.List.Id, n)))
            .ToHashSet();
        var allCriteria = catalogs.Catalogs.Where(c => c.Type == CatalogType.Determination)
            .SelectMany(c => c.Criteria.Select(k => (c.Id, k.Number))).Distinct()
            .OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c.Number).ToList();
        return new SuiteCoverage(perCatalog,
            [.. allCriteria.Where(exercised.Contains).Select(c => $"{c.Id}#{c.Number}")],
            [.. allCriteria.Where(c => !exercised.Contains(c)).Select(c => $"{c.Id}#{c.Number}")]);
    }
}
