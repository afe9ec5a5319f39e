using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RulesKit.Input;

namespace RulesKit.Reports;

/// <summary>
/// One hazardous chemical of a unit: named (Table 1, by name, CAS or row) or by hazard category (Table 2), with its
/// quantity in tonnes. The categories give the threshold where Table 1 has none (the lowest of them, 4.1.2 b) and β
/// where Table 3 has none (Table 4).
/// </summary>
public sealed record UnitSubstance
{
    /// <summary>The name as written.</summary>
    public required string Name { get; init; }

    /// <summary>The CAS number as written, if any.</summary>
    public string? Cas { get; init; }

    /// <summary>Table 1's row, when written (needed where the row names a condition: 含量, 含水, 无水…).</summary>
    public int? Row { get; init; }

    /// <summary>Its hazard categories as Table 2 writes them (J1…J5, W1.1…W11).</summary>
    public ImmutableArray<string> Categories { get; init; } = [];

    /// <summary>The quantity present in tonnes: for tanks, containers and stores the design maximum (4.2.2).</summary>
    public required decimal QuantityTonnes { get; init; }

    /// <summary>Where it was written.</summary>
    [JsonIgnore]
    public SourceLocation Location { get; init; }
}
