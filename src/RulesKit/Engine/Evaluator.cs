using System.Collections.Concurrent;
using NRules.Extensibility;
using RulesKit.Engine.Compilation;
using RulesKit.Engine.Facts;
using RulesKit.Reports;
using RulesKit.Law;

namespace RulesKit.Engine;

/// <summary>
/// Runs checked reports through the NRules rules of the catalogs in force on their date, for their industry.
/// One rule set is compiled per combination of catalogs in force and cached; sessions are pooled per rule set and
/// network (each kind's item rules, the criterion rules).
/// Safe to share between threads.
/// </summary>
internal sealed class Evaluator(CompiledCatalogs catalogs, IExpressionCompiler? expressionCompiler)
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledRuleSet>> _ruleSets = new(StringComparer.Ordinal);

    // The catalogs in force change only on the days some catalog comes into or goes out of force: between two such
    // days every report of an industry gets the same rule set, found once per industry and period (finding it scans
    // every catalog and keys the combination by its hashes). A report finds its period by a binary search of the days.
    private readonly int[] _changes = [.. catalogs.Set.Catalogs.SelectMany(c => new[] { c.EffectiveFrom, c.EffectiveTo }).OfType<DateOnly>()
        .Select(d => d.DayNumber).Distinct().Order()];
    private readonly ConcurrentDictionary<string, CompiledRuleSet?[]> _byPeriod = new(StringComparer.Ordinal);

    public CompiledCatalogs Catalogs { get; } = catalogs;

    /// <summary>Insert only the subjects some item rule can match (true); false inserts every subject, as before
    /// the screen existed, so that a test can show both give the same results.</summary>
    public bool ScreenSubjects { get; set; } = true;

    /// <summary>Rule sets compiled so far.</summary>
    public int RuleSetCount => _ruleSets.Count;

    public CompiledRuleSet RuleSetFor(string industry, DateOnly date)
    {
        if (!_byPeriod.TryGetValue(industry, out var periods))
            periods = _byPeriod.GetOrAdd(industry, _ => new CompiledRuleSet?[_changes.Length + 1]);
        // Period i runs from change i - 1 (inclusive: a catalog is in force from its first day) to change i
        // (exclusive: and no longer on its last), so it is the number of changes on or before the date.
        var found = Array.BinarySearch(_changes, date.DayNumber);
        var period = found >= 0 ? found + 1 : ~found;
        // Two threads may both compile a period's rule set: Compile hands both the same one.
        return periods[period] ??= Compile(industry, date);
    }

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
            Consider(i, report.Subjects[i]);
        for (var i = 0; i < report.Documents.Count; i++)
            Consider(report.Subjects.Count + i, report.Documents[i]);
        return candidates ?? (IReadOnlyList<SubjectFact>)[];

        void Consider(int index, object owner)
        {
            // The check's kind and slots when they are still this subject's: the subject object itself is read only
            // if it becomes a candidate. Over a large batch held in memory that read was a cache miss a subject, a
            // third of the screen's time (perf, the generated mix).
            var kind = screens.Of(facts.Checked(index, owner, out var observed, out var reportedSlots));
            if (kind is null || observed is null)
            {
                var entry = facts.EntryAt(index);
                kind = screens.For(facts.CheckedKind(entry), entry.Kind);
                if (screen && kind.Items.Length == 0)
                    return;
                observed = facts.ObservedSlots(entry, kind.Kind);
                reportedSlots = facts.ReportedSlots(entry, kind.Kind);
            }
            else if (screen && kind.Items.Length == 0)
                return;
            view.Reuse(observed, facts.Date);
            if (!screen || kind.CanFire(view, reportedSlots))
                (candidates ??= []).Add(facts.Fact(facts.EntryAt(index), kind.Kind, new SubjectFact(), new AttributeView(observed, facts.Date),
                    reportedSlots is null ? null : new AttributeView(reportedSlots, facts.Date)));
        }
    }

    // The screen's view, pointed at each subject in turn (see AttributeView.Reuse): most subjects are screened
    // out, and a view allocated for each of them was a third of what a clean report allocated.
    [ThreadStatic]
    private static AttributeView? t_screenView;

    /// <summary>
    /// The two layers: the item rules fire on the candidates (each kind's in a session of its own, see
    /// <see cref="CompiledRuleSet.Sessions"/>) and raise nonconformities on their reports, then the criterion rules
    /// judge those, inserted in one batch into a session of their own (see RuleActions.RaiseNonconformity).
    /// <paramref name="reports"/> are the candidates' reports (several when they share the sessions, see
    /// <see cref="RunAll"/>). The sessions are rented here and returned emptied; one that throws is dropped with the
    /// others of the decision. Returns the nonconformities in firing order, report by report.
    /// </summary>
    internal static IReadOnlyList<NonconformityFact> Decide(CompiledRuleSet ruleSet, IReadOnlyList<SubjectFact> candidates, IReadOnlyList<ReportFact> reports)
    {
        // Most decisions use one kind's session and the criteria's: a list searched by reference is enough.
        var used = new List<(SessionPool Pool, PooledSession Session, List<object> Facts)>(2);
        foreach (var candidate in candidates)
        {
            // A subject of a kind no item of the rule set reads (only when the screen is off) could match nothing.
            if (ruleSet.ItemSessions(candidate.Kind) is { } pool)
                used[IndexOf(pool)].Facts.Add(candidate);
        }
        // The sessions are those of the candidates' kinds so far, in the order first met.
        for (var i = 0; i < used.Count; i++)
        {
            used[i].Session.Session.InsertAll(used[i].Facts);
            used[i].Session.Session.Fire();
        }
        IReadOnlyList<NonconformityFact> raised;
        if (reports.Count == 1)
            raised = reports[0].Raised;
        else
        {
            var all = new List<NonconformityFact>();
            foreach (var report in reports)
                all.AddRange(report.Raised);
            raised = all;
        }
        // A finding the facts leave open is matched against the criteria outside the session (RuleActions.MatchOpen,
        // the rules' own calls): a report that records only what was checked has dozens, and through the session
        // each cost its insert, agenda and retract — about 8 µs where the calls take a fraction of it.
        List<NonconformityFact>? decided = null;
        foreach (var n in raised)
        {
            if (n.Undecided)
                RuleActions.MatchOpen(n, ruleSet.Criteria);
            else
                (decided ??= []).Add(n);
        }
        if (decided is not null)
        {
            var (_, session, facts) = used[IndexOf(ruleSet.CriterionSessions)];
            facts.AddRange(decided);
            session.Session.InsertAll(decided);
            session.Session.Fire();
        }
        foreach (var (pool, session, facts) in used)
            pool.Return(session, facts);
        return raised;

        int IndexOf(SessionPool pool)
        {
            for (var i = 0; i < used.Count; i++)
                if (ReferenceEquals(used[i].Pool, pool))
                    return i;
            used.Add((pool, pool.Rent(), []));
            return used.Count - 1;
        }
    }

    /// <summary>Decides one report; <paramref name="check"/> is its check's slots, when the caller keeps them.</summary>
    public EngineOutcome Run(Report report, DateOnly date, CheckedReport? check = null)
    {
        var ruleSet = RuleSetFor(report.Industry, date);
        var facts = new FactBuilder(report, check);
        var candidates = Candidates(ruleSet, facts);

        // A report with no candidate needs no session at all (nothing could fire). A session that throws
        // half-way is simply not returned to the pool.
        if (candidates.Count > 0)
            Decide(ruleSet, candidates, [facts.Report]);
        return Outcome(facts.Report, date, ruleSet);
    }

    /// <summary>Most reports a session decides at once (<see cref="RunAll"/>): past this the session's memories
    /// grow enough to cost more than the batches save (measured: 16 a session beat 4 and 64).</summary>
    internal const int ReportsPerSession = 16;

    /// <summary>
    /// Decides <paramref name="reports"/> (checked) as <see cref="Run"/> decides each, but the reports of one rule set
    /// that reach a session share the sessions, up to <see cref="ReportsPerSession"/> at a time: NRules' cost per inserted or
    /// retracted batch (every type node of the network, whatever the batch's size) is paid once for them. Sound
    /// because every rule has one pattern and writes to its own fact's report (<see cref="RuleSetCompiler.OnePatternEach"/>).
    /// If a shared session throws, each of its reports is decided again alone, so that only the one that fails
    /// fails. <paramref name="finish"/> turns an outcome into its result as soon as it is known (a clean report's
    /// right after its screen, while its data is still in the cache). Returns one result or one exception per
    /// report, in order.
    /// </summary>
    public (T? Result, Exception? Error)[] RunAll<T>(IReadOnlyList<CheckedReport> reports, DateOnly? asOf, Func<EngineOutcome, T> finish)
        where T : class
    {
        var results = new (T?, Exception?)[reports.Count];
        var waiting = new Dictionary<CompiledRuleSet, List<(int Index, DateOnly Date, FactBuilder Facts, IReadOnlyList<SubjectFact> Candidates)>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < reports.Count; i++)
        {
            try
            {
                var report = reports[i].Report;
                var date = asOf ?? report.EvaluationDate;
                var ruleSet = RuleSetFor(report.Industry, date);
                var facts = new FactBuilder(report, reports[i]);
                var candidates = Candidates(ruleSet, facts);
                if (candidates.Count == 0)
                    results[i] = (finish(Outcome(facts.Report, date, ruleSet)), null);
                else
                {
                    if (!waiting.TryGetValue(ruleSet, out var group))
                        waiting[ruleSet] = group = [];
                    group.Add((i, date, facts, candidates));
                    if (group.Count == ReportsPerSession)
                        DecideTogether(ruleSet, group);
                }
            }
            catch (Exception e)
            {
                results[i] = (null, e);
            }
        }
        foreach (var (ruleSet, group) in waiting)
            DecideTogether(ruleSet, group);
        return results;

        void DecideTogether(CompiledRuleSet ruleSet, List<(int Index, DateOnly Date, FactBuilder Facts, IReadOnlyList<SubjectFact> Candidates)> group)
        {
            if (group.Count == 0)
                return;
            var candidates = new List<SubjectFact>();
            var decidedFor = new List<ReportFact>(group.Count);
            foreach (var member in group)
            {
                candidates.AddRange(member.Candidates);
                decidedFor.Add(member.Facts.Report);
            }
            IReadOnlyList<NonconformityFact>? raised;
            try
            {
                raised = Decide(ruleSet, candidates, decidedFor);
            }
            catch (Exception)
            {
                raised = null; // the sessions are dropped, not returned; the facts they made are dropped with them
            }
            foreach (var member in group)
                results[member.Index] = raised is not null ? Finish(Outcome(member.Facts.Report, member.Date, ruleSet)) : Alone(member.Index, member.Date);
            group.Clear();
        }

        (T?, Exception?) Alone(int index, DateOnly date)
        {
            try
            {
                return (finish(Run(reports[index].Report, date, reports[index])), null);
            }
            catch (Exception e)
            {
                return (null, e);
            }
        }

        (T?, Exception?) Finish(EngineOutcome outcome)
        {
            try
            {
                return (finish(outcome), null);
            }
            catch (Exception e)
            {
                return (null, e);
            }
        }
    }

    // What the session decided for one report, in the order results are built from: nonconformities by catalog,
    // item and subject; failed conditions by item and subject. Empty arrays for the clean reports that never
    // reach a session.
    private static EngineOutcome Outcome(ReportFact report, DateOnly date, CompiledRuleSet ruleSet)
    {
        var raised = report.Raised;
        var issues = report.Issues;
        return new EngineOutcome
        {
            Report = report.Report,
            AsOf = date,
            RuleSet = ruleSet,
            Nonconformities = raised.Count == 0 ? [] : raised.OrderBy(n => n.Item.Catalog.Id, StringComparer.Ordinal)
                .ThenBy(n => n.Item.Item.Id, StringComparer.Ordinal)
                .ThenBy(n => n.Subject.Id, StringComparer.Ordinal)
                .ToList(),
            Lists = report.Matches,
            Issues = issues.Count == 0 ? [] : issues.OrderBy(i => i.Item, StringComparer.Ordinal).ThenBy(i => i.Subject, StringComparer.Ordinal).ToList(),
        };
    }
}
