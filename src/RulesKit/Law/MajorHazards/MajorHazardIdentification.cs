using System.Collections.Immutable;
using RulesKit.Catalogs;
using RulesKit.Reports;

namespace RulesKit.Law;

/// <summary>
/// GB 18218's identification and grading of one unit, with every term shown: S = Σ q/Q (≥ 1: a 重大危险源, 4.2.1),
/// R = α·Σ β·q/Q and the grade (4.3, Tables 5 and 6). Figures are rounded to four places for display; whether S
/// reaches 1 and which grade R gives are decided exactly (<see cref="SExact"/>, <see cref="RExact"/>).
/// </summary>
public sealed record MajorHazardIdentification
{
    /// <summary>The unit computed.</summary>
    public required HazardousUnit Unit { get; init; }

    /// <summary>The catalog whose tables were used (GB 18218 in the edition in force).</summary>
    public required CatalogReference Standard { get; init; }

    /// <summary>The document the catalog encodes (GB 18218-2018).</summary>
    public required string Document { get; init; }

    /// <summary>How sure the catalog is of the tables' values.</summary>
    public required Confidence Confidence { get; init; }

    /// <summary>Where the tables' values were seen.</summary>
    public required string TableSource { get; init; }

    /// <summary>One term per substance, in the unit's order.</summary>
    public required ImmutableArray<SubstanceTerm> Terms { get; init; }

    /// <summary>The identification index S = Σ q/Q, rounded to four places.</summary>
    public required decimal S { get; init; }

    /// <summary>Whether <see cref="S"/> is exact (else it is rounded).</summary>
    public required bool SExact { get; init; }

    /// <summary>S ≥ 1, decided exactly: the unit is a 重大危险源.</summary>
    public required bool IsMajorHazard { get; init; }

    /// <summary>How far S is below 1, when it is (rounded to four places).</summary>
    public decimal? ShortOfIdentification { get; init; }

    /// <summary>The least number of people of Table 5's band that gives <see cref="Alpha"/>.</summary>
    public int? AlphaBandLeast { get; init; }

    /// <summary>The largest number of people of that band; null when it has no upper bound (100人以上) or α is unknown.</summary>
    public int? AlphaBandMost { get; init; }

    /// <summary>α, Table 5; null when the people within 500 m are not recorded.</summary>
    public decimal? Alpha { get; init; }

    /// <summary>The grading index R = α·Σ β·q/Q, rounded to four places; null when a β or α is not known.</summary>
    public decimal? R { get; init; }

    /// <summary>Whether <see cref="R"/> is exact.</summary>
    public bool RExact { get; init; }

    /// <summary>The grade (1 = 一级, the highest … 4 = 四级) when the unit is a 重大危险源 and R is known.</summary>
    public int? Grade { get; init; }

    /// <summary>How far R is below the next higher grade's least R (Table 6), when there is one.</summary>
    public decimal? ShortOfNextGrade { get; init; }

    /// <summary>What keeps R (and so the grade) from being computed: a substance's β category, the people within 500 m.</summary>
    public ImmutableArray<string> MissingForGrade { get; init; } = [];

    /// <summary>The grade's name: 一级 … 四级.</summary>
    public static string GradeName(int grade) => grade switch { 1 => "一级", 2 => "二级", 3 => "三级", 4 => "四级", _ => grade.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
