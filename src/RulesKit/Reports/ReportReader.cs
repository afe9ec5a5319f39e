using RulesKit.Catalogs;
using RulesKit.Input;

namespace RulesKit.Reports;

/// <summary>
/// Reads one report from a located YAML or JSON document: the shape of the file here, every check of its
/// content in <see cref="ReportValidator"/>, both with file, line and column.
/// </summary>
internal static class ReportReader
{
    private static readonly string[] HeaderKeys =
        ["id", "title", "reportType", "purpose", "industry", "agency", "enterprise", "county", "evaluationDate", "checkedOn", "number", "issuedOn",
         "statutoryBasis", "inspectors", "conclusion", "subjects", "documents", "evidence"];

    /// <summary>The evidence sources as written in report files.</summary>
    public static readonly (string Name, EvidenceSource Source)[] SourceNames =
    [
        ("agency_survey", EvidenceSource.AgencySurvey), ("agency_photo", EvidenceSource.AgencyPhoto), ("enterprise_material", EvidenceSource.EnterpriseMaterial),
        ("notice_served", EvidenceSource.NoticeServed), ("inspection", EvidenceSource.Inspection), ("expert_review", EvidenceSource.ExpertReview),
    ];

    public static CheckedReport Read(DocumentNode document, CatalogSet catalogs)
    {
        var b = new NodeBinder();
        var source = document.Location.Source;
        var at = new FieldLocations(source);
        var root = b.Mapping(document, "report");
        if (root is null)
            throw new RulesKitInputException(b.Diagnostics);
        b.OnlyKeys(root, "report", HeaderKeys);
        foreach (var (key, node) in root.Entries)
            at.Set(key.Value, node.Location);

        var conclusion = b.Mapping(b.Required(root, "conclusion", "report"), "conclusion");
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
            CheckedOn = b.Date(root, "checkedOn", "report", false),
            Number = b.Text(root, "number", "report", false),
            IssuedOn = b.Date(root, "issuedOn", "report", false),
            StatutoryBasis = b.Text(root, "statutoryBasis", "report", false),
            Inspectors = root["inspectors"] is null ? null : Inspectors(root, b),
            Conclusion = new ReportConclusion
            {
                Text = conclusion is null ? "" : b.Text(conclusion, "text", "conclusion", true) ?? "",
                Favourable = conclusion is not null && (b.Boolean(conclusion, "favourable", "conclusion", true) ?? false),
            },
            Subjects = Subjects(root, b, at),
            Documents = Documents(root, b, at),
            Evidence = Evidence(root, b, at),
            Source = source,
        };
        // The content checks run even after shape errors, so one run shows everything that is wrong.
        return ReportValidator.Check(report, catalogs, at, b);
    }

    internal static List<Inspector> Inspectors(MappingNode root, NodeBinder b)
    {
        var result = new List<Inspector>();
        foreach (var (m, _) in Entries(root, "inspectors", b))
        {
            b.OnlyKeys(m, "inspectors", "name", "certificate");
            result.Add(new Inspector { Name = b.Text(m, "name", "inspectors", true) ?? "", Certificate = b.Text(m, "certificate", "inspectors", false) });
        }
        return result;
    }

    internal static List<CheckedSubject> Subjects(MappingNode root, NodeBinder b, FieldLocations at)
    {
        var result = new List<CheckedSubject>();
        foreach (var (m, key) in Entries(root, "subjects", b))
        {
            var id = b.Text(m, "id", "subjects", true) ?? "?";
            var what = $"subjects[{id}]";
            b.OnlyKeys(m, what, "id", "kind", "name", "observed", "reported", "inReport", "controlsApprovedByRegulator", "inventory");
            Locate(m, key, at);
            result.Add(new CheckedSubject
            {
                Id = id,
                Kind = b.Text(m, "kind", what, true) ?? "",
                Name = b.Text(m, "name", what, false),
                Observed = Values(b.Mapping(b.Required(m, "observed", what), $"{what}.observed"), $"{key}/observed", at),
                Reported = m["reported"] is ScalarNode { IsNull: true } or null ? null : Values(b.Mapping(m["reported"], $"{what}.reported"), $"{key}/reported", at),
                InReport = b.Boolean(m, "inReport", what, false),
                ControlsApprovedByRegulator = b.Boolean(m, "controlsApprovedByRegulator", what, false),
                Inventory = m["inventory"] is null ? null : HazardousUnitReader.Inventory(m["inventory"]!, $"{what}.inventory", b),
            });
        }
        return result;
    }

    private static List<CitedDocument> Documents(MappingNode root, NodeBinder b, FieldLocations at)
    {
        var result = new List<CitedDocument>();
        foreach (var (m, key) in Entries(root, "documents", b))
        {
            var id = b.Text(m, "id", "documents", true) ?? "?";
            var what = $"documents[{id}]";
            b.OnlyKeys(m, what, "id", "kind", "name", "original", "cited", "inReport");
            Locate(m, key, at);
            result.Add(new CitedDocument
            {
                Id = id,
                Kind = b.Text(m, "kind", what, true) ?? "",
                Name = b.Text(m, "name", what, false),
                Original = Values(b.Mapping(b.Required(m, "original", what), $"{what}.original"), $"{key}/original", at),
                Cited = m["cited"] is ScalarNode { IsNull: true } or null ? null : Values(b.Mapping(m["cited"], $"{what}.cited"), $"{key}/cited", at),
                InReport = b.Boolean(m, "inReport", what, false),
            });
        }
        return result;
    }

    internal static List<EvidenceRecord> Evidence(MappingNode root, NodeBinder b, FieldLocations at)
    {
        var result = new List<EvidenceRecord>();
        foreach (var (m, key) in Entries(root, "evidence", b))
        {
            var id = b.Text(m, "id", "evidence", true) ?? "?";
            var what = $"evidence[{id}]";
            b.OnlyKeys(m, what, "id", "source", "description", "concerns", "falsified", "agencyAware", "shows", "by", "on", "form", "originalChecked");
            Locate(m, key, at);
            var sourceText = b.Text(m, "source", what, true);
            var source = SourceNames.FirstOrDefault(n => n.Name == sourceText);
            if (sourceText is not null && source.Name is null)
                b.Report(Messages.UnknownEvidenceSource, m["source"]!.Location, $"{what}.source", SourceNames.Select(n => n.Name), sourceText);
            var concerns = b.List(m, "concerns", what, true);
            for (var i = 0; i < concerns.Count; i++)
                at.Set($"{key}/concerns/{i}", concerns[i].Location);
            result.Add(new EvidenceRecord
            {
                Id = id,
                Source = source.Name is null ? EvidenceSource.Inspection : source.Source,
                Description = b.Text(m, "description", what, true) ?? "",
                Concerns = b.TextList(m, "concerns", what, true),
                Falsified = b.Boolean(m, "falsified", what, false) ?? false,
                AgencyAware = b.Boolean(m, "agencyAware", what, false),
                Shows = m["shows"] is null ? null : b.TextList(m, "shows", what, false),
                By = b.Text(m, "by", what, false),
                On = b.Date(m, "on", what, false),
                Form = b.Text(m, "form", what, false),
                OriginalChecked = b.Boolean(m, "originalChecked", what, false),
            });
        }
        return result;
    }

    internal static IEnumerable<(MappingNode Node, string Key)> Entries(MappingNode root, string list, NodeBinder b)
    {
        var items = b.List(root, list, "report", false);
        for (var i = 0; i < items.Count; i++)
            if (b.Mapping(items[i], list) is { } m)
                yield return (m, $"{list}/{i}");
    }

    internal static void Locate(MappingNode m, string key, FieldLocations at)
    {
        at.Set(key, m.Location);
        foreach (var (k, v) in m.Entries)
            at.Set($"{key}/{k.Value}", v.Location);
    }

    // Values stay located nodes until the validator types them against the kind's declaration.
    private static Dictionary<string, object> Values(MappingNode? m, string key, FieldLocations at)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        if (m is null)
            return values;
        foreach (var (k, node) in m.Entries)
        {
            at.Set($"{key}/{k.Value}", k.Location);
            values[k.Value] = node;
        }
        return values;
    }
}
