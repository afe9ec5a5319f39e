using System.Collections.Immutable;
using RulesKit.Determinations;
using RulesKit.Input;

namespace RulesKit.Catalogs;

/// <summary>
/// Reads catalog files into the catalog model: structure, types, references, vocabulary and version
/// dates are checked, and every problem is reported with file:line:col. Conditions are compiled (and
/// type-checked) by the engine when it takes the set. Either the whole set loads or an exception lists
/// the problems; nothing is half-loaded.
/// </summary>
internal static class CatalogLoader
{
    private static readonly string[] CommonKeys =
        ["catalog", "id", "version", "title", "document", "jurisdiction", "industries", "effectiveFrom", "effectiveTo", "datesVerified", "supersedes", "source", "notes"];

    private static readonly string[] ItemKeys =
        ["id", "title", "clause", "text", "source", "confidence", "veto", "categories", "industries", "kind", "when", "compare", "threshold", "safetyCode", "reading"];

    private static readonly (string Name, CriterionElement Element)[] Elements =
    [
        ("objective", CriterionElement.Objective), ("concealment", CriterionElement.Concealment), ("materiality", CriterionElement.Materiality),
        ("unresolved", CriterionElement.Unresolved), ("omission", CriterionElement.Omission), ("misreported", CriterionElement.Misreported), ("alteration", CriterionElement.Alteration),
    ];

    private static readonly (string Name, Confidence Value)[] Confidences =
        [("official", Confidence.Official), ("transcription", Confidence.Transcription), ("recalled", Confidence.Recalled), ("draft", Confidence.Draft)];

    /// <summary>Loads <paramref name="files"/>; with a <paramref name="cache"/>, files whose bytes it holds are not read again, and it is saved when the set loads.</summary>
    public static CatalogSet Load(IEnumerable<CatalogFile> files, string origin, CatalogCache? cache = null)
    {
        var b = new NodeBinder();
        var catalogs = new List<Catalog>();
        var kinds = new KindBuilder();
        Vocabulary? vocabulary = null;
        MappingNode? gapsRoot = null;
        var list = files.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();

        foreach (var file in list)
        {
            try
            {
                var (document, hash) = cache is null ? CatalogCache.ReadFile(file) : cache.Read(file);
                var root = b.Mapping(document, "catalog");
                if (root is null)
                    continue;
                switch (file.Name)
                {
                    case "vocabulary.yaml":
                        vocabulary = ReadVocabulary(root, file, b);
                        break;
                    case "known-gaps.yaml":
                        gapsRoot = root;
                        break;
                    default:
                        if (ReadCatalog(root, file, hash, b, kinds) is { } catalog)
                            catalogs.Add(catalog);
                        break;
                }
            }
            catch (RulesKitInputException e)
            {
                b.AddRange(e.Diagnostics);
            }
        }

        if (catalogs.Count == 0 && !b.HasErrors)
            b.Add(Messages.NoCatalogs.At(origin, 0, 0));
        vocabulary ??= EmbeddedVocabulary(b);

        CheckVocabulary(catalogs, vocabulary, b);
        CheckVersions(catalogs, b);
        CheckReferences(catalogs, kinds, b);
        var gaps = gapsRoot is null ? [] : ReadGaps(gapsRoot, catalogs, vocabulary, b);

        b.ThrowIfErrors();
        cache?.Save();
        return new CatalogSet([.. catalogs], kinds.Build(), vocabulary, gaps, [.. b.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning)]);
    }

    // A folder without its own vocabulary uses the shipped one: a test or practice folder need not copy it.
    private static Vocabulary EmbeddedVocabulary(NodeBinder b)
    {
        var bytes = CatalogFile.Resource("rules/vocabulary.yaml")!;
        var file = new CatalogFile("vocabulary.yaml", "rules/vocabulary.yaml", bytes);
        return ReadVocabulary(b.Mapping(DocumentReader.Read(bytes, file.DisplayPath), "vocabulary")!, file, b);
    }

    private static Vocabulary ReadVocabulary(MappingNode root, CatalogFile file, NodeBinder b)
    {
        b.OnlyKeys(root, "vocabulary", "industries", "reportTypes", "purposes", "parties");
        ImmutableArray<Term> Terms(string key)
        {
            var terms = new List<Term>();
            foreach (var node in b.List(root, key, "vocabulary", true))
            {
                if (b.Mapping(node, key) is not { } m)
                    continue;
                b.OnlyKeys(m, key, key == "industries" ? ["key", "title", "campaign"] : ["key", "title"]);
                terms.Add(new Term(b.Text(m, "key", key, true) ?? "?", b.Text(m, "title", key, true) ?? "", b.Boolean(m, "campaign", key, false) ?? true));
            }
            return [.. terms];
        }
        return new Vocabulary(Terms("industries"), Terms("reportTypes"), Terms("purposes"), Terms("parties"), file.DisplayPath);
    }

    private static Catalog? ReadCatalog(MappingNode root, CatalogFile file, string hash, NodeBinder b, KindBuilder kinds)
    {
        var typeText = b.Text(root, "catalog", "catalog", true);
        CatalogType? type = typeText switch
        {
            "standards" => CatalogType.Standards,
            "determination" => CatalogType.Determination,
            _ => null,
        };
        if (typeText is not null && type is null)
            b.Report(Messages.UnknownCatalogType, root["catalog"]!.Location, typeText);
        if (type is null)
            return null;

        string[] keys = type == CatalogType.Standards ? [.. CommonKeys, "kinds", "tables", "items"] : [.. CommonKeys, "classes", "categories", "criteria", "scope", "checkPeriod", "legalBasis"];
        b.OnlyKeys(root, "catalog", keys);

        var id = b.Text(root, "id", "catalog", true) ?? "?";
        var version = b.Text(root, "version", "catalog", true) ?? "?";
        var reference = new CatalogReference(id, version, hash);
        var catalog = new Catalog
        {
            Type = type.Value,
            Reference = reference,
            Title = b.Text(root, "title", "catalog", true) ?? "",
            Document = b.Text(root, "document", "catalog", true) ?? "",
            Jurisdiction = b.Text(root, "jurisdiction", "catalog", true) ?? "",
            Industries = [.. b.TextList(root, "industries", "catalog", true)],
            EffectiveFrom = b.Date(root, "effectiveFrom", "catalog", false),
            EffectiveTo = b.Date(root, "effectiveTo", "catalog", false),
            DatesVerified = b.Boolean(root, "datesVerified", "catalog", false) ?? true,
            Supersedes = b.Text(root, "supersedes", "catalog", false),
            Source = b.Text(root, "source", "catalog", true) ?? "",
            Notes = b.Text(root, "notes", "catalog", false),
            FileName = file.Name,
            DisplayPath = file.DisplayPath,
            Location = root.Location,
            DeclaredKinds = type == CatalogType.Standards ? kinds.Read(root, reference.Key, b) : [],
            Tables = type == CatalogType.Standards ? ReadTables(root, b) : [],
            Items = type == CatalogType.Standards ? ReadItems(root, b) : [],
            Classes = type == CatalogType.Determination ? ReadClasses(root, b) : [],
            Categories = type == CatalogType.Determination ? ReadCategories(root, b) : [],
            Criteria = type == CatalogType.Determination ? ReadCriteria(root, b) : [],
            Scope = type == CatalogType.Determination ? ReadScope(root, b) : null,
            CheckPeriod = type == CatalogType.Determination ? ReadCheckPeriod(root, b) : null,
            LegalBasis = type == CatalogType.Determination ? ReadLegalBasis(root, b) : [],
        };
        if (catalog.EffectiveFrom is { } from && catalog.EffectiveTo is { } to && to <= from)
            b.Report(Messages.EffectiveToNotAfterFrom, root["effectiveTo"]!.Location, to, from);
        return catalog;
    }

    private static Confidence ReadConfidence(MappingNode m, string what, NodeBinder b, bool required)
    {
        if (m["verified"] is { } legacy)
            b.Report(Messages.VerifiedReplaced, legacy.Location, what);
        var text = b.Text(m, "confidence", what, required && m["verified"] is null);
        if (text is null)
            return required ? Confidence.Recalled : Confidence.Official;
        foreach (var (name, value) in Confidences)
            if (name == text)
                return value;
        b.Report(Messages.UnknownConfidence, m["confidence"]!.Location, what, text, Confidences.Select(c => c.Name));
        return Confidence.Recalled;
    }

    private static ImmutableArray<LookupTable> ReadTables(MappingNode root, NodeBinder b)
    {
        var tables = new List<LookupTable>();
        if (b.Mapping(root["tables"], "tables") is not { } map)
            return [];
        foreach (var (key, node) in map.Entries)
        {
            var what = $"table '{key.Value}'";
            if (b.Mapping(node, what) is not { } t)
                continue;
            b.OnlyKeys(t, what, "title", "clause", "source", "confidence", "keys", "rows");
            var keyNames = b.TextList(t, "keys", what, true);
            if (keyNames.Count is < 1 or > 3)
                b.Report(Messages.TableKeyCount, t.Location, what);
            var rows = new List<LookupRow>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rowNode in b.List(t, "rows", what, true))
            {
                if (rowNode is not SequenceNode row || row.Items.Count != keyNames.Count + 1)
                {
                    b.Report(Messages.TableRowShape, rowNode.Location, what, keyNames.Count, $"[{string.Join(", ", keyNames)}, 100]");
                    continue;
                }
                ImmutableArray<string> rowKeys = [.. row.Items.Take(keyNames.Count).Select(k => k is ScalarNode s ? s.Value : "")];
                var value = b.Number(row.Items[^1], $"{what} row");
                if (!seen.Add(string.Join("\u001f", rowKeys)))
                    b.Report(Messages.TableDuplicateRow, row.Location, what, string.Join(", ", rowKeys));
                rows.Add(new LookupRow(rowKeys, value ?? 0));
            }
            tables.Add(new LookupTable(key.Value, b.Text(t, "title", what, false), b.Text(t, "clause", what, true) ?? "", b.Text(t, "source", what, true) ?? "",
                ReadConfidence(t, what, b, true), [.. keyNames], [.. rows], key.Location));
        }
        return [.. tables];
    }

    private static ImmutableArray<StandardItem> ReadItems(MappingNode root, NodeBinder b)
    {
        var items = new List<StandardItem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        // A standard that only gives tables (GB 18218's, which the identification computes with) has no items.
        foreach (var node in b.List(root, "items", "catalog", root["tables"] is null))
        {
            if (b.Mapping(node, "item") is not { } m)
                continue;
            var id = b.Text(m, "id", "item", true) ?? "?";
            var what = $"item '{id}'";
            b.OnlyKeys(m, what, [.. ItemKeys, "verified"]);
            if (!ids.Add(id))
                b.Report(Messages.DuplicateItemId, m["id"]!.Location, id);
            var when = m["when"] as ScalarNode;
            var compareNode = m["compare"];
            if (when is null == compareNode is null)
                b.Report(Messages.WhenOrCompare, m.Location, what);
            var categories = b.TextList(m, "categories", what, true);
            if (categories.Count == 0 && m["categories"] is not null)
                b.Report(Messages.NoCategories, m.Location, what);
            var confidence = ReadConfidence(m, what, b, true);
            if (confidence == Confidence.Draft)
                b.Report(Messages.DraftItem, m.Location, what);
            items.Add(new StandardItem
            {
                Id = id,
                Title = b.Text(m, "title", what, false),
                Clause = b.Text(m, "clause", what, true) ?? "",
                Text = b.Text(m, "text", what, true) ?? "",
                Source = b.Text(m, "source", what, true) ?? "",
                Confidence = confidence,
                Veto = b.Boolean(m, "veto", what, true) ?? false,
                Categories = [.. categories],
                Industries = [.. b.TextList(m, "industries", what, false)],
                Kind = b.Text(m, "kind", what, true) ?? "",
                Condition = when?.Value,
                ConditionNode = when,
                Comparison = compareNode is null ? null : ReadComparison(compareNode, what, b),
                Threshold = (m["threshold"] as ScalarNode)?.Value,
                ThresholdNode = m["threshold"] as ScalarNode,
                SafetyCode = b.Text(m, "safetyCode", what, false),
                Reading = b.Text(m, "reading", what, false),
                Location = m.Location,
            });
        }
        return [.. items];
    }

    private static ViewComparison? ReadComparison(DocumentNode node, string what, NodeBinder b)
    {
        if (b.Mapping(node, $"{what}.compare") is not { } m)
            return null;
        b.OnlyKeys(m, $"{what}.compare", "presence", "attribute", "tolerance");
        var presence = b.Boolean(m, "presence", what, false) ?? false;
        var attribute = b.Text(m, "attribute", what, false);
        if (presence == (attribute is not null))
            b.Report(Messages.CompareShape, m.Location, what);
        var tolerance = b.Number(m, "tolerance", $"{what}.compare", false) ?? 0;
        if (tolerance < 0)
            b.Report(Messages.NegativeTolerance, m["tolerance"]!.Location, what);
        return new ViewComparison(attribute, tolerance);
    }

    private static ImmutableArray<VerdictClass> ReadClasses(MappingNode root, NodeBinder b)
    {
        var classes = new List<VerdictClass>();
        foreach (var node in b.List(root, "classes", "catalog", true))
        {
            if (b.Mapping(node, "class") is not { } m)
                continue;
            b.OnlyKeys(m, "class", "id", "name", "nameEn", "severity");
            classes.Add(new VerdictClass(b.Text(m, "id", "class", true) ?? "?", b.Text(m, "name", "class", true) ?? "",
                b.Text(m, "nameEn", "class", true) ?? "", m["severity"] is { } s ? b.WholeNumber(s, "class.severity") ?? 0 : 0));
        }
        return [.. classes];
    }

    private static ImmutableArray<Category> ReadCategories(MappingNode root, NodeBinder b)
    {
        var categories = new List<Category>();
        foreach (var node in b.List(root, "categories", "catalog", true))
        {
            if (b.Mapping(node, "category") is not { } m)
                continue;
            b.OnlyKeys(m, "category", "id", "title");
            categories.Add(new Category(b.Text(m, "id", "category", true) ?? "?", b.Text(m, "title", "category", true) ?? ""));
        }
        return [.. categories];
    }

    private static ImmutableArray<Criterion> ReadCriteria(MappingNode root, NodeBinder b)
    {
        var criteria = new List<Criterion>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in b.List(root, "criteria", "catalog", true))
        {
            if (b.Mapping(node, "criterion") is not { } m)
                continue;
            var id = b.Text(m, "id", "criterion", true) ?? "?";
            var what = $"criterion '{id}'";
            b.OnlyKeys(m, what, "id", "number", "text", "citation", "confidence", "class", "categoryClasses", "categories", "requires", "reading", "readingZh", "reportTypes", "industries");
            if (!ids.Add(id))
                b.Report(Messages.DuplicateCriterionId, m.Location, id);
            var requires = new List<CriterionElement>();
            foreach (var element in b.List(m, "requires", what, true))
            {
                var index = element is ScalarNode s ? Array.FindIndex(Elements, e => e.Name == s.Value) : -1;
                if (index < 0)
                    b.Report(Messages.UnknownElement, element.Location, what, Elements.Select(e => e.Name), element.Describe());
                else
                    requires.Add(Elements[index].Element);
            }
            if (!requires.Contains(CriterionElement.Objective) && m["requires"] is not null)
                b.Report(Messages.RequiresObjective, m.Location, what);
            criteria.Add(new Criterion
            {
                Id = id,
                Number = m["number"] is { } n ? b.WholeNumber(n, $"{what}.number") ?? 0 : 0,
                Text = b.Text(m, "text", what, true) ?? "",
                Citation = b.Text(m, "citation", what, true) ?? "",
                Confidence = ReadConfidence(m, what, b, false),
                Class = b.Text(m, "class", what, true) ?? "",
                CategoryClasses = m["categoryClasses"] is { } classes && b.Mapping(classes, $"{what}.categoryClasses") is { } map
                    ? map.Entries.Where(e => e.Value is ScalarNode).ToImmutableSortedDictionary(e => e.Key.Value, e => ((ScalarNode)e.Value).Value, StringComparer.Ordinal)
                    : ImmutableSortedDictionary<string, string>.Empty,
                Categories = [.. b.TextList(m, "categories", what, true)],
                Requires = [.. requires],
                Reading = b.Text(m, "reading", what, true) ?? "",
                ReadingZh = b.Text(m, "readingZh", what, false),
                ReportTypes = [.. b.TextList(m, "reportTypes", what, false)],
                Industries = [.. b.TextList(m, "industries", what, false)],
                Location = m.Location,
            });
        }
        return [.. criteria];
    }

    private static CheckPeriod? ReadCheckPeriod(MappingNode root, NodeBinder b)
    {
        if (root["checkPeriod"] is null || b.Mapping(root["checkPeriod"], "checkPeriod") is not { } m)
            return null;
        b.OnlyKeys(m, "checkPeriod", "from", "to", "citation");
        var (from, to) = (b.Date(m, "from", "checkPeriod", true), b.Date(m, "to", "checkPeriod", true));
        if (from is { } f && to is { } t && t < f)
            b.Report(Messages.EffectiveToNotAfterFrom, m["to"]!.Location, t, f);
        return from is null || to is null ? null : new CheckPeriod(from.Value, to.Value, b.Text(m, "citation", "checkPeriod", true) ?? "");
    }

    private static ImmutableArray<LegalBasis> ReadLegalBasis(MappingNode root, NodeBinder b)
    {
        var result = new List<LegalBasis>();
        foreach (var node in b.List(root, "legalBasis", "catalog", false))
        {
            if (b.Mapping(node, "legalBasis") is not { } m)
                continue;
            const string what = "legalBasis";
            b.OnlyKeys(m, what, "citation", "text", "source", "confidence", "from", "to");
            result.Add(new LegalBasis
            {
                Citation = b.Text(m, "citation", what, true) ?? "",
                Text = b.Text(m, "text", what, true) ?? "",
                Source = b.Text(m, "source", what, true) ?? "",
                Confidence = ReadConfidence(m, what, b, true),
                From = b.Date(m, "from", what, false),
                To = b.Date(m, "to", what, false),
            });
        }
        return [.. result];
    }

    private static ScopeDefinition? ReadScope(MappingNode root, NodeBinder b)
    {
        if (b.Mapping(root["scope"], "scope") is not { } m)
            return null;
        b.OnlyKeys(m, "scope", "text", "citation", "rules");
        var rules = new List<ScopeRule>();
        foreach (var node in b.List(m, "rules", "scope", true))
        {
            if (b.Mapping(node, "scope.rules") is not { } r)
                continue;
            var id = b.Text(r, "id", "scope rule", true) ?? "?";
            var what = $"scope rule '{id}'";
            b.OnlyKeys(r, what, "id", "text", "industries", "reportTypes", "purposes", "statutoryBasis", "reading");
            rules.Add(new ScopeRule
            {
                Id = id,
                Text = b.Text(r, "text", what, true) ?? "",
                Industries = [.. b.TextList(r, "industries", what, true)],
                ReportTypes = [.. b.TextList(r, "reportTypes", what, false)],
                Purposes = [.. b.TextList(r, "purposes", what, false)],
                RequiresStatutoryBasis = b.Boolean(r, "statutoryBasis", what, false) ?? false,
                Reading = b.Text(r, "reading", what, false),
            });
        }
        return new ScopeDefinition { Text = b.Text(m, "text", "scope", true) ?? "", Citation = b.Text(m, "citation", "scope", true) ?? "", Rules = [.. rules] };
    }

    private static ImmutableArray<KnownGap> ReadGaps(MappingNode root, List<Catalog> catalogs, Vocabulary vocabulary, NodeBinder b)
    {
        b.OnlyKeys(root, "known gaps", "gaps");
        var gaps = new List<KnownGap>();
        foreach (var node in b.List(root, "gaps", "known gaps", true))
        {
            if (b.Mapping(node, "gap") is not { } m)
                continue;
            b.OnlyKeys(m, "gap", "list", "criterion", "industry", "from", "to", "reason");
            var list = b.Text(m, "list", "gap", true) ?? "";
            var number = m["criterion"] is { } n ? b.WholeNumber(n, "gap.criterion") ?? 0 : 0;
            var industry = b.Text(m, "industry", "gap", true) ?? "";
            var lists = catalogs.Where(c => c.Type == CatalogType.Determination && c.Id == list).ToList();
            if (lists.Count == 0)
                b.Report(Messages.GapUnknownList, m.Location, list, catalogs.Where(c => c.Type == CatalogType.Determination).Select(c => c.Id).Distinct());
            else if (!lists.Any(c => c.Criteria.Any(k => k.Number == number)))
                b.Report(Messages.GapUnknownCriterion, m.Location, list, number);
            if (!vocabulary.IsIndustry(industry))
                b.Report(Messages.UnknownIndustry, m["industry"]?.Location ?? m.Location, industry, vocabulary.Industries.Select(t => t.Key));
            gaps.Add(new KnownGap
            {
                List = list,
                Criterion = number,
                Industry = industry,
                From = b.Date(m, "from", "gap", false),
                To = b.Date(m, "to", "gap", false),
                Reason = b.Text(m, "reason", "gap", true) ?? "",
            });
        }
        return [.. gaps];
    }

    private static void CheckVocabulary(List<Catalog> catalogs, Vocabulary vocabulary, NodeBinder b)
    {
        var known = vocabulary.Industries.Select(t => t.Key).Concat(vocabulary.Parties.Select(t => t.Key)).ToHashSet(StringComparer.Ordinal);
        void Check(string value, SourceLocation at, HashSet<string> allowed, DiagnosticTemplate template, IEnumerable<string> names)
        {
            if (!allowed.Contains(value))
                b.Report(template, at, value, names);
        }
        var industryNames = known.Order(StringComparer.Ordinal).ToList();
        var reportTypes = vocabulary.ReportTypes.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var purposes = vocabulary.Purposes.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            foreach (var industry in catalog.Industries.Where(i => i != "*"))
                Check(industry, catalog.Location, known, Messages.UnknownIndustry, industryNames);
            foreach (var item in catalog.Items)
                foreach (var industry in item.Industries)
                    if (!catalog.IsCrossIndustry && !catalog.Industries.Contains(industry))
                        b.Add(item.Location.Report(Messages.ItemIndustryOutsideCatalog, item.Id, industry, catalog.Industries));
                    else
                        Check(industry, item.Location, known, Messages.UnknownIndustry, industryNames);
            foreach (var criterion in catalog.Criteria)
            {
                foreach (var industry in criterion.Industries)
                    Check(industry, criterion.Location, known, Messages.UnknownIndustry, industryNames);
                foreach (var type in criterion.ReportTypes)
                    Check(type, criterion.Location, reportTypes, Messages.UnknownReportType, reportTypes);
            }
            foreach (var rule in catalog.Scope?.Rules ?? [])
            {
                foreach (var industry in rule.Industries.Where(i => i != "*"))
                    Check(industry, catalog.Location, known, Messages.UnknownIndustry, industryNames);
                foreach (var type in rule.ReportTypes)
                    Check(type, catalog.Location, reportTypes, Messages.UnknownReportType, reportTypes);
                foreach (var purpose in rule.Purposes)
                    Check(purpose, catalog.Location, purposes, Messages.UnknownPurpose, purposes);
            }
        }
    }

    private static void CheckVersions(List<Catalog> catalogs, NodeBinder b)
    {
        foreach (var group in catalogs.GroupBy(c => c.Id))
        {
            var versions = group.Order(Catalog.ByEffectiveFrom).ToList();
            for (var i = 0; i < versions.Count; i++)
            {
                for (var j = i + 1; j < versions.Count; j++)
                {
                    var (a, c) = (versions[i], versions[j]);
                    if (a.Version == c.Version)
                        b.Add(c.Location.Report(Messages.DuplicateVersion, c.Id, c.Version, a.DisplayPath));
                    else if ((a.EffectiveTo ?? DateOnly.MaxValue) > (c.EffectiveFrom ?? DateOnly.MinValue))
                        b.Add(c.Location.Report(Messages.OverlappingVersions, c.Id, c.Version, a.Version, a.DisplayPath));
                }
                // A report dated between one version's end and the next one's start would be judged by neither.
                if (i + 1 < versions.Count && versions[i].EffectiveTo is { } end && versions[i + 1].EffectiveFrom is { } next && next > end)
                    b.Add(versions[i + 1].Location.Report(Messages.VersionGap, versions[i].Id, versions[i].Version, end, versions[i + 1].Version, next));
            }
        }
    }

    private static void CheckReferences(List<Catalog> catalogs, KindBuilder kinds, NodeBinder b)
    {
        var categories = catalogs.SelectMany(c => c.Categories).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var loaded = catalogs.Select(c => c.Reference.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            // A predecessor of a loaded catalog must be loaded too (or not named): a dangling reference
            // usually means a version file was renamed or lost.
            if (catalog.Supersedes is { } previous && CatalogKey.TryParse(previous, out var predecessor) && catalogs.Any(c => c.Id == predecessor.Id) && !loaded.Contains(previous))
                b.Add(catalog.Location.Report(Messages.MissingPredecessor, catalog.Reference.Key, previous, loaded.Where(l => l.StartsWith(catalog.Id + "@", StringComparison.Ordinal))));
            foreach (var item in catalog.Items)
            {
                var kind = kinds.Find(item.Kind);
                if (kind is null)
                    b.Add(item.Location.Report(Messages.UnknownItemKind, item.Id, item.Kind, kinds.Names));
                foreach (var category in item.Categories.Where(c => !categories.Contains(c)))
                    b.Add(item.Location.Report(Messages.UnknownItemCategory, item.Id, category, categories.Order(StringComparer.Ordinal)));
                if (item.Comparison?.Attribute is { } attribute && kind is not null && !kind.Has(attribute))
                    b.Add(item.Location.Report(Messages.CompareUnknownAttribute, item.Id, attribute, item.Kind));
            }
            foreach (var criterion in catalog.Criteria)
            {
                if (catalog.FindClass(criterion.Class) is null)
                    b.Add(criterion.Location.Report(Messages.UnknownClass, criterion.Id, criterion.Class, catalog.Classes.Select(c => c.Id)));
                // A category classed on its own text: a class of the list, for a category the criterion counts.
                foreach (var (category, className) in criterion.CategoryClasses)
                {
                    if (catalog.FindClass(className) is null)
                        b.Add(criterion.Location.Report(Messages.UnknownClass, criterion.Id, className, catalog.Classes.Select(c => c.Id)));
                    if (!criterion.Categories.Contains(category))
                        b.Add(criterion.Location.Report(Messages.UnknownCriterionCategory, criterion.Id, category));
                }
                foreach (var category in criterion.Categories.Where(c => !catalog.Categories.Any(d => d.Id == c)))
                    b.Add(criterion.Location.Report(Messages.UnknownCriterionCategory, criterion.Id, category));
            }
            // A category no criterion counts would find nonconformities that never reach a verdict.
            foreach (var category in catalog.Categories.Where(c => !catalog.Criteria.Any(k => k.Categories.Contains(c.Id))))
                b.Add(catalog.Location.Report(Messages.CategoryCountedByNoCriterion, category.Id, catalog.Reference.Key));
        }
    }

    /// <summary>Collects kinds over the catalogs that declare them; several catalogs may declare one kind if they agree on its attributes.</summary>
    private sealed class KindBuilder
    {
        // Entries are a class, and read by loops: generic code over a struct (a tuple) is jitted in every fresh process.
        private readonly Dictionary<string, Entry> _kinds = new(StringComparer.Ordinal);

        private sealed class Entry(string? title)
        {
            public string? Title { get; } = title;
            public List<KindAttribute> Attributes { get; } = [];
            public List<string> DeclaredBy { get; } = [];
        }

        public IEnumerable<string> Names => _kinds.Keys.Order(StringComparer.Ordinal);

        public KindBuilderView? Find(string name) => _kinds.TryGetValue(name, out var k) ? new KindBuilderView(k.Attributes) : null;

        public ImmutableArray<string> Read(MappingNode root, string catalogKey, NodeBinder b)
        {
            var declared = new List<string>();
            if (b.Mapping(root["kinds"], "kinds") is not { } map)
                return [];
            foreach (var (kindKey, kindNode) in map.Entries)
            {
                var what = $"kind '{kindKey.Value}'";
                if (b.Mapping(kindNode, what) is not { } kindMap)
                    continue;
                declared.Add(kindKey.Value);
                b.OnlyKeys(kindMap, what, "title", "attributes");
                if (!_kinds.TryGetValue(kindKey.Value, out var kind))
                    _kinds[kindKey.Value] = kind = new Entry(b.Text(kindMap, "title", what, false));
                kind.DeclaredBy.Add(catalogKey);
                if (b.Mapping(b.Required(kindMap, "attributes", what), "attributes") is not { } attributes)
                    continue;
                var withBasis = new List<(KindAttribute Attribute, string What, ScalarNode Node)>();
                foreach (var (attrKey, attrNode) in attributes.Entries)
                {
                    var attrWhat = $"attribute '{kindKey.Value}.{attrKey.Value}'";
                    if (b.Mapping(attrNode, attrWhat) is not { } attrMap)
                        continue;
                    b.OnlyKeys(attrMap, attrWhat, "type", "values", "unit", "title", "basis", "aliases");
                    var typeText = b.Text(attrMap, "type", attrWhat, true);
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
                            b.Report(Messages.UnknownAttributeType, attrMap["type"]!.Location, attrWhat, typeText);
                        continue;
                    }
                    var values = b.TextList(attrMap, "values", attrWhat, type == AttributeType.Enum);
                    if (type == AttributeType.Enum && values.Count == 0 && attrMap["values"] is not null)
                        b.Report(Messages.EnumWithoutValues, attrMap.Location, attrWhat);
                    var aliases = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                    if (attrMap["aliases"] is { } aliasNode && b.Mapping(aliasNode, attrWhat + ".aliases") is { } aliasMap)
                        foreach (var (alias, meantNode) in aliasMap.Entries)
                        {
                            var meant = (meantNode as ScalarNode)?.Value;
                            if (type != AttributeType.Enum || meant is null || !values.Contains(meant))
                                b.Report(Messages.AliasNotAValue, meantNode.Location, attrWhat, alias.Value, meant ?? "");
                            else
                                aliases[alias.Value] = meant;
                        }
                    var attribute = new KindAttribute(attrKey.Value, type.Value, [.. values], b.Text(attrMap, "unit", attrWhat, false),
                        b.Text(attrMap, "title", attrWhat, false), kind.Attributes.Count, attrKey.Location, b.Text(attrMap, "basis", attrWhat, false),
                        aliases.ToImmutable());
                    if (attribute.Basis is not null && attrMap["basis"] is ScalarNode basisNode)
                        withBasis.Add((attribute, attrWhat, basisNode));
                    if (kind.Attributes.Find(a => a.Name == attrKey.Value) is { } existing)
                    {
                        if (existing.Type != attribute.Type || !existing.Values.SequenceEqual(attribute.Values))
                            b.Report(Messages.AttributeConflict, attrKey.Location, attrWhat, attribute.Type, existing.Type,
                                $"{existing.Location.Source}:{existing.Location.Line}:{existing.Location.Column}");
                        continue;
                    }
                    kind.Attributes.Add(attribute);
                }
                // A basis names a text attribute of the kind, declared anywhere in it.
                foreach (var (attribute, attrWhat, node) in withBasis)
                    if (kind.Attributes.Find(a => a.Name == attribute.Basis) is not { Type: AttributeType.Text })
                        b.Report(Messages.BasisNotText, node.Location, attrWhat, attribute.Basis);
            }
            return [.. declared];
        }

        public IReadOnlyDictionary<string, SubjectKind> Build()
        {
            var kinds = new Dictionary<string, SubjectKind>(_kinds.Count, StringComparer.Ordinal);
            foreach (var name in _kinds.Keys)
            {
                var entry = _kinds[name];
                kinds.Add(name, new SubjectKind(name, entry.Title, [.. entry.Attributes], [.. entry.DeclaredBy], kinds.Count));
            }
            return kinds;
        }
    }

    private sealed class KindBuilderView(List<KindAttribute> attributes)
    {
        public bool Has(string attribute) => attributes.Exists(a => a.Name == attribute);
    }
}
