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
        var typeText = b.Text(root, "type", "unit file", true);
        var type = typeText switch { "storage" => HazardousUnitType.Storage, "production" => HazardousUnitType.Production, _ => (HazardousUnitType?)null };
        if (typeText is not null && type is null)
            b.Report(Messages.UnknownEvidenceSource, root["type"]!.Location, "type", "storage, production", typeText);
        int? people = null;
        if (root["peopleWithin500m"] is { } peopleNode and not ScalarNode { IsNull: true })
        {
            people = b.WholeNumber(peopleNode, "peopleWithin500m");
            if (people < 0)
            {
                b.Report(Messages.WrongValue, peopleNode.Location, "peopleWithin500m", new LocalizedText("0 或更多人", "0 or more people"), people);
                people = null;
            }
        }
        var substances = new List<UnitSubstance>();
        foreach (var node in b.List(root, "substances", "unit file", true))
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
        b.ThrowIfErrors();
        return new HazardousUnit
        {
            Name = b.Text(root, "unit", "unit file", true) ?? "",
            Type = type ?? HazardousUnitType.Storage,
            PeopleWithin500m = people,
            Substances = [.. substances],
            Source = document.Location.Source,
        };
    }

    // One category, or a list of them for a substance of several hazards (4.1.2 b).
    private static ImmutableArray<string> Categories(MappingNode m, string what, NodeBinder b) => m["category"] switch
    {
        null or ScalarNode { IsNull: true } => [],
        SequenceNode => [.. b.TextList(m, "category", what, false)],
        _ => b.Text(m, "category", what, false) is { } one ? [one] : [],
    };
}
