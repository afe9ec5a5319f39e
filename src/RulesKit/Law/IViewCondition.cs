namespace RulesKit.Law;

/// <summary>An item's condition on one view of a subject, as a catalog wrote it.</summary>
internal interface IViewCondition
{
    /// <summary>The condition's value on <paramref name="view"/>; null when a fact it needs is not recorded there.</summary>
    bool? Evaluate(AttributeView view);

    /// <summary>The attributes the condition reads, as (name, slot), in first-use order.</summary>
    IReadOnlyList<(string Name, int Slot)> Reads { get; }
}
