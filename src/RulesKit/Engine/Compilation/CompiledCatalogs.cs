using System.Linq.Expressions;
using RulesKit.Catalogs;
using RulesKit.Engine.Conditions;
using RulesKit.Input;
using RulesKit.Law;

namespace RulesKit.Engine.Compilation;

/// <summary>
/// The engine's view of a catalog set: every item's condition compiled and type-checked against its kind
/// (for a catalog folder a load error, located in the YAML, when it does not), every criterion paired with its list.
/// </summary>
internal sealed class CompiledCatalogs
{
    private readonly Dictionary<StandardItem, CompiledItem> _items = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Criterion, CompiledCriterion> _criteria = new(ReferenceEqualityComparer.Instance);

    private readonly Func<Expression<Func<AttributeView, bool?>>, Func<AttributeView, bool?>> _compile;
    private readonly Lock _gate = new();

    /// <param name="set">The catalogs.</param>
    /// <param name="compile">Compiles a condition to a delegate.</param>
    /// <param name="eager">
    /// Parse and type-check every condition now, so that a broken catalog is a load error (catalogs from a
    /// folder). The embedded catalogs are checked by the test suite; for them an item's condition is parsed when
    /// first needed (a subject of its kind is screened, or its rule fires), which keeps a fresh process quick.
    /// </param>
    public CompiledCatalogs(CatalogSet set, Func<Expression<Func<AttributeView, bool?>>, Func<AttributeView, bool?>> compile, bool eager = true)
    {
        Set = set;
        _compile = compile;
        var b = eager ? new NodeBinder() : null;
        foreach (var catalog in set.Catalogs)
            CompileCatalog(catalog, b);
        b?.ThrowIfErrors();
    }

    /// <summary>
    /// Pairs the catalog's items and criteria with what the engine needs of them. With <paramref name="b"/> every
    /// condition and threshold is parsed now and its errors collected; without it each item's texts are parsed when
    /// first needed, and a broken one throws its load error then (see the constructor's <c>eager</c>).
    /// </summary>
    private void CompileCatalog(Catalog catalog, NodeBinder? b)
    {
        var compilers = new Dictionary<string, ConditionCompiler>(StringComparer.Ordinal); // per kind, made on first parse
        foreach (var item in catalog.Items)
        {
            var kind = Set.Kinds[item.Kind];
            var compareSlot = item.Comparison?.Attribute is { } compared ? kind.Find(compared)!.Slot : -1;
            var parsed = b is not null
                ? new Lazy<CompiledItem.Parsed>(Parse(catalog, item, kind, compareSlot, compilers, b))
                : new Lazy<CompiledItem.Parsed>(() =>
                {
                    lock (_gate) // the catalog's condition compilers are shared by its items
                    {
                        var alone = new NodeBinder();
                        var parsedNow = Parse(catalog, item, kind, compareSlot, compilers, alone);
                        alone.ThrowIfErrors();
                        return parsedNow;
                    }
                });
            _items[item] = new CompiledItem(parsed)
            {
                Catalog = catalog,
                Item = item,
                Kind = kind,
                CompareSlot = compareSlot,
                Name = $"{catalog.Reference.Key}/{item.Id}",
            };
        }
        foreach (var criterion in catalog.Criteria)
            _criteria[criterion] = new CompiledCriterion(catalog, criterion);
    }

    private CompiledItem.Parsed Parse(Catalog catalog, StandardItem item, SubjectKind kind, int compareSlot, Dictionary<string, ConditionCompiler> compilers, NodeBinder b)
    {
        if (!compilers.TryGetValue(item.Kind, out var compiler))
            compilers[item.Kind] = compiler = new ConditionCompiler(kind, catalog.Tables, _compile);
        var condition = item.ConditionNode is { } when ? compiler.CompileCondition(when, b) : null;
        return new CompiledItem.Parsed(
            condition,
            item.ThresholdNode is { } threshold ? compiler.CompileValue(threshold, b) : null,
            condition?.Reads ?? (compareSlot >= 0 ? [(item.Comparison!.Attribute!, compareSlot)] : kind.Attributes.Select(a => (a.Name, a.Slot)).ToList()));
    }

    public CatalogSet Set { get; }

    // Both maps are filled by the constructor and only read after: no lock.
    public CompiledItem this[StandardItem item] => _items[item];

    public CompiledCriterion this[Criterion criterion] => _criteria[criterion];
}
