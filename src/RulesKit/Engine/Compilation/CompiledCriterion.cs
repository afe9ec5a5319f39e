using RulesKit.Catalogs;

namespace RulesKit.Engine.Compilation;

/// <summary>A criterion with the list it belongs to.</summary>
internal sealed class CompiledCriterion(Catalog list, Criterion criterion)
{
    public Catalog List { get; } = list;

    public Criterion Criterion { get; } = criterion;
}
