using System.Linq.Expressions;
using RulesKit.Catalogs;
using RulesKit.Engine.Conditions;
using RulesKit.Input;

namespace RulesKit.Engine.Compilation;

/// <summary>
/// The engine's view of a catalog set: every item's condition compiled and type-checked against its kind
/// (a load error, located in the YAML, when it does not), every criterion paired with its list.
/// </summary>
internal sealed class CompiledCatalogs
{
    private readonly Dictionary<StandardItem, CompiledItem> _items = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Criterion, CompiledCriterion> _criteria = new(ReferenceEqualityComparer.Instance);

    public CompiledCatalogs(CatalogSet set, Func<Expression<Func<AttributeView, bool>>, Func<AttributeView, bool>> compile)
    {
        Set = set;
        var b = new NodeBinder();
        foreach (var catalog in set.Catalogs)
        {
            var compilers = new Dictionary<string, ConditionCompiler>(StringComparer.Ordinal);
            foreach (var item in catalog.Items)
            {
                var kind = set.Kinds[item.Kind];
                if (!compilers.TryGetValue(item.Kind, out var compiler))
                    compilers[item.Kind] = compiler = new ConditionCompiler(kind, catalog.Tables, compile);
                var condition = item.ConditionNode is { } when ? compiler.CompileCondition(when, b) : null;
                var compareSlot = item.Comparison?.Attribute is { } compared ? kind.Find(compared)!.Slot : -1;
                _items[item] = new CompiledItem
                {
                    Catalog = catalog,
                    Item = item,
                    Kind = kind,
                    Condition = condition,
                    Threshold = item.ThresholdNode is { } threshold ? compiler.CompileValue(threshold, b) : null,
                    CompareSlot = compareSlot,
                    Shown = condition?.Reads
                        ?? (compareSlot >= 0 ? [(item.Comparison!.Attribute!, compareSlot)] : kind.Attributes.Select(a => (a.Name, a.Slot)).ToList()),
                    Name = $"{catalog.Reference.Key}/{item.Id}",
                };
            }
            foreach (var criterion in catalog.Criteria)
                _criteria[criterion] = new CompiledCriterion(catalog, criterion);
        }
        b.ThrowIfErrors();
    }

    public CatalogSet Set { get; }

    public CompiledItem this[StandardItem item] => _items[item];

    public CompiledCriterion this[Criterion criterion] => _criteria[criterion];
}
