using System.Linq.Expressions;
using RulesKit.Catalogs;
using RulesKit.Engine.Conditions;
using RulesKit.Engine.Facts;
using RulesKit.Input;

namespace RulesKit.Engine.Compilation;

/// <summary>
/// The engine's view of a catalog set: every item's condition compiled and type-checked against its kind
/// (for a catalog folder a load error, located in the YAML, when it does not), every criterion paired with its list.
/// </summary>
internal sealed class CompiledCatalogs
{
    private readonly Dictionary<StandardItem, CompiledItem> _items = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Criterion, CompiledCriterion> _criteria = new(ReferenceEqualityComparer.Instance);

    private readonly Func<Expression<Func<AttributeView, bool>>, Func<AttributeView, bool>> _compile;
    private readonly Lock _gate = new();
    private readonly ConditionTreeStore? _trees;

    /// <param name="set">The catalogs.</param>
    /// <param name="compile">Compiles a condition to a delegate.</param>
    /// <param name="eager">
    /// Parse and type-check every condition now, so that a broken catalog is a load error (catalogs from a
    /// folder). The embedded catalogs are checked by the test suite; for them an item's condition is parsed when
    /// first needed (a subject of its kind is screened, or its rule fires), which keeps a fresh process quick.
    /// </param>
    /// <param name="trees">
    /// Checked trees of the set's texts from an earlier process. When it does not hold them all (the first run after
    /// an install or an edit), every text is parsed now, even the embedded catalogs', and the trees are written for
    /// the next process.
    /// </param>
    public CompiledCatalogs(CatalogSet set, Func<Expression<Func<AttributeView, bool>>, Func<AttributeView, bool>> compile, bool eager = true, ConditionTreeStore? trees = null)
    {
        Set = set;
        _compile = compile;
        _trees = trees;
        var b = eager ? new NodeBinder() : null;
        foreach (var catalog in set.Catalogs)
            CompileCatalog(catalog, b);
        b?.ThrowIfErrors();
        if (trees is { Complete: false })
        {
            foreach (var item in _items.Values)
            {
                try
                {
                    _ = item.Shown; // parses the item (for a folder's catalogs, done above)
                }
                catch (RulesKitInputException)
                {
                    // an embedded item that does not parse throws again when used, as without a store
                }
            }
            trees.Save();
        }
        var index = 0;
        foreach (var kind in set.Kinds.Keys.Order(StringComparer.Ordinal))
        {
            var type = Facts.KindTypes.SubjectType(index++);
            _kindTypes[kind] = (type, new Lazy<Func<SubjectFact>>(() => Expression.Lambda<Func<SubjectFact>>(Expression.New(type)).Compile()));
        }
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
            compilers[item.Kind] = compiler = new ConditionCompiler(kind, catalog.Tables, _compile, _trees, $"{catalog.Reference.Key}/{item.Kind}");
        var condition = item.ConditionNode is { } when ? compiler.CompileCondition(when, b) : null;
        return new CompiledItem.Parsed(
            condition,
            item.ThresholdNode is { } threshold ? compiler.CompileValue(threshold, b) : null,
            condition?.Reads ?? (compareSlot >= 0 ? [(item.Comparison!.Attribute!, compareSlot)] : kind.Attributes.Select(a => (a.Name, a.Slot)).ToList()));
    }

    public CatalogSet Set { get; }

    /// <summary>The stored condition trees in use, if any (for tests).</summary>
    internal ConditionTreeStore? Trees => _trees;

    // Each kind's session type, and a constructor for it (compiled once: Activator would cost more per subject;
    // compiled on first use: a fresh process evaluating one report meets a few of the kinds).
    private readonly Dictionary<string, (Type Type, Lazy<Func<SubjectFact>> New)> _kindTypes = new(StringComparer.Ordinal);

    /// <summary>The session type of subjects of <paramref name="kind"/>.</summary>
    public Type SubjectType(string kind) => _kindTypes[kind].Type;

    /// <summary>A new, empty subject fact of <paramref name="kind"/>'s session type.</summary>
    public SubjectFact NewSubject(string kind) => _kindTypes[kind].New.Value();

    /// <summary>The constructor of <paramref name="kind"/>'s session type, compiled on first use.</summary>
    public Lazy<Func<SubjectFact>> ConstructorOf(string kind) => _kindTypes[kind].New;

    // Both maps are filled by the constructor and only read after: no lock.
    public CompiledItem this[StandardItem item] => _items[item];

    public CompiledCriterion this[Criterion criterion] => _criteria[criterion];
}
