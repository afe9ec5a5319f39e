using RulesKit.Catalogs;
using RulesKit.Engine.Conditions;
using RulesKit.Reports;

namespace RulesKit.Engine.Facts;

/// <summary>
/// Turns a checked report (see ReportValidator: every check happens there) into NRules facts: attribute
/// values go into the slots their kind assigns, evidence is attached to the subjects it concerns.
/// </summary>
internal static class FactBuilder
{
    /// <summary>The facts of <paramref name="report"/>; <paramref name="create"/> makes the subject of a kind (its session type).</summary>
    public static (ReportFact Report, List<SubjectFact> Subjects) Build(Report report, IReadOnlyDictionary<string, SubjectKind> kinds, Func<string, SubjectFact>? create = null)
    {
        create ??= _ => new PlainSubjectFact();
        var reportFact = new ReportFact(report);
        var date = report.EvaluationDate.ToDateTime(TimeOnly.MinValue);
        // Most reports carry no evidence: no dictionary for them.
        var evidence = report.Evidence.Count == 0 ? null : new Dictionary<string, List<EvidenceRecord>>(StringComparer.Ordinal);
        foreach (var record in report.Evidence)
        {
            foreach (var concern in record.Concerns)
            {
                if (!evidence!.TryGetValue(concern, out var list))
                    evidence[concern] = list = [];
                list.Add(record);
            }
        }

        // Subjects and cited documents become the same fact: a document's original is what was observed, its
        // citation in the report what was reported.
        var subjects = new List<SubjectFact>(report.Subjects.Count + report.Documents.Count);
        foreach (var s in report.Subjects)
            Add(s.Id, s.Kind, s.Name, isDocument: false, s.Observed, s.Reported, s.ControlsApprovedByRegulator);
        foreach (var d in report.Documents)
            Add(d.Id, d.Kind, d.Name, isDocument: true, d.Original, d.Cited, controlsApproved: null);
        return (reportFact, subjects);

        void Add(string id, string kindName, string? name, bool isDocument, IReadOnlyDictionary<string, object> observed,
            IReadOnlyDictionary<string, object>? reported, bool? controlsApproved)
        {
            var kind = kinds[kindName];
            var fact = create(kindName);
            fact.Report = reportFact;
            fact.Id = id;
            fact.Kind = kindName;
            fact.Name = name;
            fact.IsDocument = isDocument;
            fact.Observed = View(observed, kind, date);
            if (reported is not null)
                fact.ReportedFrom(() => View(reported, kind, date));
            fact.ControlsApprovedByRegulator = controlsApproved;
            fact.Evidence = evidence?.GetValueOrDefault(id) ?? (IReadOnlyList<EvidenceRecord>)[];
            subjects.Add(fact);
        }
    }

    public static AttributeView View(IReadOnlyDictionary<string, object> values, SubjectKind kind, DateTime date)
    {
        var slots = new object?[kind.Attributes.Length];
        // Checked reports hold plain dictionaries: enumerate them without the interface's boxed enumerator.
        if (values is Dictionary<string, object> plain)
        {
            foreach (var (name, value) in plain)
                slots[kind.Find(name)!.Slot] = value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : value;
        }
        else
        {
            foreach (var (name, value) in values)
                slots[kind.Find(name)!.Slot] = value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : value;
        }
        return new AttributeView(slots, date);
    }
}
