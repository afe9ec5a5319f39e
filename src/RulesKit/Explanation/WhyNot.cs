using System.Text;
using RulesKit.Catalogs;
using RulesKit.Conditions;
using RulesKit.Determinations;
using RulesKit.Facts;

namespace RulesKit.Explanation;

/// <summary>
/// "Why / why not": for one criterion, the element that decided each match or, without matches, which
/// items of its categories were tried on which subjects; for one item, its condition on every subject
/// of its kind, observed and reported.
/// </summary>
public static class WhyNot
{
    /// <summary>Explains criterion <paramref name="number"/> of every determination list in force (or of <paramref name="list"/> only).</summary>
    public static string Criterion(RulesKitEngine engine, Report report, int number, string? list = null, DateOnly? asOf = null)
    {
        var evaluation = engine.Evaluate(report, asOf);
        var w = new StringBuilder();
        var found = false;
        foreach (var d in evaluation.Determinations.Where(d => list is null || d.Catalog.StartsWith(list + "@", StringComparison.Ordinal)))
        {
            var criterion = d.Criteria.FirstOrDefault(c => c.Number == number);
            if (criterion is null)
                continue;
            found = true;
            w.AppendLine($"{d.Catalog} criterion {number}: {criterion.Outcome}");
            w.AppendLine($"  {criterion.Text}");
            w.AppendLine($"  requires: {string.Join(", ", criterion.Requires)}; reading: {criterion.Reading}");
            if (criterion.Matches.Count == 0)
            {
                var catalog = engine.Catalogs.All.Single(c => d.Catalog.StartsWith($"{c.Id}@{c.Version}#", StringComparison.Ordinal));
                var categories = catalog.Criteria.Single(c => c.Number == number).Categories;
                w.AppendLine($"  no nonconformity of its categories ({string.Join(", ", categories)}) was found.");
                var items = engine.Catalogs.InForce(report.Industry, evaluation.AsOf).SelectMany(c => c.Items).Where(i => i.Categories.Intersect(categories).Any()).ToList();
                var kinds = items.Select(i => i.Kind).Distinct().ToHashSet();
                var subjects = report.Subjects.Concat(report.Documents).Where(s => kinds.Contains(s.Kind)).ToList();
                w.AppendLine(subjects.Count == 0
                    ? $"  the report has no subject of the kinds these items read: {string.Join(", ", kinds.Order(StringComparer.Ordinal))}"
                    : $"  subjects of those kinds: {string.Join(", ", subjects.Select(s => $"{s.Id} ({s.Kind})"))}; see --item for each of: {string.Join(", ", items.Where(i => subjects.Any(s => s.Kind == i.Kind)).Select(i => i.Id))}");
                continue;
            }
            foreach (var match in criterion.Matches)
            {
                var n = match.Nonconformity;
                w.AppendLine($"  {match.Outcome}: {n.Catalog}/{n.ItemId} on {n.SubjectId} ({n.Disclosure})");
                foreach (var e in match.Elements)
                    w.AppendLine($"    {e.Element}: {e.State} — {e.Reason}{(e.EvidenceIds.Count > 0 ? " (" + string.Join(", ", e.EvidenceIds) + ")" : "")}");
            }
        }
        if (!found)
            throw new RulesKitInputException([new Diagnostic(report.SourceName ?? report.Id, 0, 0,
                $"no determination list in force on {evaluation.AsOf:yyyy-MM-dd} has a criterion {number}{(list is null ? "" : " in " + list)}")]);
        return w.ToString();
    }

    /// <summary>Explains item <paramref name="itemId"/> (optionally <c>catalog/item</c>) on every subject of its kind.</summary>
    public static string Item(RulesKitEngine engine, Report report, string itemId, DateOnly? asOf = null)
    {
        var date = asOf ?? report.EvaluationDate;
        var slash = itemId.IndexOf('/');
        var (catalogId, id) = slash < 0 ? (null, itemId) : (itemId[..slash], itemId[(slash + 1)..]);
        var all = engine.Catalogs.All.SelectMany(c => c.Items).Where(i => i.Id == id && (catalogId is null || i.Catalog.Id == catalogId)).ToList();
        if (all.Count == 0)
            throw new RulesKitInputException([new Diagnostic(report.SourceName ?? report.Id, 0, 0, $"no loaded catalog has an item '{itemId}'")]);
        var (_, facts) = FactBuilder.Build(report, engine.Catalogs.Kinds);
        var w = new StringBuilder();
        foreach (var item in all)
        {
            var inForce = item.Catalog.AppliesTo(report.Industry) && item.Catalog.InForceOn(date);
            w.AppendLine($"{item.Catalog.Reference}/{item.Id} ({item.Catalog.Document} {item.Clause}){(item.Verified ? "" : " [unverified]")}{(item.Veto ? " [veto]" : "")}");
            w.AppendLine($"  {item.Text}");
            if (!inForce)
            {
                w.AppendLine($"  not applied: the catalog is {(item.Catalog.AppliesTo(report.Industry) ? "not in force on " + date.ToString("yyyy-MM-dd") : "not for industry " + report.Industry)}");
                continue;
            }
            var subjects = facts.Where(f => f.Kind == item.Kind).ToList();
            w.AppendLine($"  condition: {item.Condition?.Text ?? (item.Compare!.Attribute is { } a ? "compare " + a : "compare presence")}");
            if (subjects.Count == 0)
                w.AppendLine($"  no subject of kind '{item.Kind}' in the report");
            foreach (var s in subjects)
                w.AppendLine($"  {s.Source.Id}: observed {Verdict(item, s.Observed, s)}; reported {(s.Reported is null ? "— (subject absent)" : Verdict(item, s.Reported, s))}");
        }
        return w.ToString();
    }

    private static string Verdict(StandardItem item, AttributeView view, Compilation.SubjectFact subject)
    {
        if (item.Condition is not { } condition)
            return item.Compare!.Attribute is null ? "present" : Verdicts.Format(view.Values[item.CompareSlot]);
        var missing = condition.Reads.Where(r => view.Values[r.Slot] is null).Select(r => r.Name).ToList();
        var values = string.Join(", ", condition.Reads.Select(r => $"{r.Name}={Verdicts.Format(view.Values[r.Slot])}"));
        if (missing.Count > 0)
            return $"unknown (missing {string.Join(", ", missing)}) [{values}]";
        try
        {
            return (condition.Evaluate(view) == true ? "VIOLATES" : "complies") + $" [{values}]";
        }
        catch (Exception e) when (e is ConditionRuntimeException or ArithmeticException)
        {
            return $"error: {e.Message} [{values}]";
        }
    }
}
