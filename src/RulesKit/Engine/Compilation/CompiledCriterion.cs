using RulesKit.Catalogs;

namespace RulesKit.Engine.Compilation;

/// <summary>A criterion with its list, and the test its layer-2 rule applies to a nonconformity.</summary>
internal sealed class CompiledCriterion(Catalog list, Criterion criterion)
{
    private readonly HashSet<string> _categories = [.. criterion.Categories];

    public Catalog List { get; } = list;

    public Criterion Criterion { get; } = criterion;

    /// <summary>Whether the criterion counts this nonconformity: its categories, the report's type and industry, and never a draft item.</summary>
    public bool Counts(Facts.NonconformityFact n)
    {
        if (n.Item.Item.Confidence == Confidence.Draft)
            return false;
        var report = n.Subject.Report.Report;
        if (!Criterion.AppliesTo(report.Industry, report.ReportType))
            return false;
        foreach (var c in n.Item.Item.Categories)
            if (_categories.Contains(c))
                return true;
        return false;
    }
}
