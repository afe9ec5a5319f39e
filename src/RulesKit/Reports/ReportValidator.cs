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
    private static readonly object True = true;

    // ownsValues: the report's attribute maps were made for this check and belong to no one else (the AttributeMaps
    // of a JSON line just read), so values are converted in place instead of copied.
    public static Report Validate(Report report, CatalogSet catalogs, FieldLocations? at, NodeBinder? binder = null) =>
        Check(report, catalogs, at, binder).Report;

    /// <summary>Checks <paramref name="report"/> and keeps its values in their slots (see <see cref="CheckedReport"/>).</summary>
    public static CheckedReport Check(Report report, CatalogSet catalogs, FieldLocations? at, NodeBinder? binder = null, bool ownsValues = false)
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
        var ids = new Dictionary<string, Place>(report.Subjects.Count + report.Documents.Count, StringComparer.Ordinal);
        void Id(Place place, string id)
        {
            if (!ids.TryAdd(id, place))
                Report(place.Key + "/id", null, Messages.DuplicateId, place.Field, id, ids[id].Field);
        }

        var subjects = new List<CheckedSubject>(report.Subjects.Count);
        var slotted = new CheckedReport.Entry[report.Subjects.Count + report.Documents.Count];
        for (var i = 0; i < report.Subjects.Count; i++)
        {
            var s = report.Subjects[i];
            var place = new Place("subjects", i, s.Id);
            Id(place, s.Id);
            var kind = Kind(s.Kind, place);
            var observed = Values(s.Observed, kind, place, "observed", out var observedSlots);
            object?[]? reportedSlots = null;
            var reported = s.Reported is null ? null : Values(s.Reported, kind, place, "reported", out reportedSlots);
            // Values converted in place leave the subject as it was: it is kept, not copied.
            subjects.Add(ReferenceEquals(observed, s.Observed) && ReferenceEquals(reported, s.Reported) ? s : new CheckedSubject
            {
                Id = s.Id,
                Kind = s.Kind,
                Name = s.Name,
                Observed = observed,
                Reported = reported,
                InReport = s.InReport,
                ControlsApprovedByRegulator = s.ControlsApprovedByRegulator,
                Inventory = s.Inventory,
            });
            // An inventory stands for a GB 18218 unit: only a kind with a major-hazard grade can carry it.
            if (s.Inventory is not null && kind is not null && !SubjectInventory.CanCarry(kind))
                Report(place.Key + "/inventory", null, Messages.InventoryOnKind, place.Field, kind.Name);
            if (s.InReport == false && s.Reported is not null)
                Report(place.Key + "/inReport", null, Messages.InReportContradiction, place.Field, "reported");
            if (kind is not null)
                slotted[i] = new(subjects[i], kind, observedSlots!, reportedSlots);
        }
        var documents = new List<CitedDocument>(report.Documents.Count);
        for (var i = 0; i < report.Documents.Count; i++)
        {
            var d = report.Documents[i];
            var place = new Place("documents", i, d.Id);
            Id(place, d.Id);
            var kind = Kind(d.Kind, place);
            var index = report.Subjects.Count + i;
            var original = Values(d.Original, kind, place, "original", out var originalSlots);
            object?[]? citedSlots = null;
            var cited = d.Cited is null ? null : Values(d.Cited, kind, place, "cited", out citedSlots);
            documents.Add(ReferenceEquals(original, d.Original) && ReferenceEquals(cited, d.Cited) ? d : new CitedDocument
            {
                Id = d.Id,
                Kind = d.Kind,
                Name = d.Name,
                Original = original,
                Cited = cited,
                InReport = d.InReport,
            });
            if (d.InReport == false && d.Cited is not null)
                Report(place.Key + "/inReport", null, Messages.InReportContradiction, place.Field, "cited");
            if (kind is not null)
                slotted[index] = new(documents[i], kind, originalSlots!, citedSlots);
        }

        // A report is checked after it exists: a check date before it is a slip in the record, and would move the
        // report into or out of a campaign's days.
        if (report.CheckedOn is { } checkedOn && checkedOn < (report.IssuedOn ?? report.EvaluationDate))
            Report("checkedOn", null, Messages.CheckedBeforeTheReport, "checkedOn", checkedOn, report.IssuedOn is null ? "evaluationDate" : "issuedOn",
                report.IssuedOn ?? report.EvaluationDate);
        var kindOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in report.Subjects)
            kindOf.TryAdd(s.Id, s.Kind);
        foreach (var d in report.Documents)
            kindOf.TryAdd(d.Id, d.Kind);
        var evidenceIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < report.Evidence.Count; i++)
        {
            var e = report.Evidence[i];
            var place = new Place("evidence", i, e.Id);
            if (!evidenceIds.Add(e.Id))
                Report(place.Key + "/id", null, Messages.DuplicateId, place.Field, e.Id, place.Field);
            if (!Enum.IsDefined(e.Source))
                Report(place.Key + "/source", null, Messages.UnknownEvidenceSource, place.Field + ".source", ReportReader.SourceNames.Select(n => n.Name), (int)e.Source);
            for (var c = 0; c < e.Concerns.Count; c++)
                if (!ids.ContainsKey(e.Concerns[c]))
                    Report($"{place.Key}/concerns/{c}", null, Messages.UnknownConcern, place.Field + ".concerns", e.Concerns[c]);
            // What it shows are facts of what it concerns: an attribute of one of their kinds, or their existence.
            for (var f = 0; f < (e.Shows?.Count ?? 0); f++)
            {
                var fact = e.Shows![f];
                if (fact == EvidenceRecord.Exists || e.Concerns.Any(c => kindOf.TryGetValue(c, out var k) && catalogs.Kinds.TryGetValue(k, out var kind) && kind.Find(fact) is not null))
                    continue;
                Report($"{place.Key}/shows/{f}", null, Messages.UnknownShownFact, place.Field + ".shows", fact,
                    string.Join(", ", e.Concerns.Where(kindOf.ContainsKey).Select(c => kindOf[c]).Distinct()));
            }
        }

        b.ThrowIfErrors();
        // Everything the check does not convert is kept as it is: a field added to Report needs no line here.
        var checkedReport = report with { Subjects = subjects, Documents = documents };
        return new CheckedReport(checkedReport, slotted);

        SubjectKind? Kind(string name, Place place)
        {
            if (catalogs.Kinds.TryGetValue(name, out var kind))
                return kind;
            Report(place.Key + "/kind", null, Messages.UnknownKind, place.Field + ".kind", name, string.Join(", ", Suggestions.Closest(name, catalogs.Kinds.Keys)));
            return null;
        }

        IReadOnlyDictionary<string, object> Values(IReadOnlyDictionary<string, object> values, SubjectKind? kind, Place place, string part, out object?[]? slots)
        {
            // A JSON line's values are mostly canonical already (numbers, booleans, texts): only the others change.
            if (ownsValues && values is AttributeMap map)
                return InPlace(map, kind, place, part, out slots);
            var result = new Dictionary<string, object>(values.Count, StringComparer.Ordinal);
            slots = null;
            if (kind is null)
                return result;
            // Every value that stays in the map goes to its slot as well (see CheckedReport).
            slots = new object?[kind.Attributes.Length];
            var next = 0;
            foreach (var (name, raw) in values)
                if (Checked(name, raw, kind, place, part, slots, ref next) is { } value)
                    result[name] = value;
            if (Implied(kind, slots) is { } implied)
                result[implied] = true;
            return result;
        }

        // The JSON Lines reader's map, converted where it holds: read by index, no enumerator.
        AttributeMap InPlace(AttributeMap map, SubjectKind? kind, Place place, string part, out object?[]? slots)
        {
            slots = null;
            if (kind is null)
                return map;
            slots = new object?[kind.Attributes.Length];
            var next = 0;
            for (var i = 0; i < map.Count; i++)
            {
                var raw = map.ValueAt(i);
                var value = Checked(map.NameAt(i), raw, kind, place, part, slots, ref next);
                if (value is null)
                    map.RemoveAt(i--);
                else if (!ReferenceEquals(value, raw))
                    map.SetAt(i, value);
            }
            if (Implied(kind, slots) is { } implied)
                map.Add(implied, true);
            return map;
        }

        // A recorded grade implies a 重大危险源, the only thing a grade is given to: where the kind declares both, a view
        // with mhi_grade and without major_hazard gets major_hazard = true, in its map and its slot, so the items
        // that read it decide (docs/decisions.md, "Major hazards computed from what is stored").
        static string? Implied(SubjectKind kind, object?[] slots)
        {
            if (kind.Find(SubjectInventory.MajorHazardAttribute) is not { } major || kind.Find(SubjectInventory.GradeAttribute) is not { } grade
                || slots[grade.Slot] is null || slots[major.Slot] is not null)
                return null;
            slots[major.Slot] = True;
            return kind.NameAt(major.Slot); // the instance the engine finds slots by

        }

        // One attribute's value as its kind declares it, written to its slot; null when it is not there or not
        // one (an unknown attribute or a value of the wrong type is reported).
        object? Checked(string name, object? raw, SubjectKind kind, Place place, string part, object?[] slots, ref int next)
        {
            var attribute = kind.Find(name, ref next);
            if (attribute is null)
            {
                Report($"{place.Key}/{part}/{name}", null, Messages.UnknownAttribute, $"{place.Field}.{part}", name, kind.Name, kind.Attributes.Select(a => a.Name),
                    string.Join(", ", Suggestions.Closest(name, kind.Attributes.Select(a => a.Name), 1)));
                return null;
            }
            var value = AttributeValues.Convert(raw, attribute, out var problem);
            if (problem is { } wrong)
                Report($"{place.Key}/{part}/{name}", raw as DocumentNode, wrong.Template, [$"{place.Field}.{part}.{name}", .. wrong.Args]);
            if (value is not null)
                slots[attribute.Slot] = CheckedReport.AsRead(value);
            return value;
        }
    }

    // Where a subject or document stands, for messages: its location key (subjects/3) and its field name
    // (subjects[S3]) are built only when a problem is reported, not for every subject of every report.
    private readonly record struct Place(string List, int Index, string Id)
    {
        public string Key => $"{List}/{Index.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

        public string Field => $"{List}[{Id}]";
    }
}
