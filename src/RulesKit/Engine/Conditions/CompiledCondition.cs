using System.Linq.Expressions;
using RulesKit.Law;

namespace RulesKit.Engine.Conditions;

/// <summary>A condition compiled from its YAML text, with the attributes it reads.</summary>
internal sealed class CompiledCondition : IViewCondition
{
    // Compiled on first use: a run meets the kinds of a few industries, and type errors were found when the
    // condition was parsed (at load), so nothing is learnt by compiling every condition up front.
    private readonly Lazy<Func<AttributeView, bool>> _body;

    public CompiledCondition(Expression<Func<AttributeView, bool>> body, Func<Expression<Func<AttributeView, bool>>, Func<AttributeView, bool>> compile) =>
        _body = new Lazy<Func<AttributeView, bool>>(() => compile(body));

    public required string Text { get; init; }

    /// <summary>The attributes the condition reads, as (name, slot), in first-use order.</summary>
    public required IReadOnlyList<(string Name, int Slot)> Reads
    {
        get => _reads;
        init => (_reads, _slots) = (value, [.. value.Select(r => r.Slot)]);
    }

    private readonly IReadOnlyList<(string Name, int Slot)> _reads = [];

    // The read slots as an array: Evaluate runs for every subject screened, and enumerating the list through
    // its interface allocated an enumerator each time.
    private readonly int[] _slots = [];

    /// <summary>Null-safe evaluation: null when the view lacks an attribute the condition reads.</summary>
    public bool? Evaluate(AttributeView view)
    {
        var values = view.Values;
        foreach (var slot in _slots)
            if (values[slot] is null)
                return null;
        return _body.Value(view);
    }
}
