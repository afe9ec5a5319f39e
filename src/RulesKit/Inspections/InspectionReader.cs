using RulesKit.Catalogs;
using RulesKit.Input;
using RulesKit.Reports;

namespace RulesKit.Inspections;

/// <summary>
/// Reads and checks inspection records. Subjects and evidence have the shape and the checks of a report's
/// (<see cref="ReportReader"/>, <see cref="ReportValidator"/>); the header and the named reports are the
/// record's own.
/// </summary>
internal static class InspectionReader
{
    private static readonly string[] HeaderKeys = ["id", "party", "name", "county", "inspectionDate", "inspector", "subjects", "reports", "evidence"];

    /// <summary>What an approval may rely on a report for.</summary>
    public static readonly string[] Reliances = ["licence", "acceptance", "filing"];

    /// <summary>True when the document is an inspection record rather than a report (it names a party).</summary>
    public static bool IsRecord(DocumentNode document) => document is MappingNode m && m["party"] is not null;

    public static InspectionRecord Read(DocumentNode document, CatalogSet catalogs)
    {
        var b = new NodeBinder();
        var source = document.Location.Source;
        var at = new FieldLocations(source);
        var root = b.Mapping(document, "inspection record");
        if (root is null)
            throw new RulesKitInputException(b.Diagnostics);
        b.OnlyKeys(root, "inspection record", HeaderKeys);
        foreach (var (key, node) in root.Entries)
            at.Set(key.Value, node.Location);

        var reports = new List<ReportReference>();
        foreach (var (m, key) in ReportReader.Entries(root, "reports", b))
        {
            var id = b.Text(m, "report", "reports", true) ?? "?";
            var what = $"reports[{id}]";
            b.OnlyKeys(m, what, "report", "reliedOnFor", "knewFalse");
            ReportReader.Locate(m, key, at);
            reports.Add(new ReportReference { Report = id, ReliedOnFor = b.Text(m, "reliedOnFor", what, false), KnewFalse = b.Boolean(m, "knewFalse", what, false) });
        }

        var record = new InspectionRecord
        {
            Id = b.Text(root, "id", "inspection record", true) ?? "",
            Party = b.Text(root, "party", "inspection record", true) ?? "",
            Name = b.Text(root, "name", "inspection record", true) ?? "",
            County = b.Text(root, "county", "inspection record", true) ?? "",
            InspectionDate = b.Date(root, "inspectionDate", "inspection record", true) ?? default,
            Inspector = b.Text(root, "inspector", "inspection record", false),
            Subjects = ReportReader.Subjects(root, b, at),
            Reports = reports,
            Evidence = ReportReader.Evidence(root, b, at),
            Source = source,
        };
        return Validate(record, catalogs, at, b);
    }

    /// <summary>Every check of a record against the catalogs; a record built in code is checked the same way, its problems named by record and field.</summary>
    public static InspectionRecord Validate(InspectionRecord record, CatalogSet catalogs, FieldLocations? at, NodeBinder? binder = null)
    {
        var b = binder ?? new NodeBinder();
        var source = at?.Source ?? record.Source ?? $"inspection record {record.Id}";
        void Report(string key, DiagnosticTemplate template, params object?[] args)
        {
            var location = at?.Find(key);
            b.Add(location is { } l ? l.Report(template, args) : template.At(source, 0, 0, args));
        }

        if (at is null)
        {
            foreach (var (field, value) in new[] { ("id", record.Id), ("party", record.Party), ("name", record.Name), ("county", record.County) })
                if (string.IsNullOrWhiteSpace(value))
                    Report(field, Messages.EmptyText, field);
        }
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < record.Reports.Count; i++)
        {
            var r = record.Reports[i];
            if (!named.Add(r.Report))
                Report($"reports/{i}/report", Messages.DuplicateId, $"reports[{r.Report}]", r.Report, $"reports[{r.Report}]");
            if (r.ReliedOnFor is { } use && !Reliances.Contains(use))
                Report($"reports/{i}/reliedOnFor", Messages.UnknownReliance, $"reports[{r.Report}].reliedOnFor", use);
        }
        // Subjects, evidence and the party go through the report checks, with the same locations.
        var checkedShape = ReportValidator.Validate(AsReport(record, record.Subjects), catalogs, at, b);
        return record with { Subjects = checkedShape.Subjects, Evidence = checkedShape.Evidence };
    }

    /// <summary>The record in the shape the engine judges: its party where a report has its industry.</summary>
    public static Report AsReport(InspectionRecord record, IReadOnlyList<CheckedSubject> subjects) => new()
    {
        Id = record.Id,
        Title = record.Name,
        ReportType = "inspection",
        Purpose = "other",
        Industry = record.Party,
        Agency = record.Party == "agency" ? record.Name : "",
        Enterprise = record.Party == "enterprise" ? record.Name : "",
        County = record.County,
        EvaluationDate = record.InspectionDate,
        Conclusion = new ReportConclusion { Text = "", Favourable = false },
        Subjects = subjects,
        Evidence = record.Evidence,
        Source = record.Source,
        IsInspection = true,
    };
}
