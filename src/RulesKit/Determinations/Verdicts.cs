using System.Globalization;
using RulesKit.Catalogs;
using RulesKit.Compilation;
using RulesKit.Conditions;

namespace RulesKit.Determinations;

/// <summary>Layer 3: criterion matches of one determination list become the report's verdict under it.</summary>
internal static class Verdicts
{
    // Results are immutable, so the common case — no nonconformity counts for a list — is one shared
    // object per catalog instead of a fresh tree per report (most reports in a batch are clean).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Catalog, Determination> Clean = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Criterion, CriterionResult> Unmatched = new();

    public static Determination Decide(Catalog catalog, IReadOnlyList<CriterionMatch> matches)
    {
        if (matches.Count == 0)
            return Clean.GetValue(catalog, c => Build(c, []));
        return Build(catalog, matches);
    }

    private static Determination Build(Catalog catalog, IReadOnlyList<CriterionMatch> matches)
    {
        var results = new List<CriterionResult>();
        foreach (var criterion in catalog.Criteria)
        {
            if (!matches.Any(m => m.Criterion == criterion))
            {
                results.Add(Unmatched.GetValue(criterion, c => Result(c, [])));
                continue;
            }
            var own = matches.Where(m => m.Criterion == criterion)
                .OrderByDescending(m => m.Outcome)
                .ThenByDescending(m => m.Nonconformity.Item.Verified) // verified grounds first
                .ThenBy(m => m.Nonconformity.Item.Catalog.Id, StringComparer.Ordinal)
                .ThenBy(m => m.Nonconformity.Item.Id, StringComparer.Ordinal)
                .ThenBy(m => m.Nonconformity.Subject.Source.Id, StringComparer.Ordinal)
                .Select(m => new CriterionMatchRecord(Record(m.Nonconformity), m.Elements, m.Outcome))
                .ToList();
            results.Add(Result(criterion, own));
        }

        var verdict = results.Where(r => r.Outcome == CriterionOutcome.Met)
            .Select(r => catalog.Classes.First(c => c.Id == r.Class))
            .OrderByDescending(c => c.Severity)
            .FirstOrDefault();

        var findings = matches
            .SelectMany(m => m.Elements.Where(e => e.Reason == "attribution.enterprise-falsified")
                .Select(e => new EnterpriseFinding(m.Nonconformity.Subject.Source.Id, e.EvidenceIds)))
            .DistinctBy(f => (f.SubjectId, string.Join(",", f.EvidenceIds)))
            .OrderBy(f => f.SubjectId, StringComparer.Ordinal)
            .ToList();

        return new Determination
        {
            Catalog = catalog.ShortReference,
            Title = catalog.Title,
            Document = catalog.Document,
            Verdict = verdict?.Id,
            VerdictName = verdict?.Name ?? "未认定",
            VerdictNameEn = verdict?.NameEn ?? "not determined",
            Met = results.Where(r => r.Outcome == CriterionOutcome.Met).Select(r => r.Number).ToList(),
            Suspected = results.Where(r => r.Outcome == CriterionOutcome.Suspected).Select(r => r.Number).ToList(),
            Criteria = results,
            EnterpriseFindings = findings,
        };
    }

    private static CriterionResult Result(Criterion criterion, List<CriterionMatchRecord> matches) => new()
    {
        Id = criterion.Id,
        Number = criterion.Number,
        Text = criterion.Text,
        Citation = criterion.Citation,
        Class = criterion.Class,
        Requires = criterion.Requires.Select(r => r.ToString().ToLowerInvariant()).ToList(),
        Reading = criterion.Reading,
        Outcome = matches.Count == 0 ? CriterionOutcome.NotMet : matches.Max(m => m.Outcome),
        Matches = matches,
    };

    public static NonconformityRecord Record(Nonconformity n) => n.Record ??= Build(n);

    private static NonconformityRecord Build(Nonconformity n)
    {
        var item = n.Item;
        var subject = n.Subject;
        return new NonconformityRecord
        {
            Catalog = item.Catalog.ShortReference,
            Document = item.Catalog.Document,
            ItemId = item.Id,
            Clause = item.Clause,
            ClauseText = item.Text,
            Verified = item.Verified,
            Veto = item.Veto,
            Categories = item.Categories,
            SafetyCode = item.SafetyCode,
            SubjectId = subject.Source.Id,
            SubjectKind = subject.Kind,
            SubjectName = subject.Source.Name,
            Condition = item.Condition?.Text
                ?? (item.Compare!.Attribute is { } a ? $"compare {a} (tolerance {Format(item.Compare.Tolerance)})" : "compare presence"),
            Observed = Values(item, subject.Observed),
            Reported = subject.Reported is null ? null : Values(item, subject.Reported),
            Threshold = item.ThresholdValue is { } t ? $"{t.Text} = {Format(SafeEvaluate(t, subject.Observed))}" : null,
            Disclosure = n.Disclosure,
            Evidence = subject.Evidence.Select(e => new EvidenceReference(e.Id, e.Source, e.Description, e.Falsified, e.AgencyAware)).ToList(),
        };
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

    private static List<KeyValuePair<string, string>> Values(StandardItem item, AttributeView view) =>
        item.Shown.Select(s => new KeyValuePair<string, string>(s.Name, Format(view.Values[s.Slot]))).ToList();

    public static string Format(object? value) => value switch
    {
        null => "—",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
