using RulesKit.Catalogs;
using RulesKit.Compilation;
using RulesKit.Conditions;

namespace RulesKit.Facts;

/// <summary>
/// Checks a <see cref="Report"/> against the declared kinds and turns it into NRules facts. Reports
/// built in code get the same checks as reports read from files, with errors naming report and field.
/// </summary>
internal static class FactBuilder
{
    public static (ReportFact Report, List<SubjectFact> Subjects) Build(Report report, IReadOnlyDictionary<string, KindSchema> kinds)
    {
        var errors = new List<Diagnostic>();
        var source = report.SourceName ?? $"report {report.Id}";
        void Error(string field, string message) => errors.Add(new Diagnostic(source, 0, 0, $"report '{report.Id}', {field}: {message}"));

        var reportFact = new ReportFact(report);
        var date = report.EvaluationDate.ToDateTime(TimeOnly.MinValue);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var evidenceBySubject = new Dictionary<string, List<EvidenceRecord>>(StringComparer.Ordinal);
        var subjects = new List<SubjectFact>();

        foreach (var (list, field, isDocument) in new[] { (report.Subjects, "subjects", false), (report.Documents, "documents", true) })
        {
            foreach (var subject in list)
            {
                var at = $"{field}[{subject.Id}]";
                if (!ids.Add(subject.Id))
                    Error(at, "repeated id; every subject and document needs its own");
                if (!kinds.TryGetValue(subject.Kind, out var kind))
                {
                    Error($"{at}.kind", $"unknown kind '{subject.Kind}'; declared kinds: {string.Join(", ", kinds.Keys.Order(StringComparer.Ordinal))}");
                    continue;
                }
                var observed = View(subject.Observed, kind, date, $"{at}.{(isDocument ? "original" : "observed")}", Error);
                var reported = subject.Reported is null ? null : View(subject.Reported, kind, date, $"{at}.{(isDocument ? "cited" : "reported")}", Error);
                var evidence = new List<EvidenceRecord>();
                evidenceBySubject[subject.Id] = evidence;
                subjects.Add(new SubjectFact
                {
                    Report = reportFact,
                    Source = subject,
                    Kind = subject.Kind,
                    IsDocument = isDocument,
                    Observed = observed,
                    Reported = reported,
                    Evidence = evidence,
                });
            }
        }

        var evidenceIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in report.Evidence)
        {
            if (!evidenceIds.Add(record.Id))
                Error($"evidence[{record.Id}]", "repeated id");
            foreach (var concern in record.Concerns)
            {
                if (evidenceBySubject.TryGetValue(concern, out var list))
                    list.Add(record);
                else if (!ids.Contains(concern))
                    Error($"evidence[{record.Id}].concerns", $"'{concern}' is not a subject or document of this report");
            }
        }

        if (errors.Count > 0)
            throw new RulesKitInputException(errors);
        return (reportFact, subjects);
    }

    private static AttributeView View(IReadOnlyDictionary<string, object> values, KindSchema kind, DateTime date, string field, Action<string, string> error)
    {
        var slots = new object?[kind.Attributes.Count];
        foreach (var (name, value) in values)
        {
            var attribute = kind.Find(name);
            if (attribute is null)
            {
                error($"{field}.{name}", $"unknown attribute of kind '{kind.Name}'; expected one of: {string.Join(", ", kind.Attributes.Select(a => a.Name))}");
                continue;
            }
            var converted = Convert(value, attribute);
            if (converted is null)
                error($"{field}.{name}", $"expected {attribute.Expected}, found '{value}'");
            slots[attribute.Slot] = converted;
        }
        return new AttributeView(slots, date);
    }

    private static object? Convert(object value, AttributeSchema attribute) => (attribute.Type, value) switch
    {
        (AttributeType.Number, decimal d) => d,
        (AttributeType.Number, int i) => (decimal)i,
        (AttributeType.Number, long l) => (decimal)l,
        (AttributeType.Number, double x) when double.IsFinite(x) => (decimal)x,
        (AttributeType.Boolean, bool b) => b,
        (AttributeType.Text, string s) => s,
        (AttributeType.Enum, string s) when attribute.Values.Contains(s) => s,
        (AttributeType.Date, DateOnly d) => d.ToDateTime(TimeOnly.MinValue),
        (AttributeType.Date, DateTime t) => t.Date,
        _ => null,
    };
}
