using RulesKit.Catalogs;

namespace RulesKit.Law;

/// <summary>
/// A standards item in the form the law reads it: the catalog's item, its condition on one view of a subject (null
/// for an item that compares the two views instead) and the slot of the compared attribute (-1 when none).
/// </summary>
internal interface IItemTest
{
    StandardItem Item { get; }

    IViewCondition? Condition { get; }

    int CompareSlot { get; }
}
