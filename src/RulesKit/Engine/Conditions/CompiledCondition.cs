using System.Linq.Expressions;
using RulesKit.Law;

namespace RulesKit.Engine.Conditions;

/// <summary>A condition compiled from its YAML text into its three-valued form (<see cref="ThreeValued"/>), with the attributes it reads.</summary>
internal sealed class CompiledCondition : IViewCondition
{
    // Compiled on first use: a run meets the kinds of a few industries, and type errors were found when the
    // condition was parsed (at load), so nothing is learnt by compiling every condition up front.
    private readonly Lazy<Func<AttributeView, bool?>> _body;

    public CompiledCondition(Expression<Func<AttributeView, bool?>> body, Func<Expression<Func<AttributeView, bool?>>, Func<AttributeView, bool?>> compile) =>
        _body = new Lazy<Func<AttributeView, bool?>>(() => compile(body));

    public required string Text { get; init; }

    /// <summary>The attributes the condition reads, as (name, slot), in first-use order.</summary>
    public required IReadOnlyList<(string Name, int Slot)> Reads { get; init; }

    /// <summary>The condition in Kleene's logic: true, false, or null when the facts recorded leave it open.</summary>
    public bool? Evaluate(AttributeView view) => _body.Value(view);
}
