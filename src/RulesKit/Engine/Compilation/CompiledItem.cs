using RulesKit.Catalogs;
using RulesKit.Engine.Conditions;
using RulesKit.Law;

namespace RulesKit.Engine.Compilation;

/// <summary>A standards item with what the engine compiled from it: its condition, threshold and the attributes an explanation shows.</summary>
/// <param name="parsed">The condition and threshold, parsed now (a catalog folder, checked at load) or on first use (see <see cref="CompiledCatalogs"/>).</param>
internal sealed class CompiledItem(Lazy<CompiledItem.Parsed> parsed) : IItemTest
{
    public required Catalog Catalog { get; init; }
    public required StandardItem Item { get; init; }
    public required SubjectKind Kind { get; init; }

    /// <summary>The item's condition; null when it has none (it compares the views instead).</summary>
    public CompiledCondition? Condition => parsed.Value.Condition;

    IViewCondition? IItemTest.Condition => Condition;

    public CompiledValue? Threshold => parsed.Value.Threshold;

    /// <summary>The slot of the compared attribute, or -1.</summary>
    public int CompareSlot { get; init; } = -1;

    /// <summary>What an explanation shows: the attributes the condition reads, the compared one, or all.</summary>
    public IReadOnlyList<(string Name, int Slot)> Shown => parsed.Value.Shown;

    /// <summary><c>id@version/item</c>: how rules and messages name it.</summary>
    public required string Name { get; init; }

    /// <summary>What parsing the item's texts gives.</summary>
    internal sealed record Parsed(CompiledCondition? Condition, CompiledValue? Threshold, IReadOnlyList<(string Name, int Slot)> Shown);
}
