using System.Collections.Immutable;
using RulesKit.Input;

namespace RulesKit.Reports;

/// <summary>
/// Reads a unit written alone for <c>ruleskit mhi</c> (rules/schema/mhi-unit.schema.json): its name, type, the people
/// within 500 m and its substances, each located so that a problem names file, line and column.
/// </summary>
internal static class HazardousUnitReader
{
    /// <summary>The largest quantity accepted, in tonnes: past this a value is a slip, not a store.</summary>
    public const decimal MaxQuantity = 10_000_000m;

    public static HazardousUnit Read(DocumentNode document)
    {
        var b = new NodeBinder();
        var root = b.Mapping(document, "unit file") ?? throw new RulesKitInputException(b.Diagnostics);
        b.OnlyKeys(root, "unit file", "unit", "type", "peopleWithin500m", "substances");
        var type = UnitType(root, "unit file", b, true);
        var people = People(root, b);
        var substances = Substances(b.List(root, "substances", "unit file", true), b);
        var name = b.Text(root, "unit", "unit file", true) ?? "";
        b.ThrowIfErrors();
        return new HazardousUnit
        {
            Name = name,
            Type = type,
            PeopleWithin500m = people,
            Substances = [.. substances],
            Source = document.Location.Source,
        };
    }

    /// <summary>A subject's <c>inventory</c> block in a report: type, people within 500 m, and the substances of each view.</summary>
    public static SubjectInventory? Inventory(DocumentNode node, string what, NodeBinder b)
    {
        if (b.Mapping(node, what) is not { } m)
            return null;
        b.OnlyKeys(m, what, "type", "peopleWithin500m", "observed", "reported");
        ImmutableArray<UnitSubstance>? View(string key) =>
            m[key] is null or ScalarNode { IsNull: true } ? null : [.. Substances(b.List(m, key, what, false), b)];
        return new SubjectInventory { Type = UnitType(m, what, b, false), PeopleWithin500m = People(m, b), Observed = View("observed"), Reported = View("reported") };
    }

    private static HazardousUnitType UnitType(MappingNode m, string what, NodeBinder b, bool required)
    {
        var text = b.Text(m, "type", what, required);
        switch (text)
        {
            case null or "storage":
                return HazardousUnitType.Storage;
            case "production":
                return HazardousUnitType.Production;
            default:
                b.Report(Messages.UnknownEvidenceSource, m["type"]!.Location, "type", "storage, production", text);
                return HazardousUnitType.Storage;
        }
    }

    private static int? People(MappingNode m, NodeBinder b)
    {
        if (m["peopleWithin500m"] is not { } node || node is ScalarNode { IsNull: true })
            return null;
        var people = b.WholeNumber(node, "peopleWithin500m");
        if (people >= 0)
            return people;
        if (people is not null)
            b.Report(Messages.WrongValue, node.Location, "peopleWithin500m", new LocalizedText("0 或更多人", "0 or more people"), people);
        return null;
    }

    private static List<UnitSubstance> Substances(IReadOnlyList<DocumentNode> nodes, NodeBinder b)
    {
        var substances = new List<UnitSubstance>();
        foreach (var node in nodes)
        {
            if (b.Mapping(node, "substances") is not { } m)
                continue;
            var name = b.Text(m, "name", "substances", true) ?? "?";
            var what = $"substances[{name}]";
            b.OnlyKeys(m, what, "name", "cas", "row", "category", "quantity_t");
            var quantity = b.Number(m, "quantity_t", what, true);
            if (quantity is < 0 or > MaxQuantity)
                b.Report(Messages.QuantityOutOfRange, m["quantity_t"]!.Location, what, MaxQuantity, quantity);
            substances.Add(new UnitSubstance
            {
                Name = name,
                Cas = b.Text(m, "cas", what, false),
                Row = m["row"] is { } rowNode ? b.WholeNumber(rowNode, $"{what}.row") : null,
                Categories = Categories(m, what, b),
                QuantityTonnes = quantity ?? 0,
                Location = m.Location,
            });
        }
        return substances;
    }

    // One category, or a list of them for a substance of several hazards (4.1.2 b).
    private static ImmutableArray<string> Categories(MappingNode m, string what, NodeBinder b) => m["category"] switch
    {
        null or ScalarNode { IsNull: true } => [],
        SequenceNode => [.. b.TextList(m, "category", what, false)],
        _ => b.Text(m, "category", what, false) is { } one ? [one] : [],
    };
}
