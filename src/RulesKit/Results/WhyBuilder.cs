using System.Collections.Immutable;
using RulesKit.Catalogs;
using RulesKit.Engine.Compilation;
using RulesKit.Engine.Conditions;
using RulesKit.Engine.Facts;
using RulesKit.Law;
using RulesKit.Reports;

namespace RulesKit.Results;

/// <summary>Builds the why / why-not models from an evaluation and the compiled catalogs.</summary>
internal static class WhyBuilder
{
    public static ImmutableArray<CriterionExplanation> Criterion(ReportEvaluation evaluation, Report report, CompiledRuleSet ruleSet, int number, string? list)
    {
        var result = ImmutableArray.CreateBuilder<CriterionExplanation>();
        foreach (var d in evaluation.Determinations.Where(d => list is null || d.List.Id == list))
        {
            var criterion = d.Criteria.FirstOrDefault(c => c.Number == number);
            if (criterion is null)
                continue;
            var listCatalog = ruleSet.Catalogs.First(c => c.Reference.Equals(d.List));
            var categories = listCatalog.Criteria.First(c => c.Number == number).Categories;
            var items = ruleSet.Catalogs.SelectMany(c => c.Items.Select(i => (Catalog: c, Item: i)))
                .Where(x => x.Item.AppliesTo(report.Industry) && x.Item.Categories.Any(categories.Contains)).ToList();
            var kinds = items.Select(x => x.Item.Kind).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
            result.Add(new CriterionExplanation
            {
                List = d.List,
                Criterion = criterion,
                Categories = categories,
                CategoryTitles = [.. categories.Select(id => listCatalog.Categories.FirstOrDefault(c => c.Id == id)?.Title ?? id)],
                Items = [.. items.Select(x => $"{x.Catalog.Reference.Key}/{x.Item.Id}")],
                Kinds = kinds,
                Subjects = [.. report.Subjects.Select(s => (s.Id, s.Kind)).Concat(report.Documents.Select(s => (s.Id, s.Kind))).Where(s => kinds.Contains(s.Kind)).Select(s => s.Id)],
            });
        }
        return result.ToImmutable();
    }

    public static ItemExplanation Item(CompiledItem item, Report report, DateOnly date, CatalogSet catalogs)
    {
        var catalog = item.Catalog;
        var applied = catalog.AppliesTo(report.Industry) && item.Item.AppliesTo(report.Industry) && catalog.InForceOn(date);
        var subjects = ImmutableArray<SubjectCheck>.Empty;
        if (applied)
        {
            var (_, facts) = FactBuilder.Build(report, catalogs.Kinds);
            var kind = catalogs.Kinds.GetValueOrDefault(item.Item.Kind);
            subjects = [.. facts.Where(f => f.Kind == item.Item.Kind).Select(f => new SubjectCheck(f.Id, Check(item, f.Observed, kind), f.Reported is null ? null : Check(item, f.Reported, kind)))];
        }
        return new ItemExplanation
        {
            Catalog = catalog.Reference,
            Document = catalog.Document,
            Item = item.Item,
            Applied = applied,
            IndustryMatches = catalog.AppliesTo(report.Industry) && item.Item.AppliesTo(report.Industry),
            OnRecord = report.IsInspection,
            Subjects = subjects,
        };
    }

    // The item's condition on one view, as the law reads it (ItemReading): breached, complied with, or unknown with the facts it lacks.
    private static ViewCheck Check(CompiledItem item, AttributeView view, SubjectKind? kind)
    {
        var values = ResultBuilder.Values(item, view, kind);
        if (item.Condition is not { } condition)
            return new ViewCheck(ViewOutcome.Present, values, [], null);
        try
        {
            return condition.Evaluate(view) switch
            {
                true => new ViewCheck(ViewOutcome.Violates, values, [], null),
                false => new ViewCheck(ViewOutcome.Complies, values, [], null),
                null => new ViewCheck(ViewOutcome.Unknown, values, [.. ItemReading.Missing(item, view)], null),
            };
        }
        catch (Exception e) when (e is ConditionRuntimeException or ArithmeticException)
        {
            return new ViewCheck(ViewOutcome.Failed, values, [], e.Message);
        }
    }
}
