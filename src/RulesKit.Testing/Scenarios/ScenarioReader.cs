using System.Collections.Immutable;
using RulesKit.Catalogs;
using RulesKit.Input;
using RulesKit.Inspections;
using RulesKit.Reports;

namespace RulesKit.Testing.Scenarios;

/// <summary>Reads scenario files (a <c>scenarios:</c> list) through the library's one input pipeline. Every problem is located; none is skipped silently.</summary>
internal static class ScenarioReader
{
    public static List<Scenario> Read(string path, RulesKitEngine engine, NodeBinder b)
    {
        var scenarios = new List<Scenario>();
        MappingNode? root;
        try
        {
            root = b.Mapping(DocumentReader.ReadFile(path), "scenario file");
        }
        catch (RulesKitInputException e)
        {
            b.AddRange(e.Diagnostics);
            return scenarios;
        }
        if (root is null)
            return scenarios;
        b.OnlyKeys(root, "scenario file", "scenarios");
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var lists = engine.Catalogs.Catalogs.Where(c => c.Type == CatalogType.Determination)
            .GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.SelectMany(c => c.Criteria).Select(c => c.Number).ToHashSet(), StringComparer.Ordinal);

        foreach (var node in b.List(root, "scenarios", "scenario file", true))
        {
            if (b.Mapping(node, "scenario") is not { } m)
                continue;
            b.OnlyKeys(m, "scenario", "name", "given", "expect");
            var name = b.Text(m, "name", "scenario", true) ?? "?";
            var given = b.Mapping(b.Required(m, "given", $"scenario '{name}'"), "given");
            var expect = b.Mapping(b.Required(m, "expect", $"scenario '{name}'"), "expect");
            if (given is null || expect is null)
                continue;
            b.OnlyKeys(given, "given", "report", "inspection", "reports", "asOf", "catalogs");
            b.OnlyKeys(expect, "expect", "lists", "nonconformities");

            Report? report = null;
            InspectionRecord? inspection = null;
            var named = ImmutableArray.CreateBuilder<Report>();
            if (given["report"] is null == given["inspection"] is null || (given["report"] is not null && given["reports"] is not null))
                b.Report(ScenarioMessages.ReportOrInspection, given.Location);
            try
            {
                report = given["report"] switch
                {
                    ScalarNode { IsNull: false } file => ReadReportFile(Path.Combine(directory, file.Value), file, engine),
                    MappingNode inline => engine.ReadReport(inline),
                    null => null,
                    var other => throw new RulesKitInputException([other.Location.Report(ScenarioMessages.ReportShape)]),
                };
                inspection = given["inspection"] switch
                {
                    ScalarNode { IsNull: false } file => File.Exists(Path.Combine(directory, file.Value))
                        ? engine.ReadInspection(Path.Combine(directory, file.Value))
                        : throw new RulesKitInputException([file.Location.Report(ScenarioMessages.ReportFileNotFound, file.Value)]),
                    MappingNode inline => engine.ReadInspection(inline),
                    null => null,
                    var other => throw new RulesKitInputException([other.Location.Report(ScenarioMessages.ReportShape)]),
                };
                foreach (var entry in b.List(given, "reports", "given", false))
                {
                    named.Add(entry switch
                    {
                        ScalarNode { IsNull: false } file => ReadReportFile(Path.Combine(directory, file.Value), file, engine),
                        MappingNode inline => engine.ReadReport(inline),
                        _ => throw new RulesKitInputException([entry.Location.Report(ScenarioMessages.ReportShape)]),
                    });
                }
            }
            catch (RulesKitInputException e)
            {
                b.AddRange(e.Diagnostics);
            }

            var catalogsPath = b.Text(given, "catalogs", "given", false);
            if (catalogsPath is not null && !Directory.Exists(Path.Combine(directory, catalogsPath)))
                b.Report(ScenarioMessages.CatalogsNotFound, given["catalogs"]!.Location, catalogsPath);

            var expectations = ImmutableDictionary.CreateBuilder<string, ListExpectation>(StringComparer.Ordinal);
            if (b.Mapping(expect["lists"], "expect.lists") is { } listsNode)
            {
                foreach (var (key, value) in listsNode.Entries)
                {
                    if (!lists.TryGetValue(key.Value, out var numbers))
                    {
                        b.Report(ScenarioMessages.UnknownList, key.Location, key.Value, lists.Keys.Order(StringComparer.Ordinal));
                        continue;
                    }
                    if (b.Mapping(value, $"expect.lists.{key.Value}") is not { } e)
                        continue;
                    b.OnlyKeys(e, $"expect.lists.{key.Value}", "verdict", "met", "suspected", "notMet", "cannotDecide");
                    expectations[key.Value] = new ListExpectation
                    {
                        Verdict = b.Text(e, "verdict", key.Value, false),
                        Met = e["met"] is null ? null : Numbers(e, "met", key.Value, numbers, b),
                        Suspected = e["suspected"] is null ? null : Numbers(e, "suspected", key.Value, numbers, b),
                        NotMet = Numbers(e, "notMet", key.Value, numbers, b),
                        CannotDecide = e["cannotDecide"] is null ? null : Numbers(e, "cannotDecide", key.Value, numbers, b),
                    };
                }
            }
            ImmutableArray<string> present = [], absent = [];
            if (b.Mapping(expect["nonconformities"], "expect.nonconformities") is { } n)
            {
                b.OnlyKeys(n, "expect.nonconformities", "present", "absent");
                present = ItemRefs(n, "present", engine.Catalogs, b);
                absent = ItemRefs(n, "absent", engine.Catalogs, b);
            }
            if (report is null && inspection is null)
                continue;
            scenarios.Add(new Scenario
            {
                Name = name,
                Location = $"{path}:{m.Location.Line}",
                Report = report,
                Inspection = inspection,
                NamedReports = named.ToImmutable(),
                AsOf = b.Date(given, "asOf", "given", false),
                Catalogs = catalogsPath is null ? null : Path.Combine(directory, catalogsPath),
                Lists = expectations.ToImmutable(),
                Present = present,
                Absent = absent,
            });
        }
        return scenarios;
    }

    private static Report ReadReportFile(string path, ScalarNode at, RulesKitEngine engine)
    {
        if (!File.Exists(path))
            throw new RulesKitInputException([at.Location.Report(ScenarioMessages.ReportFileNotFound, at.Value)]);
        return engine.ReadReport(path);
    }

    private static ImmutableArray<int> Numbers(MappingNode m, string key, string list, HashSet<int> known, NodeBinder b)
    {
        var result = ImmutableArray.CreateBuilder<int>();
        foreach (var node in b.List(m, key, list, false))
        {
            if (b.WholeNumber(node, $"{list}.{key}") is not { } value)
                continue;
            if (!known.Contains(value))
                b.Report(ScenarioMessages.NoSuchCriterion, node.Location, $"{list}.{key}", value, string.Join(", ", known.Order()));
            result.Add(value);
        }
        return result.ToImmutable();
    }

    // catalog/item@subject; the catalog may carry @version.
    private static ImmutableArray<string> ItemRefs(MappingNode m, string key, CatalogSet catalogs, NodeBinder b)
    {
        var refs = ImmutableArray.CreateBuilder<string>();
        foreach (var node in b.List(m, key, "expect.nonconformities", false))
        {
            if (node is not ScalarNode s || ScenarioRunner.Parse(s.Value) is not { } parsed)
            {
                b.Report(ScenarioMessages.ItemReferenceShape, node.Location, key);
                continue;
            }
            if (!catalogs.Catalogs.Any(c => c.Id == parsed.Catalog && c.Items.Any(i => i.Id == parsed.Item)))
                b.Report(ScenarioMessages.NoSuchItem, node.Location, key, parsed.Catalog, parsed.Item);
            refs.Add(s.Value);
        }
        return refs.ToImmutable();
    }
}
