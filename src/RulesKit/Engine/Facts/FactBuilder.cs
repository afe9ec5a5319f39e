using RulesKit.Catalogs;
using RulesKit.Reports;
using RulesKit.Law;

namespace RulesKit.Engine.Facts;

/// <summary>
/// Turns one checked report (see ReportValidator: every check happens there) into NRules facts: attribute
/// values go into the slots their kind assigns, evidence is attached to the subjects it concerns. Subjects
/// and cited documents become the same fact: a document's original is what was observed, its citation in the
/// report what was reported. The evaluator asks for the facts of the subjects it screened in only.
/// </summary>
internal sealed class FactBuilder(Report report, CheckedReport? check = null)
{
    // Most reports carry no evidence, and most subjects are screened out: the index is built on first use.
    private Dictionary<string, List<EvidenceRecord>>? _evidence;

    public ReportFact Report { get; } = new(report);

    /// <summary>The report's evaluation date, as conditions read it.</summary>
    public DateTime Date { get; } = report.EvaluationDate.ToDateTime(TimeOnly.MinValue);

    // The slots the check made (a report checked by this engine); views of anything else are made here.
    private readonly CheckedReport? _slots = check is not null && ReferenceEquals(check.Report, report) ? check : null;

    /// <summary>The kind the check found for <paramref name="entry"/> (no lookup by name), or null.</summary>
    public SubjectKind? CheckedKind(in Entry entry) => Checked(entry.Index, entry.Owner, out _, out _);

    /// <summary>The observed (original) view of <paramref name="entry"/>.</summary>
    public AttributeView ObservedView(in Entry entry, SubjectKind kind) => new(ObservedSlots(entry, kind), Date);

    /// <summary>The observed (original) values of <paramref name="entry"/> in their slots.</summary>
    public object?[] ObservedSlots(in Entry entry, SubjectKind kind) => _slots?.Observed(entry.Index, entry.Owner, kind) ?? Slots(entry.Observed, kind);

    /// <summary>The reported (cited) view of <paramref name="entry"/>; null when the report does not mention it.</summary>
    public AttributeView? ReportedView(in Entry entry, SubjectKind kind) =>
        ReportedSlots(entry, kind) is { } slots ? new(slots, Date) : null;

    /// <summary>The reported (cited) values of <paramref name="entry"/> in their slots; null when the report does not mention it.</summary>
    public object?[]? ReportedSlots(in Entry entry, SubjectKind kind) =>
        entry.Reported is { } map ? _slots?.Reported(entry.Index, entry.Owner, kind) ?? Slots(map, kind) : null;

    /// <summary>The kind and slots the check made for the subject or document <paramref name="owner"/> at
    /// <paramref name="index"/>, if they are still its own (see <see cref="CheckedReport.TryGet"/>); else null.</summary>
    public SubjectKind? Checked(int index, object owner, out object?[]? observed, out object?[]? reported)
    {
        if (_slots is { } slots)
            return slots.TryGet(index, owner, out observed, out reported);
        (observed, reported) = (null, null);
        return null;
    }

    /// <summary>The subject or document at <paramref name="index"/> as the engine walks the report (subjects, then documents).</summary>
    public Entry EntryAt(int index)
    {
        var report = Report.Report;
        return index < report.Subjects.Count ? Entry.Of(report, index) : Entry.OfDocument(report, index - report.Subjects.Count);
    }

    /// <summary>The facts of every subject and document of <paramref name="report"/>, in report order.</summary>
    public static (ReportFact Report, List<SubjectFact> Subjects) Build(Report report, IReadOnlyDictionary<string, SubjectKind> kinds)
    {
        var builder = new FactBuilder(report);
        var subjects = new List<SubjectFact>(report.Subjects.Count + report.Documents.Count);
        for (var i = 0; i < report.Subjects.Count; i++)
            subjects.Add(builder.Fact(Entry.Of(report, i), kinds[report.Subjects[i].Kind], new SubjectFact()));
        for (var i = 0; i < report.Documents.Count; i++)
            subjects.Add(builder.Fact(Entry.OfDocument(report, i), kinds[report.Documents[i].Kind], new SubjectFact()));
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
        fact.Observed = observed ?? ObservedView(entry, kind);
        if (reported is not null)
            fact.Reported = reported;
        else if (entry.Reported is not null)
        {
            var copy = entry;
            fact.ReportedFrom(() => ReportedView(copy, kind)!);
        }
        fact.ControlsApprovedByRegulator = entry.ControlsApproved;
        fact.SilenceAssumed = entry.Reported is null && entry.InReport != false && !Report.Report.IsInspection;
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

    public static AttributeView View(IReadOnlyDictionary<string, object> values, SubjectKind kind, DateTime date) => new(Slots(values, kind), date);

    private static object?[] Slots(IReadOnlyDictionary<string, object> values, SubjectKind kind)
    {
        var slots = new object?[kind.Attributes.Length];
        var next = 0;
        // Checked reports hold plain dictionaries or the reader's maps, whose slots the check made already (see
        // CheckedReport): enumerate the dictionaries without the interface's boxed enumerator.
        if (values is Dictionary<string, object> plain)
        {
            foreach (var (name, value) in plain)
                slots[kind.Find(name, ref next)!.Slot] = CheckedReport.AsRead(value);
        }
        else
        {
            foreach (var (name, value) in values)
                slots[kind.Find(name, ref next)!.Slot] = CheckedReport.AsRead(value);
        }
        return slots;
    }

    /// <summary>A subject or a cited document, as the engine sees both; <c>Index</c> is its place as the engine
    /// walks a report (subjects, then documents); <c>Owner</c> is the subject or document itself.</summary>
    internal readonly record struct Entry(int Index, string Id, string Kind, string? Name, bool IsDocument,
        IReadOnlyDictionary<string, object> Observed, IReadOnlyDictionary<string, object>? Reported, bool? ControlsApproved, bool? InReport, object Owner)
    {
        /// <summary>Subject <paramref name="i"/> of <paramref name="report"/>.</summary>
        public static Entry Of(Report report, int i)
        {
            var s = report.Subjects[i];
            return new(i, s.Id, s.Kind, s.Name, false, s.Observed, s.Reported, s.ControlsApprovedByRegulator, s.InReport, s);
        }

        /// <summary>Document <paramref name="i"/> of <paramref name="report"/>.</summary>
        public static Entry OfDocument(Report report, int i)
        {
            var d = report.Documents[i];
            return new(report.Subjects.Count + i, d.Id, d.Kind, d.Name, true, d.Original, d.Cited, null, d.InReport, d);
        }
    }
}
