using System.Text;
using RulesKit.Catalogs;
using RulesKit.Facts;
using RulesKit.Input;

namespace RulesKit.Scenarios;

/// <summary>Reads scenario files (YAML: a <c>scenarios:</c> list). Every problem is located; none is skipped silently.</summary>
internal static class ScenarioReader
{
    public static List<Scenario> Read(string path, CatalogSet catalogs, NodeBinder b)
    {
        var scenarios = new List<Scenario>();
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            b.Errors.Add(new Diagnostic(path, 0, 0, "not valid UTF-8 text"));
            return scenarios;
        }
        MappingNode? root;
        try
        {
            root = b.AsMapping(StrictYamlReader.Read(text, path), "scenario file");
        }
        catch (RulesKitInputException e)
        {
            b.Errors.AddRange(e.Diagnostics);
            return scenarios;
        }
        if (root is null)
            return scenarios;
        b.OnlyKeys(root, "a scenario file", "scenarios");
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var lists = catalogs.All.Where(c => c.Type == CatalogType.Determination)
            .GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.SelectMany(c => c.Criteria).Select(c => c.Number).ToHashSet(), StringComparer.Ordinal);

        foreach (var node in b.List(root, "scenarios", "scenario file", true))
        {
            var m = b.AsMapping(node, "scenario");
            if (m is null)
                continue;
            b.OnlyKeys(m, "a scenario", "name", "given", "expect");
            var name = b.Text(m, "name", "scenario", true) ?? "?";
            var given = b.AsMapping(b.Required(m, "given", $"scenario '{name}'"), "given");
            var expect = b.AsMapping(b.Required(m, "expect", $"scenario '{name}'"), "expect");
            if (given is null || expect is null)
                continue;
            b.OnlyKeys(given, "given", "report", "asOf", "catalogs");
            b.OnlyKeys(expect, "expect", "lists", "nonconformities");

            Report? report = null;
            var reportNode = b.Required(given, "report", "given");
            try
            {
                report = reportNode switch
                {
                    ScalarNode { IsNull: false } file => ReadReportFile(Path.Combine(directory, file.Value), file, catalogs),
                    MappingNode inline => ReportReader.FromNode(inline, path, catalogs.Kinds),
                    null => null,
                    _ => throw new RulesKitInputException([reportNode.Location.Error("given.report: expected a file path or a report mapping")]),
                };
            }
            catch (RulesKitInputException e)
            {
                b.Errors.AddRange(e.Diagnostics);
            }

            var catalogsPath = b.Text(given, "catalogs", "given", false);
            if (catalogsPath is not null && !Directory.Exists(Path.Combine(directory, catalogsPath)))
                b.Error(given["catalogs"]!.Location, $"given.catalogs: folder '{catalogsPath}' not found");

            var expectations = new Dictionary<string, ListExpectation>(StringComparer.Ordinal);
            if (b.AsMapping(expect["lists"], "expect.lists") is { } listsNode)
            {
                foreach (var (key, value) in listsNode.Entries)
                {
                    if (!lists.TryGetValue(key.Value, out var numbers))
                    {
                        b.Error(key.Location, $"expect.lists: unknown determination list '{key.Value}'; loaded lists: {string.Join(", ", lists.Keys.Order(StringComparer.Ordinal))}");
                        continue;
                    }
                    if (b.AsMapping(value, $"expect.lists.{key.Value}") is not { } e)
                        continue;
                    b.OnlyKeys(e, $"expect.lists.{key.Value}", "verdict", "met", "suspected", "notMet");
                    expectations[key.Value] = new ListExpectation
                    {
                        Verdict = b.Text(e, "verdict", key.Value, false),
                        Met = e["met"] is null ? null : Numbers(e, "met", key.Value, numbers, b),
                        Suspected = e["suspected"] is null ? null : Numbers(e, "suspected", key.Value, numbers, b),
                        NotMet = Numbers(e, "notMet", key.Value, numbers, b),
                    };
                }
            }
            IReadOnlyList<string> present = [], absent = [];
            if (b.AsMapping(expect["nonconformities"], "expect.nonconformities") is { } n)
            {
                b.OnlyKeys(n, "expect.nonconformities", "present", "absent");
                present = ItemRefs(n, "present", catalogs, b);
                absent = ItemRefs(n, "absent", catalogs, b);
            }
            if (report is null)
                continue;
            scenarios.Add(new Scenario
            {
                Name = name,
                Location = $"{path}:{m.Location.Line}",
                Report = report,
                AsOf = b.Date(given, "asOf", "given", false),
                Catalogs = catalogsPath is null ? null : Path.Combine(directory, catalogsPath),
                Lists = expectations,
                Present = present,
                Absent = absent,
            });
        }
        return scenarios;
    }

    private static Report ReadReportFile(string path, ScalarNode at, CatalogSet catalogs)
    {
        if (!File.Exists(path))
            throw new RulesKitInputException([at.Location.Error($"given.report: file '{at.Value}' not found")]);
        return ReportReader.Read(File.ReadAllBytes(path), path, catalogs.Kinds);
    }

    private static List<int> Numbers(MappingNode m, string key, string list, HashSet<int> known, NodeBinder b)
    {
        var result = new List<int>();
        foreach (var node in b.List(m, key, list, false))
        {
            if (b.Number(node, $"{list}.{key}", "a criterion number") is not { } value)
                continue;
            if (!known.Contains((int)value))
                b.Error(node.Location, $"{list}.{key}: the list has no criterion {value}; its criteria are {string.Join(", ", known.Order())}");
            result.Add((int)value);
        }
        return result;
    }

    // catalog/item@subject; the catalog may carry @version.
    private static List<string> ItemRefs(MappingNode m, string key, CatalogSet catalogs, NodeBinder b)
    {
        var refs = new List<string>();
        foreach (var node in b.List(m, key, "expect.nonconformities", false))
        {
            if (node is not ScalarNode s || s.Value.Split('@', '/') is not { Length: >= 3 })
            {
                b.Error(node.Location, $"expect.nonconformities.{key}: expected catalog/item@subject, e.g. hazchem.major-hazards/HC-05.a@TANK-1");
                continue;
            }
            var slash = s.Value.IndexOf('/');
            var catalog = s.Value[..slash].Split('@')[0];
            var item = s.Value[(slash + 1)..s.Value.LastIndexOf('@')];
            if (!catalogs.All.Any(c => c.Id == catalog && c.Items.Any(i => i.Id == item)))
                b.Error(node.Location, $"expect.nonconformities.{key}: no loaded catalog '{catalog}' has an item '{item}'");
            refs.Add(s.Value);
        }
        return refs;
    }
}
