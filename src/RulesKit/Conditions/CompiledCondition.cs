using System.Linq.Expressions;

namespace RulesKit.Conditions;

/// <summary>A condition compiled from its YAML text, with the attributes it reads.</summary>
internal sealed class CompiledCondition
{
    public required string Text { get; init; }

    /// <summary>The attributes the condition reads, as (name, slot), in first-use order.</summary>
    public required IReadOnlyList<(string Name, int Slot)> Reads { get; init; }

    /// <summary><c>v =&gt; all read slots present &amp;&amp; condition</c>: the form given to NRules.</summary>
    public required Expression<Func<AttributeView, bool>> Guarded { get; init; }

    private readonly Func<AttributeView, bool> _body;

    public CompiledCondition(Expression<Func<AttributeView, bool>> body) => _body = body.Compile();

    /// <summary>Null-safe evaluation: null when the view lacks an attribute the condition reads.</summary>
    public bool? Evaluate(AttributeView view)
    {
        foreach (var (_, slot) in Reads)
            if (view.Values[slot] is null)
                return null;
        return _body(view);
    }
}

/// <summary>A value expression (an item's threshold) compiled for explanations.</summary>
internal sealed class CompiledValue(string text, IReadOnlyList<int> slots, Func<AttributeView, object> body)
{
    public string Text { get; } = text;

    public object? Evaluate(AttributeView view)
    {
        foreach (var slot in slots)
            if (view.Values[slot] is null)
                return null;
        return body(view);
    }
}
