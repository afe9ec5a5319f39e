using RulesKit.Catalogs;
using RulesKit.Input;

namespace RulesKit.Reports;

/// <summary>
/// Every check of a report against the loaded catalogs, in one place: vocabulary (industry, report type,
/// purpose), ids (unique, and every evidence reference resolves), kinds, attributes and value types. A
/// report read from a file is checked here with the file's locations; a report built in code or bound
/// from JSON is checked the same way, its problems named by report and field. The result holds every
/// attribute value in its canonical type.
/// </summary>
internal static class ReportValidator
{
    public static Report Validate(Report report, CatalogSet catalogs, FieldLocations? at, NodeBinder? binder = null)
    {
        var b = binder ?? new NodeBinder();
        var source = at?.Source ?? report.Source ?? $"report {report.Id}";
        void Report(string key, DocumentNode? node, DiagnosticTemplate template, params object?[] args)
        {
            var location = node?.Location ?? at?.Find(key);
            b.Add(location is { } l ? l.Report(template, args) : template.At(source, 0, 0, args));
        }

        var vocabulary = catalogs.Vocabulary;
        // A file's missing or empty header texts are the reader's to report (with their place); a report
        // built in code gets the same check here.
        if (at is null && !report.IsInspection)
        {
            foreach (var (field, value) in new[] { ("id", report.Id), ("title", report.Title), ("reportType", report.ReportType), ("purpose", report.Purpose),
                         ("industry", report.Industry), ("agency", report.Agency), ("enterprise", report.Enterprise), ("county", report.County) })
                if (string.IsNullOrWhiteSpace(value))
                    Report(field, null, Messages.EmptyText, field);
        }
        if (report.IsInspection)
        {
            // An inspection record in the report's shape: its party stands where the industry does.
            if (report.Industry.Length > 0 && !vocabulary.IsParty(report.Industry))
                Report("party", null, Messages.UnknownParty, report.Industry, vocabulary.Parties.Select(t => t.Key));
        }
        else
        {
            if (report.Industry.Length > 0 && !vocabulary.IsIndustry(report.Industry))
                Report("industry", null, Messages.UnknownIndustry, report.Industry, vocabulary.Industries.Select(t => t.Key));
            if (report.ReportType.Length > 0 && !vocabulary.ReportTypes.Any(t => t.Key == report.ReportType))
                Report("reportType", null, Messages.UnknownReportType, report.ReportType, vocabulary.ReportTypes.Select(t => t.Key));
            if (report.Purpose.Length > 0 && !vocabulary.Purposes.Any(t => t.Key == report.Purpose))
                Report("purpose", null, Messages.UnknownPurpose, report.Purpose, vocabulary.Purposes.Select(t => t.Key));
        }

        // Locations are keyed by position (subjects/3/kind): two subjects may wrongly share an id.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        void Id(string key, string field, string id)
        {
            if (ids.TryGetValue(id, out var first))
                Report(key + "/id", null, Messages.DuplicateId, field, id, first);
            else
                ids[id] = field;
        }

        var subjects = new List<CheckedSubject>(report.Subjects.Count);
        for (var i = 0; i < report.Subjects.Count; i++)
        {
            var s = report.Subjects[i];
            var (key, field) = ($"subjects/{i}", $"subjects[{s.Id}]");
            Id(key, field, s.Id);
            var kind = Kind(s.Kind, key, field);
            subjects.Add(new CheckedSubject
            {
                Id = s.Id,
                Kind = s.Kind,
                Name = s.Name,
                Observed = Values(s.Observed, kind, $"{key}/observed", $"{field}.observed"),
                Reported = s.Reported is null ? null : Values(s.Reported, kind, $"{key}/reported", $"{field}.reported"),
                ControlsApprovedByRegulator = s.ControlsApprovedByRegulator,
            });
        }
        var documents = new List<CitedDocument>(report.Documents.Count);
        for (var i = 0; i < report.Documents.Count; i++)
        {
            var d = report.Documents[i];
            var (key, field) = ($"documents/{i}", $"documents[{d.Id}]");
            Id(key, field, d.Id);
            var kind = Kind(d.Kind, key, field);
            documents.Add(new CitedDocument
            {
                Id = d.Id,
                Kind = d.Kind,
                Name = d.Name,
                Original = Values(d.Original, kind, $"{key}/original", $"{field}.original"),
                Cited = d.Cited is null ? null : Values(d.Cited, kind, $"{key}/cited", $"{field}.cited"),
            });
        }

        var evidenceIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < report.Evidence.Count; i++)
        {
            var e = report.Evidence[i];
            var (key, field) = ($"evidence/{i}", $"evidence[{e.Id}]");
            if (!evidenceIds.Add(e.Id))
                Report(key + "/id", null, Messages.DuplicateId, field, e.Id, field);
            if (!Enum.IsDefined(e.Source))
                Report(key + "/source", null, Messages.UnknownEvidenceSource, field + ".source", ReportReader.SourceNames.Select(n => n.Name), (int)e.Source);
            for (var c = 0; c < e.Concerns.Count; c++)
                if (!ids.ContainsKey(e.Concerns[c]))
                    Report($"{key}/concerns/{c}", null, Messages.UnknownConcern, field + ".concerns", e.Concerns[c]);
        }

        b.ThrowIfErrors();
        return new Report
        {
            Id = report.Id,
            Title = report.Title,
            ReportType = report.ReportType,
            Purpose = report.Purpose,
            Industry = report.Industry,
            Agency = report.Agency,
            Enterprise = report.Enterprise,
            County = report.County,
            EvaluationDate = report.EvaluationDate,
            CheckedOn = report.CheckedOn,
            Conclusion = report.Conclusion,
            Subjects = subjects,
            Documents = documents,
            Evidence = report.Evidence,
            Source = report.Source,
            IsInspection = report.IsInspection,
        };

        SubjectKind? Kind(string name, string key, string field)
        {
            if (catalogs.Kinds.TryGetValue(name, out var kind))
                return kind;
            Report(key + "/kind", null, Messages.UnknownKind, field + ".kind", name, catalogs.Kinds.Keys.Order(StringComparer.Ordinal));
            return null;
        }

        Dictionary<string, object> Values(IReadOnlyDictionary<string, object> values, SubjectKind? kind, string key, string field)
        {
            var result = new Dictionary<string, object>(values.Count, StringComparer.Ordinal);
            if (kind is null)
                return result;
            foreach (var (name, raw) in values)
            {
                var attribute = kind.Find(name);
                if (attribute is null)
                {
                    Report($"{key}/{name}", null, Messages.UnknownAttribute, field, name, kind.Name, kind.Attributes.Select(a => a.Name));
                    continue;
                }
                var value = AttributeValues.Convert(raw, attribute, out var problem);
                if (problem is { } wrong)
                    Report($"{key}/{name}", raw as DocumentNode, wrong.Template, [$"{field}.{name}", .. wrong.Args]);
                if (value is not null)
                    result[name] = value;
            }
            return result;
        }
    }
}
