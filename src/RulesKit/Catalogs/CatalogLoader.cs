using System.Security.Cryptography;
using System.Text;
using RulesKit.Conditions;
using RulesKit.Input;

namespace RulesKit.Catalogs;

/// <summary>
/// Loads catalog files into a <see cref="CatalogSet"/>: structure, types, references and expressions
/// are checked, and every problem is reported with file:line:col. Either the whole set loads or an
/// exception lists the problems; nothing is half-loaded.
/// </summary>
internal static class CatalogLoader
{
    private static readonly string[] CommonKeys =
        ["catalog", "id", "version", "title", "document", "jurisdiction", "industries", "effectiveFrom", "effectiveTo", "datesVerified", "supersedes", "source", "notes"];

    private static readonly string[] ElementNames = ["objective", "concealment", "materiality", "unresolved", "omission", "misreported"];

    public static CatalogSet Load(IEnumerable<(string Name, byte[] Content)> files)
    {
        var binder = new NodeBinder();
        var parsed = new List<(Catalog Catalog, MappingNode Root)>();
        var kinds = new Dictionary<string, KindSchema>(StringComparer.Ordinal);

        foreach (var (name, content) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            string text;
            try
            {
                text = new UTF8Encoding(false, true).GetString(content);
            }
            catch (DecoderFallbackException)
            {
                binder.Errors.Add(new Diagnostic(name, 0, 0, "not valid UTF-8 text"));
                continue;
            }
            try
            {
                var root = binder.AsMapping(StrictYamlReader.Read(text, name), "catalog");
                if (root is null)
                    continue;
                var catalog = ReadCatalog(root, name, Convert.ToHexStringLower(SHA256.HashData(content)), binder, kinds);
                if (catalog is not null)
                    parsed.Add((catalog, root));
            }
            catch (RulesKitInputException e)
            {
                binder.Errors.AddRange(e.Diagnostics);
            }
        }

        var catalogs = parsed.Select(p => p.Catalog).ToList();
        CheckVersions(catalogs, binder);
        CheckReferences(catalogs, kinds, binder);
        CompileConditions(catalogs, kinds, binder);

        if (binder.Errors.Count > 0)
            throw new RulesKitInputException(binder.Errors);
        return new CatalogSet(catalogs, kinds);
    }

    private static Catalog? ReadCatalog(MappingNode root, string file, string hash, NodeBinder b, Dictionary<string, KindSchema> kinds)
    {
        var typeText = b.Text(root, "catalog", "catalog", true);
        CatalogType? type = typeText switch
        {
            "standards" => CatalogType.Standards,
            "determination" => CatalogType.Determination,
            null => null,
            _ => null,
        };
        if (typeText is not null && type is null)
            b.Error(root["catalog"]!.Location, $"catalog: expected 'standards' or 'determination', found '{typeText}'");
        if (type is null)
            return null;

        var keys = type == CatalogType.Standards
            ? [.. CommonKeys, "kinds", "tables", "items"]
            : CommonKeys.Concat(["classes", "categories", "criteria"]).ToArray();
        b.OnlyKeys(root, "a catalog", keys);

        var catalog = new Catalog
        {
            Type = type.Value,
            Id = b.Text(root, "id", "catalog", true) ?? "?",
            Version = b.Text(root, "version", "catalog", true) ?? "?",
            Title = b.Text(root, "title", "catalog", true) ?? "",
            Document = b.Text(root, "document", "catalog", true) ?? "",
            Jurisdiction = b.Text(root, "jurisdiction", "catalog", true) ?? "",
            Industries = b.TextList(root, "industries", "catalog", true),
            EffectiveFrom = b.Date(root, "effectiveFrom", "catalog", false),
            EffectiveTo = b.Date(root, "effectiveTo", "catalog", false),
            DatesVerified = b.Bool(root, "datesVerified", "catalog", false) ?? true,
            Supersedes = b.Text(root, "supersedes", "catalog", false),
            Source = b.Text(root, "source", "catalog", true) ?? "",
            FileName = file,
            Hash = hash,
            Location = root.Location,
            Tables = type == CatalogType.Standards ? ReadTables(root, b) : new Dictionary<string, LookupTable>(),
            Items = type == CatalogType.Standards ? ReadItems(root, b) : [],
            Classes = type == CatalogType.Determination ? ReadClasses(root, b) : [],
            Categories = type == CatalogType.Determination ? ReadCategories(root, b) : [],
            Criteria = type == CatalogType.Determination ? ReadCriteria(root, b) : [],
        };
        if (catalog.EffectiveFrom is { } from && catalog.EffectiveTo is { } to && to <= from)
            b.Error(root["effectiveTo"]!.Location, $"effectiveTo {to:yyyy-MM-dd} must be after effectiveFrom {from:yyyy-MM-dd}");
        if (type == CatalogType.Standards)
            ReadKinds(root, b, kinds);
        foreach (var item in catalog.Items)
            item.Catalog = catalog;
        foreach (var criterion in catalog.Criteria)
            criterion.Catalog = catalog;
        return catalog;
    }

    private static void ReadKinds(MappingNode root, NodeBinder b, Dictionary<string, KindSchema> kinds)
    {
        var map = b.AsMapping(root["kinds"], "kinds");
        if (map is null)
            return;
        foreach (var (kindKey, kindNode) in map.Entries)
        {
            var kindMap = b.AsMapping(kindNode, $"kind '{kindKey.Value}'");
            if (kindMap is null)
                continue;
            b.OnlyKeys(kindMap, $"kind '{kindKey.Value}'", "title", "attributes");
            if (!kinds.TryGetValue(kindKey.Value, out var kind))
                kinds[kindKey.Value] = kind = new KindSchema(kindKey.Value, b.Text(kindMap, "title", "kind", false));
            var attributes = b.AsMapping(b.Required(kindMap, "attributes", $"kind '{kindKey.Value}'"), "attributes");
            if (attributes is null)
                continue;
            foreach (var (attrKey, attrNode) in attributes.Entries)
            {
                var what = $"attribute '{kindKey.Value}.{attrKey.Value}'";
                var attrMap = b.AsMapping(attrNode, what);
                if (attrMap is null)
                    continue;
                b.OnlyKeys(attrMap, what, "type", "values", "unit", "title");
                var typeText = b.Text(attrMap, "type", what, true);
                AttributeType? type = typeText switch
                {
                    "number" => AttributeType.Number,
                    "boolean" => AttributeType.Boolean,
                    "text" => AttributeType.Text,
                    "date" => AttributeType.Date,
                    "enum" => AttributeType.Enum,
                    _ => null,
                };
                if (type is null)
                {
                    if (typeText is not null)
                        b.Error(attrMap["type"]!.Location, $"{what}: type must be one of number, boolean, text, date, enum; found '{typeText}'");
                    continue;
                }
                var values = b.TextList(attrMap, "values", what, type == AttributeType.Enum);
                var declared = new AttributeSchema(attrKey.Value, type.Value, values, b.Text(attrMap, "unit", what, false), b.Text(attrMap, "title", what, false), kind.Attributes.Count, attrKey.Location);
                if (kind.Find(attrKey.Value) is { } existing)
                {
                    // Several catalogs may read one kind; they must agree on what an attribute is.
                    if (existing.Type != declared.Type || !existing.Values.SequenceEqual(declared.Values))
                        b.Error(attrKey.Location, $"{what} is declared as {declared.Type} here but as {existing.Type} at {existing.Location.Source}:{existing.Location.Line}:{existing.Location.Column}");
                    continue;
                }
                kind.Add(declared);
            }
        }
    }

    private static Dictionary<string, LookupTable> ReadTables(MappingNode root, NodeBinder b)
    {
        var tables = new Dictionary<string, LookupTable>(StringComparer.Ordinal);
        var map = b.AsMapping(root["tables"], "tables");
        if (map is null)
            return tables;
        foreach (var (key, node) in map.Entries)
        {
            var what = $"table '{key.Value}'";
            var t = b.AsMapping(node, what);
            if (t is null)
                continue;
            b.OnlyKeys(t, what, "title", "clause", "source", "verified", "keys", "rows");
            var keyNames = b.TextList(t, "keys", what, true);
            if (keyNames.Count is < 1 or > 3)
                b.Error(t.Location, $"{what}: expected one to three keys");
            var rows = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var rowNode in b.List(t, "rows", what, true))
            {
                if (rowNode is not SequenceNode row || row.Items.Count != keyNames.Count + 1)
                {
                    b.Error(rowNode.Location, $"{what}: a row must be a list of {keyNames.Count} key(s) and a value, e.g. [{string.Join(", ", keyNames)}, 100]");
                    continue;
                }
                var rowKeys = row.Items.Take(keyNames.Count).Select(k => k is ScalarNode s ? s.Value : "").ToList();
                var value = b.Number(row.Items[^1], $"{what} row value");
                var rowKey = LookupTable.RowKey(rowKeys);
                if (!rows.TryAdd(rowKey, value ?? 0))
                    b.Error(row.Location, $"{what}: duplicate row ({string.Join(", ", rowKeys)})");
            }
            tables[key.Value] = new LookupTable
            {
                Name = key.Value,
                Title = b.Text(t, "title", what, false),
                Clause = b.Text(t, "clause", what, true),
                Source = b.Text(t, "source", what, true),
                Verified = b.Bool(t, "verified", what, true) ?? false,
                Keys = keyNames,
                Rows = rows,
                Location = key.Location,
            };
        }
        return tables;
    }

    private static List<StandardItem> ReadItems(MappingNode root, NodeBinder b)
    {
        var items = new List<StandardItem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in b.List(root, "items", "catalog", true))
        {
            var m = b.AsMapping(node, "item");
            if (m is null)
                continue;
            var id = b.Text(m, "id", "item", true) ?? "?";
            var what = $"item '{id}'";
            b.OnlyKeys(m, what, "id", "title", "clause", "text", "source", "verified", "veto", "categories", "kind", "when", "compare", "threshold", "safetyCode", "reading");
            if (!ids.Add(id))
                b.Error(m["id"]!.Location, $"duplicate item id '{id}'");
            var when = m["when"] as ScalarNode;
            var compareNode = m["compare"];
            if (when is null == compareNode is null)
                b.Error(m.Location, $"{what}: give exactly one of 'when' (a condition) or 'compare' (a view comparison)");
            var categories = b.TextList(m, "categories", what, true);
            if (categories.Count == 0)
                b.Error(m.Location, $"{what}: 'categories' must name at least one category");
            items.Add(new StandardItem
            {
                Id = id,
                Title = b.Text(m, "title", what, false),
                Clause = b.Text(m, "clause", what, true) ?? "",
                Text = b.Text(m, "text", what, true) ?? "",
                Source = b.Text(m, "source", what, true) ?? "",
                Verified = b.Bool(m, "verified", what, true) ?? false,
                Veto = b.Bool(m, "veto", what, true) ?? false,
                Categories = categories,
                Kind = b.Text(m, "kind", what, true) ?? "",
                When = when,
                Threshold = m["threshold"] as ScalarNode,
                Compare = compareNode is null ? null : ReadCompare(compareNode, what, b),
                SafetyCode = b.Text(m, "safetyCode", what, false),
                Reading = b.Text(m, "reading", what, false),
                Location = m.Location,
            });
        }
        return items;
    }

    private static CompareSpec? ReadCompare(YamlNode node, string what, NodeBinder b)
    {
        var m = b.AsMapping(node, $"{what}.compare");
        if (m is null)
            return null;
        b.OnlyKeys(m, $"{what}.compare", "presence", "attribute", "tolerance");
        var presence = b.Bool(m, "presence", what, false) ?? false;
        var attribute = b.Text(m, "attribute", what, false);
        if (presence == (attribute is not null))
            b.Error(m.Location, $"{what}.compare: give either 'presence: true' or 'attribute: NAME'");
        var tolerance = m["tolerance"] is { } t ? b.Number(t, $"{what}.compare.tolerance") ?? 0 : 0;
        if (tolerance < 0)
            b.Error(m["tolerance"]!.Location, $"{what}.compare.tolerance: expected zero or more");
        return new CompareSpec { Attribute = attribute, Tolerance = tolerance };
    }

    private static List<VerdictClass> ReadClasses(MappingNode root, NodeBinder b)
    {
        var classes = new List<VerdictClass>();
        foreach (var node in b.List(root, "classes", "catalog", true))
        {
            var m = b.AsMapping(node, "class");
            if (m is null)
                continue;
            b.OnlyKeys(m, "a class", "id", "name", "nameEn", "severity");
            classes.Add(new VerdictClass
            {
                Id = b.Text(m, "id", "class", true) ?? "?",
                Name = b.Text(m, "name", "class", true) ?? "",
                NameEn = b.Text(m, "nameEn", "class", true) ?? "",
                Severity = (int)(m["severity"] is { } s ? b.Number(s, "class.severity") ?? 0 : 0),
            });
        }
        return classes;
    }

    private static List<(string, string)> ReadCategories(MappingNode root, NodeBinder b)
    {
        var categories = new List<(string, string)>();
        foreach (var node in b.List(root, "categories", "catalog", true))
        {
            var m = b.AsMapping(node, "category");
            if (m is null)
                continue;
            b.OnlyKeys(m, "a category", "id", "title");
            categories.Add((b.Text(m, "id", "category", true) ?? "?", b.Text(m, "title", "category", true) ?? ""));
        }
        return categories;
    }

    private static List<Criterion> ReadCriteria(MappingNode root, NodeBinder b)
    {
        var criteria = new List<Criterion>();
        foreach (var node in b.List(root, "criteria", "catalog", true))
        {
            var m = b.AsMapping(node, "criterion");
            if (m is null)
                continue;
            var id = b.Text(m, "id", "criterion", true) ?? "?";
            var what = $"criterion '{id}'";
            b.OnlyKeys(m, what, "id", "number", "text", "citation", "class", "categories", "requires", "reading", "reportTypes", "industries");
            var requires = new List<CriterionElement>();
            foreach (var element in b.List(m, "requires", what, true))
            {
                var index = element is ScalarNode s ? Array.IndexOf(ElementNames, s.Value) : -1;
                if (index < 0)
                    b.Error(element.Location, $"{what}.requires: expected one of {string.Join(", ", ElementNames)}, found {element.Describe()}");
                else
                    requires.Add((CriterionElement)index);
            }
            if (!requires.Contains(CriterionElement.Objective))
                b.Error(m.Location, $"{what}: 'requires' must include objective");
            criteria.Add(new Criterion
            {
                Id = id,
                Number = (int)(m["number"] is { } n ? b.Number(n, $"{what}.number") ?? 0 : 0),
                Text = b.Text(m, "text", what, true) ?? "",
                Citation = b.Text(m, "citation", what, true) ?? "",
                Class = b.Text(m, "class", what, true) ?? "",
                Categories = b.TextList(m, "categories", what, true),
                Requires = requires,
                Reading = b.Text(m, "reading", what, true) ?? "",
                ReportTypes = b.TextList(m, "reportTypes", what, false),
                Industries = b.TextList(m, "industries", what, false),
                Location = m.Location,
            });
        }
        return criteria;
    }

    private static void CheckVersions(List<Catalog> catalogs, NodeBinder b)
    {
        foreach (var group in catalogs.GroupBy(c => c.Id))
        {
            var versions = group.OrderBy(c => c.EffectiveFrom ?? DateOnly.MinValue).ToList();
            for (var i = 0; i < versions.Count; i++)
            {
                for (var j = i + 1; j < versions.Count; j++)
                {
                    var (a, c) = (versions[i], versions[j]);
                    if (a.Version == c.Version)
                        b.Errors.Add(c.Location.Error($"catalog {c.Id} version {c.Version} is also loaded from {a.FileName}"));
                    else if ((a.EffectiveTo ?? DateOnly.MaxValue) > (c.EffectiveFrom ?? DateOnly.MinValue))
                        b.Errors.Add(c.Location.Error($"catalog {c.Id}: the dates of version {c.Version} overlap those of version {a.Version} ({a.FileName}); a version must end (effectiveTo) where the next begins"));
                }
            }
        }
    }

    private static void CheckReferences(List<Catalog> catalogs, Dictionary<string, KindSchema> kinds, NodeBinder b)
    {
        var categories = catalogs.SelectMany(c => c.Categories).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var loaded = catalogs.Select(c => $"{c.Id}@{c.Version}").ToHashSet(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            // A predecessor of a loaded catalog must be loaded too (or not named): a dangling
            // reference usually means a version file was renamed or lost.
            if (catalog.Supersedes is { } previous && catalogs.Any(c => previous.StartsWith(c.Id + "@", StringComparison.Ordinal)) && !loaded.Contains(previous))
                b.Errors.Add(catalog.Location.Error($"catalog {catalog.Id}@{catalog.Version} supersedes '{previous}', which is not loaded; loaded versions: {string.Join(", ", loaded.Where(l => l.StartsWith(catalog.Id + "@", StringComparison.Ordinal)))}"));
            foreach (var item in catalog.Items)
            {
                if (!kinds.ContainsKey(item.Kind))
                    b.Errors.Add(item.Location.Error($"item '{item.Id}': unknown kind '{item.Kind}'; declared kinds: {string.Join(", ", kinds.Keys.Order(StringComparer.Ordinal))}"));
                foreach (var category in item.Categories.Where(c => !categories.Contains(c)))
                    b.Errors.Add(item.Location.Error($"item '{item.Id}': unknown category '{category}'; a determination catalog must declare it (known: {string.Join(", ", categories.Order(StringComparer.Ordinal))})"));
                if (item.Compare?.Attribute is { } attribute && kinds.TryGetValue(item.Kind, out var kind) && kind.Find(attribute) is null)
                    b.Errors.Add(item.Location.Error($"item '{item.Id}': compare names unknown attribute '{attribute}' of kind '{item.Kind}'"));
            }
            foreach (var criterion in catalog.Criteria)
            {
                if (!catalog.Classes.Any(c => c.Id == criterion.Class))
                    b.Errors.Add(criterion.Location.Error($"criterion '{criterion.Id}': unknown class '{criterion.Class}'; this catalog declares: {string.Join(", ", catalog.Classes.Select(c => c.Id))}"));
                foreach (var category in criterion.Categories.Where(c => !catalog.Categories.Any(d => d.Id == c)))
                    b.Errors.Add(criterion.Location.Error($"criterion '{criterion.Id}': unknown category '{category}'"));
            }
        }
    }

    private static void CompileConditions(List<Catalog> catalogs, Dictionary<string, KindSchema> kinds, NodeBinder b)
    {
        foreach (var catalog in catalogs)
        {
            foreach (var item in catalog.Items)
            {
                if (!kinds.TryGetValue(item.Kind, out var kind))
                    continue;
                var compiler = new ConditionCompiler(kind, catalog.Tables);
                if (item.When is { } when)
                    item.Condition = compiler.CompileCondition(when, b);
                if (item.Compare?.Attribute is { } compared && kind.Find(compared) is { } attribute)
                    item.CompareSlot = attribute.Slot;
                // What an explanation shows: the attributes the condition reads, the compared one, or all.
                item.Shown = item.Condition?.Reads
                    ?? (item.CompareSlot >= 0 ? [(item.Compare!.Attribute!, item.CompareSlot)] : kind.Attributes.Select(a => (a.Name, a.Slot)).ToList());
                if (item.Threshold is { } threshold)
                    item.ThresholdValue = compiler.CompileValue(threshold, b);
            }
        }
    }
}
