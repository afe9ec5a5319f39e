using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RulesKit.Catalogs;

namespace RulesKit.Reports;

/// <summary>
/// What a production or storage unit holds (GB 18218), recorded on the subject that stands for it: from what
/// verification found, the engine computes whether the unit is a 重大危险源 and its grade instead of taking an entered
/// <c>mhi_grade</c>; with what the report's hazard identification lists, which substances the report leaves out.
/// </summary>
public sealed record SubjectInventory
{
    /// <summary>
    /// The kind of the subject the engine makes for a unit whose inventory was recorded (id <c>SUBJECT/inventory</c>): the
    /// check of the report's hazard identification against what is on site. Not written by hand.
    /// </summary>
    public const string CheckKind = "hazchem_inventory";

    /// <summary>The attribute that holds a unit's grade (1 = 一级 … 4 = 四级), entered or computed from the inventory.</summary>
    public const string GradeAttribute = "mhi_grade";

    /// <summary>The attribute that says whether the unit is a 重大危险源 at all, computed or implied by a recorded grade.</summary>
    public const string MajorHazardAttribute = "major_hazard";

    /// <summary>Whether subjects of <paramref name="kind"/> can carry an inventory: the kind declares both the grade and <c>major_hazard</c>.</summary>
    public static bool CanCarry(SubjectKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind.Find(GradeAttribute) is not null && kind.Find(MajorHazardAttribute) is not null;
    }

    /// <summary>Production or storage unit.</summary>
    [JsonPropertyName("type")]
    public HazardousUnitType Type { get; init; } = HazardousUnitType.Storage;

    /// <summary>厂区边界向外扩展 500 m 范围内常住人口; null when not recorded (then no grade is computed).</summary>
    [JsonPropertyName("peopleWithin500m")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PeopleWithin500m { get; init; }

    /// <summary>The substances verification found, with their design maximum quantities; null when not recorded.</summary>
    [JsonPropertyName("observed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ImmutableArray<UnitSubstance>? Observed { get; init; }

    /// <summary>The substances the report's hazard identification lists; null when not recorded (the report's list unknown).</summary>
    [JsonPropertyName("reported")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ImmutableArray<UnitSubstance>? Reported { get; init; }
}
