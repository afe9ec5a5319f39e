using System.Collections.Immutable;

namespace RulesKit.Reports;

/// <summary>
/// A production or storage unit (生产单元 / 储存单元) of GB 18218 with what it holds: the primary facts from which its
/// identification as a 重大危险源 and its grade are computed (see <see cref="RulesKitEngine.IdentifyMajorHazard"/>).
/// </summary>
public sealed record HazardousUnit
{
    /// <summary>The unit's name (e.g. 液氨液氯储罐区).</summary>
    public required string Name { get; init; }

    /// <summary>Production or storage unit.</summary>
    public required HazardousUnitType Type { get; init; }

    /// <summary>
    /// 厂区边界向外扩展 500 m 范围内常住人口 (Table 5's α); null when not recorded, and then no grade can be computed.
    /// </summary>
    public int? PeopleWithin500m { get; init; }

    /// <summary>The hazardous chemicals present, each with its design maximum quantity (4.2.2).</summary>
    public required ImmutableArray<UnitSubstance> Substances { get; init; }

    /// <summary>The file the unit was read from.</summary>
    public string Source { get; init; } = "";
}
