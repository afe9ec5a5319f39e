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

        var subjects = new List<SubjectFact>(report.Subjects.Count + report.Documents.Count);
        foreach (var s in report.Subjects)
        {
            var kind = kinds[s.Kind];
            var fact = create(s.Kind);
            fact.Report = reportFact;
            fact.Id = s.Id;
            fact.Kind = s.Kind;
            fact.Name = s.Name;
            fact.IsDocument = false;
            fact.Observed = View(s.Observed, kind, date);
            if (s.Reported is { } reported)
                fact.ReportedFrom(() => View(reported, kind, date));
            fact.ControlsApprovedByRegulator = s.ControlsApprovedByRegulator;
            fact.Evidence = evidence?.GetValueOrDefault(s.Id) ?? (IReadOnlyList<EvidenceRecord>)[];
            subjects.Add(fact);
        }
        foreach (var d in report.Documents)
        {
            var kind = kinds[d.Kind];
            var fact = create(d.Kind);
            fact.Report = reportFact;
            fact.Id = d.Id;
            fact.Kind = d.Kind;
            fact.Name = d.Name;
            fact.IsDocument = true;
            fact.Observed = View(d.Original, kind, date);
            if (d.Cited is { } cited)
                fact.ReportedFrom(() => View(cited, kind, date));
            fact.Evidence = evidence?.GetValueOrDefault(d.Id) ?? (IReadOnlyList<EvidenceRecord>)[];
            subjects.Add(fact);
        }
        return (reportFact, subjects);
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
