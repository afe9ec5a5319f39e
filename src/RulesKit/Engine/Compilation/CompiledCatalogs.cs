using System.Linq.Expressions;
using RulesKit.Catalogs;
using RulesKit.Engine.Conditions;
using RulesKit.Engine.Facts;
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

    private readonly Dictionary<object, Catalog> _owner = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Catalog> _done = new(ReferenceEqualityComparer.Instance);
    private readonly Func<Expression<Func<AttributeView, bool>>, Func<AttributeView, bool>> _compile;
    private readonly Lock _gate = new();

    /// <param name="set">The catalogs.</param>
    /// <param name="compile">Compiles a condition to a delegate.</param>
    /// <param name="eager">
    /// Parse and type-check every condition now, so that a broken catalog is a load error (catalogs from a
    /// folder). The embedded catalogs are checked by the test suite; for them a catalog's conditions are parsed
    /// when a rule set first needs it, which keeps a fresh process quick.
    /// </param>
    public CompiledCatalogs(CatalogSet set, Func<Expression<Func<AttributeView, bool>>, Func<AttributeView, bool>> compile, bool eager = true)
    {
        Set = set;
        _compile = compile;
        foreach (var catalog in set.Catalogs)
        {
            foreach (var item in catalog.Items)
                _owner[item] = catalog;
            foreach (var criterion in catalog.Criteria)
                _owner[criterion] = catalog;
        }
        if (eager)
        {
            var b = new NodeBinder();
            foreach (var catalog in set.Catalogs)
                CompileCatalog(catalog, b);
            b.ThrowIfErrors();
        }
        var index = 0;
        foreach (var kind in set.Kinds.Keys.Order(StringComparer.Ordinal))
        {
            var type = Facts.KindTypes.SubjectType(index++);
            _kindTypes[kind] = (type, new Lazy<Func<SubjectFact>>(() => Expression.Lambda<Func<SubjectFact>>(Expression.New(type)).Compile()));
        }
    }

    private void Ensure(Catalog catalog)
    {
        lock (_gate)
        {
            if (_done.Contains(catalog))
                return;
            var b = new NodeBinder();
            CompileCatalog(catalog, b);
            b.ThrowIfErrors();
        }
    }

    private void CompileCatalog(Catalog catalog, NodeBinder b)
    {
        var compilers = new Dictionary<string, ConditionCompiler>(StringComparer.Ordinal);
        foreach (var item in catalog.Items)
        {
            var kind = Set.Kinds[item.Kind];
            if (!compilers.TryGetValue(item.Kind, out var compiler))
                compilers[item.Kind] = compiler = new ConditionCompiler(kind, catalog.Tables, _compile);
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
        _done.Add(catalog);
    }

    public CatalogSet Set { get; }

    // Each kind's session type, and a constructor for it (compiled once: Activator would cost more per subject;
    // compiled on first use: a fresh process evaluating one report meets a few of the kinds).
    private readonly Dictionary<string, (Type Type, Lazy<Func<SubjectFact>> New)> _kindTypes = new(StringComparer.Ordinal);

    /// <summary>The session type of subjects of <paramref name="kind"/>.</summary>
    public Type SubjectType(string kind) => _kindTypes[kind].Type;

    /// <summary>A new, empty subject fact of <paramref name="kind"/>'s session type.</summary>
    public SubjectFact NewSubject(string kind) => _kindTypes[kind].New.Value();

    /// <summary>The constructor of <paramref name="kind"/>'s session type, compiled on first use.</summary>
    public Lazy<Func<SubjectFact>> ConstructorOf(string kind) => _kindTypes[kind].New;

    public CompiledItem this[StandardItem item]
    {
        get
        {
            lock (_gate)
                if (_items.TryGetValue(item, out var compiled))
                    return compiled;
            Ensure(_owner[item]);
            lock (_gate)
                return _items[item];
        }
    }

    public CompiledCriterion this[Criterion criterion]
    {
        get
        {
            lock (_gate)
                if (_criteria.TryGetValue(criterion, out var compiled))
                    return compiled;
            Ensure(_owner[criterion]);
            lock (_gate)
                return _criteria[criterion];
        }
    }
}
