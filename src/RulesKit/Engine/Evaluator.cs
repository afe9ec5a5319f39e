using System.Collections.Concurrent;
using NRules;
using NRules.Extensibility;
using RulesKit.Engine.Compilation;
using RulesKit.Engine.Conditions;
using RulesKit.Engine.Facts;
using RulesKit.Reports;

namespace RulesKit.Engine;

/// <summary>
/// Runs checked reports through the NRules rules of the catalogs in force on their date, for their industry.
/// One rule set is compiled per combination of catalogs in force and cached; sessions are pooled per rule set.
/// Safe to share between threads.
/// </summary>
internal sealed class Evaluator(CompiledCatalogs catalogs, IExpressionCompiler? expressionCompiler)
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledRuleSet>> _ruleSets = new(StringComparer.Ordinal);

    // The catalogs in force change only at version boundaries, but finding them means scanning every catalog
    // and keying the combination by its hashes: done once per industry and day, not per report.
    private readonly ConcurrentDictionary<(string Industry, DateOnly Date), CompiledRuleSet> _byDay = new();

    public CompiledCatalogs Catalogs { get; } = catalogs;

    /// <summary>Insert only the subjects some item rule can match (true); false inserts every subject, as before
    /// the screen existed, so that a test can show both give the same results.</summary>
    public bool ScreenSubjects { get; set; } = true;

    /// <summary>Rule sets compiled so far.</summary>
    public int RuleSetCount => _ruleSets.Count;

    public CompiledRuleSet RuleSetFor(string industry, DateOnly date) =>
        _byDay.TryGetValue((industry, date), out var known) ? known : _byDay[(industry, date)] = Compile(industry, date);

    private CompiledRuleSet Compile(string industry, DateOnly date)
    {
        var inForce = Catalogs.Set.InForce(industry, date);
        var key = string.Join("|", inForce.Select(c => c.Reference.Full));
        return _ruleSets.GetOrAdd(key, _ => new Lazy<CompiledRuleSet>(() => RuleSetCompiler.Compile(inForce, Catalogs, expressionCompiler))).Value;
    }

    /// <summary>
    /// The facts of the subjects some item rule of <paramref name="ruleSet"/> can match, in report order
    /// (subjects, then documents); with <see cref="ScreenSubjects"/> off, of every subject. A subject screened out
    /// costs its observed view at most: no fact, no reported view, no evidence, no insert and retract.
    /// </summary>
    public IReadOnlyList<SubjectFact> Candidates(CompiledRuleSet ruleSet, FactBuilder facts)
    {
        var report = facts.Report.Report;
        var screens = ruleSet.ScreensFor(report.Industry);
        var screen = ScreenSubjects;
        List<SubjectFact>? candidates = null; // most reports have none: no list for them
        var view = t_screenView ??= new AttributeView([], default);
        // Indexed, not foreach: the lists are read through IReadOnlyList, whose enumerator is boxed.
        for (var i = 0; i < report.Subjects.Count; i++)
            Consider(FactBuilder.Entry.Of(report, i));
        for (var i = 0; i < report.Documents.Count; i++)
            Consider(FactBuilder.Entry.OfDocument(report, i));
        return candidates ?? (IReadOnlyList<SubjectFact>)[];

        void Consider(in FactBuilder.Entry entry)
        {
            var kind = screens.For(facts.CheckedKind(entry), entry.Kind);
            if (screen && kind.Items.Length == 0)
                return;
            var observed = facts.ObservedSlots(entry, kind.Kind);
            view.Reuse(observed, facts.Date);
            AttributeView? reported = null;
            if (!screen || kind.CanFire(view, facts, entry, ref reported))
                (candidates ??= []).Add(facts.Fact(entry, kind.Kind, kind.New(), new AttributeView(observed, facts.Date), reported));
        }
    }

    // The screen's view, pointed at each subject in turn (see AttributeView.Reuse): most subjects are screened
    // out, and a view allocated for each of them was a third of what a clean report allocated.
    [ThreadStatic]
    private static AttributeView? t_screenView;

    /// <summary>
    /// The two layers on one session: the item rules fire on the candidates and raise nonconformities on the report,
    /// then the criterion rules judge those, inserted in one batch (see RuleActions.RaiseNonconformity). Returns
    /// the nonconformities in firing order; the caller returns the session with the facts to retract.
    /// </summary>
    internal static IReadOnlyList<NonconformityFact> Decide(ISession session, IReadOnlyList<SubjectFact> candidates, ReportFact report)
    {
        session.InsertAll(candidates);
        session.Fire();
        var raised = report.Raised;
        if (raised.Count > 0)
        {
            session.InsertAll(raised);
            session.Fire();
        }
        return raised;
    }

    public EngineOutcome Run(Report report, DateOnly date)
    {
        var ruleSet = RuleSetFor(report.Industry, date);
        var facts = new FactBuilder(report);
        var reportFact = facts.Report;
        var candidates = Candidates(ruleSet, facts);

        // A report with no candidate needs no session at all (nothing could fire). A session that throws
        // half-way is simply not returned to the pool.
        // Empty arrays, not lists, for the clean reports that never reach a session.
        IReadOnlyList<NonconformityFact> nonconformities = [];
        IReadOnlyList<(string Item, string Subject, string Message)> issues = [];
        if (candidates.Count > 0)
        {
            var pooled = ruleSet.Rent();
            var raised = Decide(pooled.Session, candidates, reportFact);
            nonconformities = raised.OrderBy(n => n.Item.Catalog.Id, StringComparer.Ordinal)
                .ThenBy(n => n.Item.Item.Id, StringComparer.Ordinal)
                .ThenBy(n => n.Subject.Id, StringComparer.Ordinal)
                .ToList();
            issues = pooled.Issues.OrderBy(i => i.Item, StringComparer.Ordinal).ThenBy(i => i.Subject, StringComparer.Ordinal).ToList();
            ruleSet.Return(pooled, candidates, raised);
        }

        return new EngineOutcome
        {
            Report = report,
            AsOf = date,
            RuleSet = ruleSet,
            Nonconformities = nonconformities,
            Lists = reportFact.Matches,
            Issues = issues,
        };
    }
}
