using RulesKit.Catalogs;

namespace RulesKit.Law;

/// <summary>
/// GB 18218's tables as a catalog in force holds them (rules/standards/hazchem/gb18218@2018.yaml, whose comment says
/// how each is keyed), with the lookups the identification makes.
/// </summary>
internal sealed class MajorHazardTables
{
    public const string Table1 = "gb18218_table1", Table2 = "gb18218_table2", Table3 = "gb18218_table3",
        Table4 = "gb18218_table4", Table5 = "gb18218_table5", Table6 = "gb18218_table6";

    private MajorHazardTables(Catalog catalog)
    {
        Catalog = catalog;
        LookupTable Get(string name) => catalog.Tables.First(t => t.Name == name);
        Named = [.. Get(Table1).Rows.Select(r => new NamedRow(int.Parse(r.Keys[0], System.Globalization.CultureInfo.InvariantCulture),
            [.. r.Keys[1].Split('|')], [.. r.Keys[2].Split('|', StringSplitOptions.RemoveEmptyEntries)], r.Value))];
        Categories = Get(Table2).Rows.ToDictionary(r => r.Keys[0], r => r.Value, StringComparer.Ordinal);
        ToxicBeta = Get(Table3).Rows.ToDictionary(r => r.Keys[0], r => r.Value, StringComparer.Ordinal);
        CategoryBeta = Get(Table4).Rows.ToDictionary(r => r.Keys[0], r => r.Value, StringComparer.Ordinal);
        Alpha = [.. Get(Table5).Rows.Select(r => (Least: int.Parse(r.Keys[0], System.Globalization.CultureInfo.InvariantCulture), Alpha: r.Value)).OrderByDescending(b => b.Least)];
        Grades = [.. Get(Table6).Rows.Select(r => (Grade: int.Parse(r.Keys[0], System.Globalization.CultureInfo.InvariantCulture), Least: r.Value)).OrderBy(g => g.Grade)];
        Confidence = catalog.Tables.Where(t => t.Name.StartsWith("gb18218_", StringComparison.Ordinal)).Min(t => t.Confidence);
    }

    public Catalog Catalog { get; }

    public Confidence Confidence { get; }

    /// <summary>Table 1's rows.</summary>
    public IReadOnlyList<NamedRow> Named { get; }

    /// <summary>Table 2: category → threshold.</summary>
    public IReadOnlyDictionary<string, decimal> Categories { get; }

    /// <summary>Table 3: name → β.</summary>
    public IReadOnlyDictionary<string, decimal> ToxicBeta { get; }

    /// <summary>Table 4: category → β.</summary>
    public IReadOnlyDictionary<string, decimal> CategoryBeta { get; }

    /// <summary>Table 5's bands, largest first.</summary>
    public IReadOnlyList<(int Least, decimal Alpha)> Alpha { get; }

    /// <summary>Table 6: grade 1 (highest) first, with the least R of each.</summary>
    public IReadOnlyList<(int Grade, decimal Least)> Grades { get; }

    /// <summary>The GB 18218 tables in force on <paramref name="date"/>, or null when no catalog in force holds them.</summary>
    public static MajorHazardTables? InForce(CatalogSet catalogs, DateOnly date)
    {
        string[] names = [Table1, Table2, Table3, Table4, Table5, Table6];
        var catalog = catalogs.Catalogs
            .Where(c => c.Type == CatalogType.Standards && c.InForceOn(date) && names.All(n => c.Tables.Any(t => t.Name == n)))
            .OrderByDescending(c => c.EffectiveFrom ?? DateOnly.MinValue).ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return catalog is null ? null : new MajorHazardTables(catalog);
    }

    /// <summary>The catalogs that hold the tables on any day, for the message that says none is in force.</summary>
    public static IEnumerable<Catalog> All(CatalogSet catalogs) =>
        catalogs.Catalogs.Where(c => c.Tables.Any(t => t.Name == Table1));

    /// <summary>One row of Table 1.</summary>
    public sealed record NamedRow(int Row, IReadOnlyList<string> Names, IReadOnlyList<string> Cas, decimal Threshold)
    {
        /// <summary>The standard's name of the row.</summary>
        public string Name => Names[0];

        /// <summary>
        /// Whether the row holds only under a condition its name states in brackets (含量, 含水, 无水, 压缩的或液化的…),
        /// as opposed to brackets that only give other names (汽油(乙醇汽油、甲醇汽油)).
        /// </summary>
        public bool Conditional => Name.Length > BareName.Length && ConditionMarks.Any(Name[BareName.Length..].Contains);

        private static readonly string[] ConditionMarks = ["%", "含", "无水", "压缩", "液化", "干的"];

        /// <summary>The standard's name without its parenthesised condition: 氯化氢(无水) → 氯化氢.</summary>
        public string BareName
        {
            get
            {
                var cut = Name.IndexOfAny(['(', '[', '（']);
                return cut > 0 ? Name[..cut] : Name;
            }
        }
    }
}
