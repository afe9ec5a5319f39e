using RulesKit.Law;

namespace RulesKit.Engine.Conditions;

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
