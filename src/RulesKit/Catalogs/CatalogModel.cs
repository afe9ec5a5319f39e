using RulesKit.Compilation;
using RulesKit.Conditions;
using RulesKit.Input;

namespace RulesKit.Catalogs;

/// <summary>The two layers a catalog can feed.</summary>
public enum CatalogType
{
    /// <summary>Layer 1: an industry standard's items, which find nonconformities.</summary>
    Standards,

    /// <summary>Layer 2: a determination list's criteria, which judge a report from nonconformities.</summary>
    Determination,
}

/// <summary>Identifies one catalog version exactly: id, version and content hash.</summary>
/// <param name="Id">Catalog id, e.g. <c>hazchem.major-hazards</c>.</param>
/// <param name="Version">Version, e.g. <c>2017</c>.</param>
/// <param name="Hash">SHA-256 of the catalog file's bytes, lower-case hex.</param>
public sealed record CatalogReference(string Id, string Version, string Hash)
{
    /// <summary><c>id@version#hash12</c>: short enough to print, long enough to audit.</summary>
    public override string ToString() => $"{Id}@{Version}#{Hash[..12]}";
}

internal enum AttributeType { Number, Boolean, Text, Date, Enum }

internal sealed record AttributeSchema(string Name, AttributeType Type, IReadOnlyList<string> Values, string? Unit, string? Title, int Slot, SourceLocation Location)
{
    public Type ClrType => Type switch
    {
        AttributeType.Number => typeof(decimal),
        AttributeType.Boolean => typeof(bool),
        AttributeType.Date => typeof(DateTime),
        _ => typeof(string),
    };

    public string Expected => Type switch
    {
        AttributeType.Number => "a number" + (Unit is null ? "" : $" ({Unit})"),
        AttributeType.Boolean => "true or false",
        AttributeType.Date => "a date as YYYY-MM-DD",
        AttributeType.Enum => "one of: " + string.Join(", ", Values),
        _ => "a text",
    };
}

/// <summary>A subject kind with its typed attributes, merged over every catalog that declares it.</summary>
internal sealed class KindSchema(string name, string? title)
{
    private readonly Dictionary<string, AttributeSchema> _byName = new(StringComparer.Ordinal);

    public string Name { get; } = name;
    public string? Title { get; set; } = title;
    public List<AttributeSchema> Attributes { get; } = [];

    public AttributeSchema? Find(string attribute) => _byName.GetValueOrDefault(attribute);

    public void Add(AttributeSchema attribute)
    {
        _byName[attribute.Name] = attribute;
        Attributes.Add(attribute);
    }
}

internal sealed class LookupTable
{
    public required string Name { get; init; }
    public required string? Title { get; init; }
    public required string? Clause { get; init; }
    public required string? Source { get; init; }
    public required bool Verified { get; init; }
    public required IReadOnlyList<string> Keys { get; init; }
    public required IReadOnlyDictionary<string, decimal> Rows { get; init; }
    public required SourceLocation Location { get; init; }

    public static string RowKey(IEnumerable<string> keys) => string.Join("\u001f", keys);
}

internal sealed class CompareSpec
{
    /// <summary>Null: a presence comparison (the subject exists but the report leaves it out).</summary>
    public string? Attribute { get; init; }

    /// <summary>Relative tolerance for numbers (0.1 = 10 % of the observed value); 0 = exact.</summary>
    public decimal Tolerance { get; init; }
}

internal sealed class StandardItem
{
    public required string Id { get; init; }
    public required string Clause { get; init; }
    public required string Text { get; init; }
    public required string Source { get; init; }
    public required bool Verified { get; init; }
    public required bool Veto { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required string Kind { get; init; }
    public string? Title { get; init; }
    public string? SafetyCode { get; init; }
    public string? Reading { get; init; }
    public ScalarNode? When { get; init; }
    public ScalarNode? Threshold { get; init; }
    public CompareSpec? Compare { get; init; }
    public required SourceLocation Location { get; init; }

    // Set once the catalog set is compiled.
    public CompiledCondition? Condition { get; set; }
    public CompiledValue? ThresholdValue { get; set; }
    public int CompareSlot { get; set; } = -1;
    public IReadOnlyList<(string Name, int Slot)> Shown { get; set; } = [];
    public Catalog Catalog { get; set; } = null!;
}

/// <summary>The elements a criterion can require (see docs/decisions.md for each reading).</summary>
internal enum CriterionElement
{
    Objective,
    Concealment,
    Materiality,
    Unresolved,
    Omission,
    Misreported,
}

internal sealed class VerdictClass
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }
    public required int Severity { get; init; }
}

internal sealed class Criterion
{
    public required string Id { get; init; }
    public required int Number { get; init; }
    public required string Text { get; init; }
    public required string Citation { get; init; }
    public required string Class { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<CriterionElement> Requires { get; init; }
    public required string Reading { get; init; }
    public required SourceLocation Location { get; init; }

    /// <summary>Report types the criterion applies to (e.g. 现状评价); empty: every type.</summary>
    public IReadOnlyList<string> ReportTypes { get; init; } = [];

    /// <summary>Industries the criterion applies to (criterion 11: metal smelting only); empty: every industry.</summary>
    public IReadOnlyList<string> Industries { get; init; } = [];
    public Catalog Catalog { get; set; } = null!;

    public bool Counts(Nonconformity n)
    {
        var report = n.Subject.Report.Report;
        if (ReportTypes.Count > 0 && !ReportTypes.Contains(report.ReportType))
            return false;
        if (Industries.Count > 0 && !Industries.Contains(report.Industry))
            return false;
        foreach (var c in n.Item.Categories)
            if (Categories.Contains(c))
                return true;
        return false;
    }
}

/// <summary>One catalog version as loaded from one YAML file.</summary>
internal sealed class Catalog
{
    public required CatalogType Type { get; init; }
    public required string Id { get; init; }
    public required string Version { get; init; }
    public required string Title { get; init; }
    public required string Document { get; init; }
    public required string Jurisdiction { get; init; }
    public required IReadOnlyList<string> Industries { get; init; }
    public DateOnly? EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>False when the effective dates are recalled, not seen in the official text.</summary>
    public bool DatesVerified { get; init; } = true;
    public string? Supersedes { get; init; }
    public required string Source { get; init; }
    public required string FileName { get; init; }
    public required string Hash { get; init; }
    public required SourceLocation Location { get; init; }

    public IReadOnlyDictionary<string, LookupTable> Tables { get; init; } = new Dictionary<string, LookupTable>();
    public IReadOnlyList<StandardItem> Items { get; init; } = [];
    public IReadOnlyList<VerdictClass> Classes { get; init; } = [];
    public IReadOnlyList<(string Id, string Title)> Categories { get; init; } = [];
    public IReadOnlyList<Criterion> Criteria { get; init; } = [];

    public CatalogReference Reference => new(Id, Version, Hash);

    // Printed in every result and keyed on per report: computed once, not per evaluation.
    private string? _shortReference, _fullReference;

    /// <summary><c>id@version#hash12</c>, as <see cref="CatalogReference.ToString"/> prints it.</summary>
    public string ShortReference => _shortReference ??= Reference.ToString();

    /// <summary><c>id@version#sha256</c>, with the whole hash.</summary>
    public string FullReference => _fullReference ??= $"{Id}@{Version}#{Hash}";

    public bool IsCrossIndustry => Industries.Contains("*");

    /// <summary>In force on <paramref name="date"/>: from is inclusive, to is exclusive (the day a successor takes over).</summary>
    public bool InForceOn(DateOnly date) =>
        (EffectiveFrom is null || EffectiveFrom <= date) && (EffectiveTo is null || date < EffectiveTo);

    public bool AppliesTo(string industry) => IsCrossIndustry || Industries.Contains(industry);
}
