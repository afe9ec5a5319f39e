using RulesKit.Catalogs;
using RulesKit.Engine.Conditions;
using RulesKit.Reports;

namespace RulesKit.Engine.Facts;

/// <summary>
/// Turns one checked report (see ReportValidator: every check happens there) into NRules facts: attribute
/// values go into the slots their kind assigns, evidence is attached to the subjects it concerns. Subjects
/// and cited documents become the same fact: a document's original is what was observed, its citation in the
/// report what was reported. The evaluator asks for the facts of the subjects it screened in only.
/// </summary>
internal sealed class FactBuilder(Report report)
{
    // Most reports carry no evidence, and most subjects are screened out: the index is built on first use.
    private Dictionary<string, List<EvidenceRecord>>? _evidence;

    public ReportFact Report { get; } = new(report);

    /// <summary>The report's evaluation date, as conditions read it.</summary>
    public DateTime Date { get; } = report.EvaluationDate.ToDateTime(TimeOnly.MinValue);

    /// <summary>The facts of every subject and document of <paramref name="report"/>, in report order;
    /// <paramref name="create"/> makes the subject of a kind (its session type).</summary>
    public static (ReportFact Report, List<SubjectFact> Subjects) Build(Report report, IReadOnlyDictionary<string, SubjectKind> kinds, Func<string, SubjectFact>? create = null)
    {
        create ??= _ => new PlainSubjectFact();
        var builder = new FactBuilder(report);
        var subjects = new List<SubjectFact>(report.Subjects.Count + report.Documents.Count);
        foreach (var s in report.Subjects)
            subjects.Add(builder.Fact(Entry.Of(s), kinds[s.Kind], create(s.Kind)));
        foreach (var d in report.Documents)
            subjects.Add(builder.Fact(Entry.Of(d), kinds[d.Kind], create(d.Kind)));
        return (builder.Report, subjects);
    }

    /// <summary>
    /// Fills <paramref name="fact"/> with <paramref name="entry"/>. Views already built (by the screen) are
    /// taken as they are; a reported view not built yet is built when first asked for.
    /// </summary>
    public SubjectFact Fact(in Entry entry, SubjectKind kind, SubjectFact fact, AttributeView? observed = null, AttributeView? reported = null)
    {
        fact.Report = Report;
        fact.Id = entry.Id;
        fact.Kind = entry.Kind;
        fact.Name = entry.Name;
        fact.IsDocument = entry.IsDocument;
        fact.Observed = observed ?? View(entry.Observed, kind, Date);
        if (reported is not null)
            fact.Reported = reported;
        else if (entry.Reported is { } values)
        {
            var date = Date;
            fact.ReportedFrom(() => View(values, kind, date));
        }
        fact.ControlsApprovedByRegulator = entry.ControlsApproved;
        fact.Evidence = EvidenceOf(entry.Id);
        return fact;
    }

    private IReadOnlyList<EvidenceRecord> EvidenceOf(string id)
    {
        var records = Report.Report.Evidence;
        if (records.Count == 0)
            return [];
        if (_evidence is null)
        {
            _evidence = new Dictionary<string, List<EvidenceRecord>>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                foreach (var concern in record.Concerns)
                {
                    if (!_evidence.TryGetValue(concern, out var list))
                        _evidence[concern] = list = [];
                    list.Add(record);
                }
            }
        }
        return _evidence.GetValueOrDefault(id) ?? (IReadOnlyList<EvidenceRecord>)[];
    }

    public static AttributeView View(IReadOnlyDictionary<string, object> values, SubjectKind kind, DateTime date)
    {
        var slots = new object?[kind.Attributes.Length];
        var next = 0;
        // Checked reports hold plain dictionaries: enumerate them without the interface's boxed enumerator.
        if (values is Dictionary<string, object> plain)
        {
            foreach (var (name, value) in plain)
                slots[kind.SlotOf(name, ref next)] = value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : value;
        }
        else
        {
            foreach (var (name, value) in values)
                slots[kind.SlotOf(name, ref next)] = value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : value;
        }
        return new AttributeView(slots, date);
    }

    /// <summary>A subject or a cited document, as the engine sees both.</summary>
    internal readonly record struct Entry(string Id, string Kind, string? Name, bool IsDocument,
        IReadOnlyDictionary<string, object> Observed, IReadOnlyDictionary<string, object>? Reported, bool? ControlsApproved)
    {
        public static Entry Of(CheckedSubject s) => new(s.Id, s.Kind, s.Name, false, s.Observed, s.Reported, s.ControlsApprovedByRegulator);

        public static Entry Of(CitedDocument d) => new(d.Id, d.Kind, d.Name, true, d.Original, d.Cited, null);
    }
}
