using System.Text;
using RulesKit.Catalogs;
using RulesKit.Input;

namespace RulesKit.Facts;

/// <summary>
/// Reads one report from YAML or JSON (JSON is read as YAML's flow style, so both get line and column
/// in errors). Attribute values are typed by the kinds the loaded catalogs declare.
/// </summary>
internal static class ReportReader
{
    private static readonly string[] HeaderKeys =
        ["id", "title", "reportType", "purpose", "industry", "agency", "enterprise", "county", "evaluationDate", "conclusion", "subjects", "documents", "evidence"];

    public static Report Read(byte[] content, string source, IReadOnlyDictionary<string, KindSchema> kinds)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw new RulesKitInputException([new Diagnostic(source, 0, 0, "not valid UTF-8 text")]);
        }
        return Parse(text, source, kinds);
    }

    public static Report Parse(string text, string source, IReadOnlyDictionary<string, KindSchema> kinds)
    {
        var document = JsonNodeReader.LooksLikeJson(text) ? JsonNodeReader.Read(text, source) : StrictYamlReader.Read(text, source);
        return FromNode(document, source, kinds);
    }

    /// <summary>A report from an already read node (a report written inline in a scenario file).</summary>
    public static Report FromNode(YamlNode document, string source, IReadOnlyDictionary<string, KindSchema> kinds)
    {
        var b = new NodeBinder();
        var root = b.AsMapping(document, "report");
        if (root is null)
            throw new RulesKitInputException(b.Errors);
        b.OnlyKeys(root, "a report", HeaderKeys);

        var conclusion = b.AsMapping(b.Required(root, "conclusion", "report"), "conclusion");
        if (conclusion is not null)
            b.OnlyKeys(conclusion, "conclusion", "text", "favourable");

        var report = new Report
        {
            Id = b.Text(root, "id", "report", true) ?? "",
            Title = b.Text(root, "title", "report", true) ?? "",
            ReportType = b.Text(root, "reportType", "report", true) ?? "",
            Purpose = b.Text(root, "purpose", "report", true) ?? "",
            Industry = b.Text(root, "industry", "report", true) ?? "",
            Agency = b.Text(root, "agency", "report", true) ?? "",
            Enterprise = b.Text(root, "enterprise", "report", true) ?? "",
            County = b.Text(root, "county", "report", true) ?? "",
            EvaluationDate = b.Date(root, "evaluationDate", "report", true) ?? default,
            Conclusion = new ReportConclusion(
                conclusion is null ? "" : b.Text(conclusion, "text", "conclusion", true) ?? "",
                conclusion is not null && (b.Bool(conclusion, "favourable", "conclusion", true) ?? false)),
            Subjects = Subjects(root, "subjects", "observed", "reported", b, kinds),
            Documents = Subjects(root, "documents", "original", "cited", b, kinds),
            Evidence = Evidence(root, b),
            SourceName = source,
        };
        if (b.Errors.Count > 0)
            throw new RulesKitInputException(b.Errors);
        return report;
    }

    private static List<CheckedSubject> Subjects(MappingNode root, string key, string observedKey, string reportedKey, NodeBinder b, IReadOnlyDictionary<string, KindSchema> kinds)
    {
        var result = new List<CheckedSubject>();
        foreach (var node in b.List(root, key, "report", false))
        {
            var m = b.AsMapping(node, key);
            if (m is null)
                continue;
            var id = b.Text(m, "id", key, true) ?? "?";
            var what = $"{key}[{id}]";
            b.OnlyKeys(m, what, "id", "kind", "name", observedKey, reportedKey, "controlsApprovedByRegulator");
            var kindName = b.Text(m, "kind", what, true);
            KindSchema? kind = null;
            if (kindName is not null && !kinds.TryGetValue(kindName, out kind))
                b.Error(m["kind"]!.Location, $"{what}.kind: unknown kind '{kindName}'; declared kinds: {string.Join(", ", kinds.Keys.Order(StringComparer.Ordinal))}");
            var observed = b.AsMapping(b.Required(m, observedKey, what), $"{what}.{observedKey}");
            var reportedNode = m[reportedKey];
            var reported = reportedNode is ScalarNode { IsNull: true } ? null : b.AsMapping(reportedNode, $"{what}.{reportedKey}");
            result.Add(new CheckedSubject
            {
                Id = id,
                Kind = kindName ?? "",
                Name = b.Text(m, "name", what, false),
                Observed = kind is null || observed is null ? new Dictionary<string, object>() : Values(observed, kind, $"{what}.{observedKey}", b),
                Reported = kind is null || reported is null ? (reported is null ? null : new Dictionary<string, object>()) : Values(reported, kind, $"{what}.{reportedKey}", b),
                ControlsApprovedByRegulator = b.Bool(m, "controlsApprovedByRegulator", what, false),
            });
        }
        return result;
    }

    private static Dictionary<string, object> Values(MappingNode m, KindSchema kind, string what, NodeBinder b)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, node) in m.Entries)
        {
            var attribute = kind.Find(key.Value);
            if (attribute is null)
            {
                b.Error(key.Location, $"{what}: unknown attribute '{key.Value}' of kind '{kind.Name}'; expected one of: {string.Join(", ", kind.Attributes.Select(a => a.Name))}");
                continue;
            }
            if (node is ScalarNode { IsNull: true })
                continue; // an explicit null is the same as silence
            object? value = attribute.Type switch
            {
                AttributeType.Number => b.Number(node, $"{what}.{key.Value}", attribute.Expected),
                AttributeType.Boolean => b.Bool(node, $"{what}.{key.Value}"),
                AttributeType.Date => b.Date(node, $"{what}.{key.Value}"),
                _ => node is ScalarNode s ? s.Value : null,
            };
            if (attribute.Type is AttributeType.Text or AttributeType.Enum && value is null)
                b.Error(node.Location, $"{what}.{key.Value}: expected {attribute.Expected}, found {node.Describe()}");
            if (attribute.Type == AttributeType.Enum && value is string text && !attribute.Values.Contains(text))
                b.Error(node.Location, $"{what}.{key.Value}: expected {attribute.Expected}, found '{text}'");
            if (value is not null)
                values[key.Value] = value;
        }
        return values;
    }

    private static List<EvidenceRecord> Evidence(MappingNode root, NodeBinder b)
    {
        var result = new List<EvidenceRecord>();
        foreach (var node in b.List(root, "evidence", "report", false))
        {
            var m = b.AsMapping(node, "evidence");
            if (m is null)
                continue;
            var id = b.Text(m, "id", "evidence", true) ?? "?";
            var what = $"evidence[{id}]";
            b.OnlyKeys(m, what, "id", "source", "description", "concerns", "falsified", "agencyAware");
            var sourceText = b.Text(m, "source", what, true);
            // The written names come from ReportWriter.SourceName, so reading and writing cannot drift apart.
            EvidenceSource? source = Enum.GetValues<EvidenceSource>().Cast<EvidenceSource?>().FirstOrDefault(e => ReportWriter.SourceName(e!.Value) == sourceText);
            if (sourceText is not null && source is null)
                b.Error(m["source"]!.Location, $"{what}.source: expected one of {string.Join(", ", Enum.GetValues<EvidenceSource>().Select(ReportWriter.SourceName))}; found '{sourceText}'");
            result.Add(new EvidenceRecord
            {
                Id = id,
                Source = source ?? EvidenceSource.Inspection,
                Description = b.Text(m, "description", what, true) ?? "",
                Concerns = b.TextList(m, "concerns", what, true),
                Falsified = b.Bool(m, "falsified", what, false) ?? false,
                AgencyAware = b.Bool(m, "agencyAware", what, false),
            });
        }
        return result;
    }
}
