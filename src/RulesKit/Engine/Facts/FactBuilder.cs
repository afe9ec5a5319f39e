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
    public static (ReportFact Report, List<SubjectFact> Subjects) Build(Report report, IReadOnlyDictionary<string, SubjectKind> kinds)
    {
        var reportFact = new ReportFact(report);
        var date = report.EvaluationDate.ToDateTime(TimeOnly.MinValue);
        var evidence = new Dictionary<string, List<EvidenceRecord>>(StringComparer.Ordinal);
        foreach (var record in report.Evidence)
        {
            foreach (var concern in record.Concerns)
            {
                if (!evidence.TryGetValue(concern, out var list))
                    evidence[concern] = list = [];
                list.Add(record);
            }
        }

        var subjects = new List<SubjectFact>(report.Subjects.Count + report.Documents.Count);
        foreach (var s in report.Subjects)
        {
            var kind = kinds[s.Kind];
            subjects.Add(new SubjectFact
            {
                Report = reportFact,
                Id = s.Id,
                Kind = s.Kind,
                Name = s.Name,
                IsDocument = false,
                Observed = View(s.Observed, kind, date),
                Reported = s.Reported is null ? null : View(s.Reported, kind, date),
                ControlsApprovedByRegulator = s.ControlsApprovedByRegulator,
                Evidence = evidence.GetValueOrDefault(s.Id) ?? (IReadOnlyList<EvidenceRecord>)[],
            });
        }
        foreach (var d in report.Documents)
        {
            var kind = kinds[d.Kind];
            subjects.Add(new SubjectFact
            {
                Report = reportFact,
                Id = d.Id,
                Kind = d.Kind,
                Name = d.Name,
                IsDocument = true,
                Observed = View(d.Original, kind, date),
                Reported = d.Cited is null ? null : View(d.Cited, kind, date),
                Evidence = evidence.GetValueOrDefault(d.Id) ?? (IReadOnlyList<EvidenceRecord>)[],
            });
        }
        return (reportFact, subjects);
    }

    public static AttributeView View(IReadOnlyDictionary<string, object> values, SubjectKind kind, DateTime date)
    {
        var slots = new object?[kind.Attributes.Length];
        foreach (var (name, value) in values)
            slots[kind.Find(name)!.Slot] = value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : value;
        return new AttributeView(slots, date);
    }
}
