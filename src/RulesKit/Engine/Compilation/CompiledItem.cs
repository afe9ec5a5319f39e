using RulesKit.Catalogs;
using RulesKit.Engine.Conditions;

namespace RulesKit.Engine.Compilation;

/// <summary>A standards item with what the engine compiled from it: its condition, threshold and the attributes an explanation shows.</summary>
internal sealed class CompiledItem
{
    public required Catalog Catalog { get; init; }
    public required StandardItem Item { get; init; }
    public required SubjectKind Kind { get; init; }
    public CompiledCondition? Condition { get; init; }
    public CompiledValue? Threshold { get; init; }

    /// <summary>The slot of the compared attribute, or -1.</summary>
    public int CompareSlot { get; init; } = -1;

    /// <summary>What an explanation shows: the attributes the condition reads, the compared one, or all.</summary>
    public required IReadOnlyList<(string Name, int Slot)> Shown { get; init; }

    /// <summary><c>id@version/item</c>: how rules and messages name it.</summary>
    public required string Name { get; init; }
}
