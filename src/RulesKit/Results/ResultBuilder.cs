using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using RulesKit.Catalogs;
using RulesKit.Determinations;
using RulesKit.Engine;
using RulesKit.Engine.Compilation;
using RulesKit.Engine.Conditions;
using RulesKit.Engine.Facts;
using RulesKit.Law;
using RulesKit.Reports;

namespace RulesKit.Results;

/// <summary>
/// Layer 3 and the public view of it: what a session found becomes the report's determination under each
/// list (the most severe class met), with every criterion's outcome — including the criteria that do not
/// apply and those no standard in force feeds — and the warnings that say what could not be looked at.
/// </summary>
internal sealed class ResultBuilder(CatalogSet catalogs)
{
    // Results are immutable, so what is the same for every clean report of a kind — a criterion nothing
    // matched, a list nothing counted for — is built once and shared.
    private readonly ConcurrentDictionary<(Criterion, CriterionOutcome), CriterionResult> _emptyCriteria = new();
    private readonly ConcurrentDictionary<(CompiledRuleSet, Catalog, string, string, string, int), Determination> _cleanLists = new();

    // The industries' and parties' Chinese titles, looked up once per evaluation (for the case file's header).
    private readonly FrozenDictionary<string, string> _industryTitles = catalogs.Vocabulary.Industries.Concat(catalogs.Vocabulary.Parties)
        .DistinctBy(t => t.Key).ToFrozenDictionary(t => t.Key, t => t.Title, StringComparer.Ordinal);

    // A clean report (nothing found, no condition failed) of a rule set, industry, type and purpose has the same
    // determinations and catalog list as any other: built once, then only the header and the warnings differ (a
    // warning names the report and may depend on the date: a known gap covers a period). A fifth of the generated
    // mix's clean reports warn (known gaps), and they were built in full every time.
    private readonly ConcurrentDictionary<(CompiledRuleSet, string, string, string, int), CleanShape> _cleanReports = new();

    private sealed record CleanShape(ImmutableArray<Determination> Determinations, ImmutableArray<CatalogReference> Catalogs, bool Complete, bool Warns);

    /// <summary>
    /// The evaluation of one session. <paramref name="unfed"/> names categories whose facts could not be
    /// supplied for this record (an inspection's unevaluated reports): criteria counting only them are
    /// "cannot be decided", and <paramref name="extra"/> says why.
    /// </summary>
    public ReportEvaluation Build(EngineOutcome outcome, IReadOnlySet<string>? unfed = null, IEnumerable<Diagnostic>? extra = null)
    {
        var report = outcome.Report;
        if (outcome.Nonconformities.Count == 0 && outcome.Issues.Count == 0 && unfed is null && extra is null)
        {
            // A static factory with its argument: a lambda capturing the outcome would allocate its closure on
            // every call, clean or not.
            var shape = _cleanReports.GetOrAdd((outcome.RuleSet, report.Industry, report.ReportType, report.Purpose, ApplicabilityKey(outcome.RuleSet, report)), static (_, state) =>
            {
                var full = state.Builder.BuildFull(state.Outcome, null, null);
                return new CleanShape(full.Determinations, full.Catalogs, full.Complete, !full.Diagnostics.IsEmpty);
            }, (Builder: this, Outcome: outcome));
            List<Diagnostic>? warnings = null;
            if (shape.Warns)
                Warn(warnings = [], Source(report), outcome, shape.Determinations, null);
            if (SilenceAssumed(report))
                Silences(warnings ??= [], Source(report), report);
            return Evaluation(outcome, shape.Complete, shape.Catalogs, [], shape.Determinations, warnings is null ? [] : [.. warnings]);
        }
        return BuildFull(outcome, unfed, extra);
    }

    private ReportEvaluation BuildFull(EngineOutcome outcome, IReadOnlySet<string>? unfed, IEnumerable<Diagnostic>? extra)
    {
        var report = outcome.Report;
        var records = new Dictionary<NonconformityFact, Nonconformity>(ReferenceEqualityComparer.Instance);
        Nonconformity Record(NonconformityFact n) => records.TryGetValue(n, out var r) ? r : records[n] = BuildNonconformity(n);

        var lists = outcome.RuleSet.Lists;
        var determinations = ImmutableArray.CreateBuilder<Determination>(lists.Count);
        foreach (var list in lists)
        {
            var matches = outcome.Lists.TryGetValue(list, out var m) ? m : [];
            var applicability = Verdicts.Applicability(list, report);
            determinations.Add(matches.Count == 0 && unfed is null
                ? _cleanLists.GetOrAdd((outcome.RuleSet, list, report.Industry, report.ReportType, report.Purpose, (int)applicability + (report.IssuedOn is null ? 0 : 8)),
                    _ => BuildDetermination(list, [], outcome, Record, null, applicability))
                : BuildDetermination(list, matches, outcome, Record, unfed, applicability));
        }
        var built = determinations.MoveToImmutable();

        var diagnostics = new List<Diagnostic>(extra ?? []);
        var source = Source(report);
        Warn(diagnostics, source, outcome, built, unfed);
        Silences(diagnostics, source, report);
        foreach (var (item, subject, message) in outcome.Issues)
            diagnostics.Add(Messages.ConditionFailed.At(source, 0, 0, item, subject, message));
        foreach (var n in outcome.Nonconformities.Where(n => n.Item.Item.Confidence == Confidence.Draft && !n.Undecided))
            diagnostics.Add(Messages.DraftFinding.At(source, 0, 0, n.Item.Name, n.Subject.Id));
        // A breach the report states yet concludes favourably despite: no list counts it, and silence would hide it.
        if (!report.IsInspection && report.Conclusion.Favourable)
            foreach (var n in outcome.Nonconformities.Where(n => !n.Undecided && n.Disclosure == Disclosure.Disclosed && n.Item.Item.Veto && n.Item.Item.Confidence != Confidence.Draft))
                diagnostics.Add(Messages.DisclosedVetoFavourable.At(source, 0, 0, n.Item.Name, n.Subject.Id, report.Conclusion.Text));

        var complete = lists.Count > 0 && built.All(d => d.Complete) && !diagnostics.Any(d => d.Code == Messages.NoStandardInForce.Code || d.Code == Messages.ReportNotEvaluated.Code);
        return Evaluation(outcome, complete, [.. outcome.RuleSet.FullReferences], [.. outcome.Nonconformities.Where(n => !n.Undecided).Select(Record)], built, [.. diagnostics],
            [.. outcome.Nonconformities.Where(n => n.Undecided).Select(Record)]);
    }

    // The report's header with what was found for it.
    private ReportEvaluation Evaluation(EngineOutcome outcome, bool complete, ImmutableArray<CatalogReference> references,
        ImmutableArray<Nonconformity> nonconformities, ImmutableArray<Determination> determinations, ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<Nonconformity> undecided = default) => new()
    {
        ReportId = outcome.Report.Id,
        ReportTitle = outcome.Report.Title,
        Record = outcome.Report.IsInspection ? null : CaseRecord.Of(outcome.Report),
        AsOf = outcome.AsOf,
        Industry = outcome.Report.Industry,
        IndustryTitle = IndustryTitle(outcome.Report.Industry),
        Party = outcome.Report.IsInspection ? outcome.Report.Industry : null,
        Complete = complete,
        Catalogs = references,
        Nonconformities = nonconformities,
        Undecided = undecided.IsDefault ? [] : undecided,
        Determinations = determinations,
        Diagnostics = diagnostics,
        MajorHazards = InventoryFacts.Identify(outcome.Report, catalogs),
    };

    private static string Source(Report report) => report.Source ?? $"report {report.Id}";

    // What of a clean report's shape depends on more than its rule set, industry, type and purpose: whether each list
    // governs it (three bits a list), and whether the act's day is its issue day (the legal basis's edition).
    private static int ApplicabilityKey(CompiledRuleSet ruleSet, Report report)
    {
        var key = report.IssuedOn is null ? 0 : 1;
        foreach (var list in ruleSet.Lists)
            key = key * 8 + (int)Verdicts.Applicability(list, report);
        return key;
    }

    // Whether some subject or document has neither a reported view nor "not in the report" (RK5009); loops, not LINQ:
    // every clean report asks.
    private static bool SilenceAssumed(Report report)
    {
        if (report.IsInspection)
            return false;
        foreach (var s in report.Subjects)
            if (s.Reported is null && s.InReport != false)
                return true;
        foreach (var d in report.Documents)
            if (d.Cited is null && d.InReport != false)
                return true;
        return false;
    }

    private static void Silences(List<Diagnostic> diagnostics, string source, Report report)
    {
        if (report.IsInspection)
            return;
        // By id: the warnings do not depend on the order the subjects are written in.
        foreach (var s in report.Subjects.Where(s => s.Reported is null && s.InReport != false).OrderBy(s => s.Id, StringComparer.Ordinal))
            diagnostics.Add(Messages.SilenceAssumed.At(source, 0, 0, $"subjects[{s.Id}]"));
        foreach (var d in report.Documents.Where(d => d.Cited is null && d.InReport != false).OrderBy(d => d.Id, StringComparer.Ordinal))
            diagnostics.Add(Messages.SilenceAssumed.At(source, 0, 0, $"documents[{d.Id}]"));
    }

    // The warnings that say what could not be looked at: no list or no standard in force on the date, and every
    // criterion that cannot be decided — facts not recorded that could meet it, a known gap covering the date, or no
    // standard in force feeding it.
    private void Warn(List<Diagnostic> diagnostics, string source, EngineOutcome outcome, ImmutableArray<Determination> determinations, IReadOnlySet<string>? unfed)
    {
        var report = outcome.Report;
        if (outcome.RuleSet.Lists.Count == 0)
            diagnostics.Add(Messages.NoListInForce.At(source, 0, 0, outcome.AsOf, report.Industry));
        if (!outcome.RuleSet.HasIndustryStandard)
            diagnostics.Add(Messages.NoStandardInForce.At(source, 0, 0, outcome.AsOf, report.Industry));
        var lists = outcome.RuleSet.Lists;
        for (var i = 0; i < determinations.Length; i++)
        {
            var list = lists[i];
            foreach (var number in determinations[i].CannotDecide)
            {
                var criterion = list.Criteria.First(c => c.Number == number);
                if (unfed is not null && criterion.Categories.Any(unfed.Contains))
                    continue; // the missing report evaluations are already named
                var open = determinations[i].Criteria.First(c => c.Number == number).Matches.Where(m => m.Outcome == CriterionOutcome.CannotDecide).ToList();
                if (open.Count > 0)
                {
                    diagnostics.Add(Messages.FactsMissing.At(source, 0, 0, list.Id, number, MissingFacts(open.Select(m => m.Nonconformity))));
                    continue;
                }

                KnownGap? gap = null;
                foreach (var g in catalogs.KnownGaps) // a loop, not FirstOrDefault: its lambda's closure on every warning
                {
                    if (g.List == list.Id && g.Criterion == number && g.Industry == report.Industry && g.Covers(outcome.AsOf))
                    {
                        gap = g;
                        break;
                    }
                }
                diagnostics.Add(gap is not null
                    ? Messages.KnownGap.At(source, 0, 0, list.Id, number, gap.Reason)
                    : Messages.CriterionCannotBeDecided.At(source, 0, 0, list.Id, number, outcome.AsOf, report.Industry, criterion.Categories));
            }
        }
    }

    // "S1 (kind): a, b; S2 (kind): c" — the facts each open finding lacks, by subject, each fact once.
    internal static string MissingFacts(IEnumerable<Nonconformity> open) =>
        string.Join("; ", open.GroupBy(n => (n.SubjectId, n.SubjectKind)).OrderBy(g => g.Key.SubjectId, StringComparer.Ordinal)
            .Select(g => $"{g.Key.SubjectId} ({g.Key.SubjectKind}): {string.Join(", ", g.SelectMany(n => n.MissingFacts).Distinct())}"));

    private Determination BuildDetermination(Catalog list, IReadOnlyList<CriterionMatchFact> matches, EngineOutcome outcome, Func<NonconformityFact, Nonconformity> record,
        IReadOnlySet<string>? unfed, Applicability applicability)
    {
        var report = outcome.Report;
        var criteria = ImmutableArray.CreateBuilder<CriterionResult>(list.Criteria.Length);
        var outcomes = new CriterionOutcome[list.Criteria.Length];
        var classes = new string[list.Criteria.Length];
        var fed = outcome.RuleSet.FedCategories(report.Industry);
        // A list that does not govern the report judges none of its criteria: 不适用, not "not met".
        var governs = applicability is not (Applicability.OutOfScope or Applicability.OutsideCheckPeriod);
        for (var i = 0; i < list.Criteria.Length; i++)
        {
            var criterion = list.Criteria[i];
            if (!governs)
            {
                outcomes[i] = CriterionOutcome.NotApplicable;
                criteria.Add(Empty(criterion, CriterionOutcome.NotApplicable));
                continue;
            }
            var own = criterion.AppliesTo(report.Industry, report.ReportType) ? Own(criterion, matches, record) : [];
            var unfedHere = unfed is not null && criterion.Categories.Any(unfed.Contains);
            var (decided, couldBe) = Decided(own);
            outcomes[i] = Verdicts.ForReport(criterion, report, fed, decided, couldBe, unfedHere);
            classes[i] = outcomes[i] == CriterionOutcome.Met && !own.IsEmpty
                ? Verdicts.MetClass(list, criterion, own.Where(m => m.Outcome == CriterionOutcome.Met).Select(m => m.Nonconformity.Categories))
                : criterion.Class;
            criteria.Add(own.IsEmpty ? Empty(criterion, outcomes[i]) : Result(criterion, outcomes[i], own, classes[i]));
        }
        var results = criteria.MoveToImmutable();
        // Only a list that governs the report gives a verdict; one that may (a date or basis not recorded) gives none yet.
        var verdict = applicability == Applicability.Applies ? Verdicts.Verdict(list, outcomes, classes) : null;

        // Loops rather than LINQ chains: a report with findings builds this for every list in force.
        var met = ImmutableArray.CreateBuilder<int>();
        var suspected = ImmutableArray.CreateBuilder<int>();
        var cannot = ImmutableArray.CreateBuilder<int>();
        foreach (var r in results)
        {
            switch (r.Outcome)
            {
                case CriterionOutcome.Met:
                    met.Add(r.Number);
                    break;
                case CriterionOutcome.Suspected:
                    suspected.Add(r.Number);
                    break;
                case CriterionOutcome.CannotDecide:
                    cannot.Add(r.Number);
                    break;
            }
        }
        var cannotDecide = cannot.DrainToImmutable();
        return new Determination
        {
            List = list.Reference,
            Title = list.Title,
            Document = list.Document,
            Verdict = verdict?.Id,
            VerdictName = verdict?.Name ?? applicability switch
            {
                Applicability.Applies => report.IsInspection ? "未发现问题" : "未认定",
                Applicability.OutOfScope or Applicability.OutsideCheckPeriod => "不适用",
                _ => "无法判定是否适用",
            },
            VerdictNameEn = verdict?.NameEn ?? applicability switch
            {
                Applicability.Applies => report.IsInspection ? "nothing found" : "not determined",
                Applicability.OutOfScope or Applicability.OutsideCheckPeriod => "not applicable",
                _ => "whether the list applies cannot be said",
            },
            Complete = cannotDecide.IsEmpty && applicability is not (Applicability.ScopeUnknown or Applicability.CheckDateUnknown),
            Applicability = applicability,
            LegalBasis = [.. Verdicts.LegalBasisFor(list, report)],
            Met = met.DrainToImmutable(),
            Suspected = suspected.DrainToImmutable(),
            CannotDecide = cannotDecide,
            Scope = list.Scope is { } scope ? Scope(scope, report) : null,
            Criteria = results,
            EnterpriseFindings = EnterpriseFindings(matches),
        };
    }

    // The subjects on which the enterprise's falsified material misled the agency: one finding per subject and
    // evidence set (the first kept), by subject. Most matches have none: nothing is allocated for them.
    private static ImmutableArray<EnterpriseFinding> EnterpriseFindings(IReadOnlyList<CriterionMatchFact> matches)
    {
        List<EnterpriseFinding>? findings = null;
        HashSet<(string, string)>? seen = null;
        foreach (var m in matches)
            foreach (var e in m.Elements)
                if (e.Reason == ElementReason.EnterpriseFalsified && (seen ??= []).Add((m.Nonconformity.Subject.Id, string.Join(",", e.EvidenceIds))))
                    (findings ??= []).Add(new EnterpriseFinding(m.Nonconformity.Subject.Id, e.EvidenceIds));
        return findings is null ? [] : [.. findings.OrderBy(f => f.SubjectId, StringComparer.Ordinal)];
    }

    // The strongest decided match (the first: they are in order) and the most an undecided one could come to.
    private static (CriterionOutcome? Decided, CriterionOutcome? CouldBe) Decided(ImmutableArray<CriterionMatch> own)
    {
        CriterionOutcome? decided = null, couldBe = null;
        foreach (var m in own)
        {
            if (m.Outcome != CriterionOutcome.CannotDecide)
                decided ??= m.Outcome;
            else if (Verdicts.Best(m.Elements) is var best && (couldBe is null || Verdicts.Strength(best) > Verdicts.Strength(couldBe.Value)))
                couldBe = best;
        }
        return (decided, couldBe);
    }

    // A criterion's matches, strongest first (Verdicts.StrongestFirst). Most criteria of most reports have none, and are answered without sorting anything.
    private static ImmutableArray<CriterionMatch> Own(Criterion criterion, IReadOnlyList<CriterionMatchFact> matches, Func<NonconformityFact, Nonconformity> record)
    {
        List<CriterionMatchFact>? own = null;
        foreach (var m in matches)
            if (ReferenceEquals(m.Criterion.Criterion, criterion))
                (own ??= []).Add(m);
        if (own is null)
            return [];
        // Insertion sort: stable like the OrderBy it replaces, and a criterion has a handful of matches at most.
        for (var i = 1; i < own.Count; i++)
        {
            var m = own[i];
            var j = i - 1;
            for (; j >= 0 && Verdicts.StrongestFirst(own[j].Outcome, own[j].Nonconformity, m.Outcome, m.Nonconformity) > 0; j--)
                own[j + 1] = own[j];
            own[j + 1] = m;
        }
        var result = ImmutableArray.CreateBuilder<CriterionMatch>(own.Count);
        foreach (var m in own)
            result.Add(new CriterionMatch(record(m.Nonconformity), [.. m.Elements], m.Outcome));
        return result.MoveToImmutable();
    }

    private static ScopeResult Scope(ScopeDefinition scope, Report report)
    {
        var (rule, inside) = Verdicts.InScope(scope, report);
        return rule is null
            ? new ScopeResult(false, null, scope.Text, scope.Citation)
            : new ScopeResult(inside, rule.Id, rule.Text, scope.Citation);
    }

    private CriterionResult Empty(Criterion criterion, CriterionOutcome outcome) =>
        _emptyCriteria.GetOrAdd((criterion, outcome), key => Result(key.Item1, key.Item2, []));

    private static CriterionResult Result(Criterion criterion, CriterionOutcome outcome, ImmutableArray<CriterionMatch> matches, string? metClass = null) => new()
    {
        Id = criterion.Id,
        Number = criterion.Number,
        Text = criterion.Text,
        Citation = criterion.Citation,
        Confidence = criterion.Confidence,
        Class = metClass ?? criterion.Class,
        Requires = criterion.Requires,
        Reading = criterion.Reading,
        ReadingZh = criterion.ReadingZh,
        Outcome = outcome,
        Matches = matches,
    };

    // The industry's or party's Chinese title, for the case file's header.
    private string? IndustryTitle(string key) => _industryTitles.GetValueOrDefault(key);

    private Nonconformity BuildNonconformity(NonconformityFact n)
    {
        var item = n.Item.Item;
        var subject = n.Subject;
        var kind = catalogs.Kinds.GetValueOrDefault(subject.Kind);
        return new Nonconformity
        {
            Catalog = n.Item.Catalog.Reference,
            Document = n.Item.Catalog.Document,
            ItemId = item.Id,
            Clause = item.Clause,
            ClauseText = item.Text,
            Confidence = item.Confidence,
            Source = item.Source,
            Veto = item.Veto,
            Categories = item.Categories,
            SafetyCode = item.SafetyCode,
            SubjectId = subject.Id,
            SubjectKind = subject.Kind,
            SubjectKindTitle = kind?.Title,
            SubjectName = subject.Name,
            Condition = item.Test,
            Observed = Values(n.Item, subject.Observed, kind),
            Reported = subject.Reported is null ? null : Values(n.Item, subject.Reported, kind),
            Threshold = n.Item.Threshold is { } t ? $"{t.Text} = {Format(SafeEvaluate(t, subject.Observed))}" : null,
            Disclosure = n.Disclosure,
            Evidence = [.. subject.Evidence.Select(e => new EvidenceReference(e, AttributeTitle))],
            Undecided = n.Undecided,
            MissingFacts = [.. n.Missing],
            SilenceAssumed = subject.SilenceAssumed && subject.Reported is null,
        };

        // An evidence record may concern several subjects: a fact it shows is titled by this subject's kind, else by any kind that declares it.
        string? AttributeTitle(string name) =>
            kind?.Find(name)?.ShortTitle ?? catalogs.Kinds.Values.Select(k => k.Find(name)?.ShortTitle).FirstOrDefault(t => t is not null);
    }

    private static object? SafeEvaluate(CompiledValue value, AttributeView view)
    {
        try
        {
            return value.Evaluate(view);
        }
        catch (Exception e) when (e is ConditionRuntimeException or ArithmeticException)
        {
            return "error: " + e.Message;
        }
    }

    internal static ImmutableArray<ObservedValue> Values(CompiledItem item, AttributeView view, SubjectKind? kind) =>
        [.. item.Shown.Select(s => new ObservedValue(s.Name, Format(view.Values[s.Slot]), kind?.Find(s.Name)))];

    public static string Format(object? value) => value switch
    {
        null => "—",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
