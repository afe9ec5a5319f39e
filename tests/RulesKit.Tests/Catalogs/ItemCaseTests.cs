using System.Globalization;
using RulesKit.Catalogs;
using RulesKit.Conditions;
using RulesKit.Facts;
using RulesKit.Input;

namespace RulesKit.Tests.Catalogs;

/// <summary>
/// Every shipped standards item fires on facts that violate it and stays silent at its boundary
/// (item-cases.yaml). Thresholds at the boundary are read from the catalog, not copied.
/// </summary>
public class ItemCaseTests
{
    private static readonly string CasesFile = Path.Combine(TestData.RepositoryRoot, "tests", "RulesKit.Tests", "Catalogs", "item-cases.yaml");

    private static readonly Lazy<MappingNode> Cases = new(() => (MappingNode)StrictYamlReader.Read(File.ReadAllText(CasesFile), CasesFile));

    private static IEnumerable<StandardItem> ShippedItems => TestData.Engine.Catalogs.All.SelectMany(c => c.Items);

    private static string Key(StandardItem item) => $"{item.Catalog.Id}@{item.Catalog.Version}/{item.Id}";

    public static TheoryData<string> Keys => new(ShippedItems.Select(Key).Order(StringComparer.Ordinal));

    [Fact]
    public void Cases_CoverEveryShippedItemAndNameNoOther()
    {
        var keys = Cases.Value.Entries.Select(e => e.Key.Value).ToList();
        keys.Should().BeEquivalentTo(ShippedItems.Select(Key));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Evaluate_ViolatingFacts_ItemFires(string key) => Check(key, "violates", expectFired: true);

    [Theory]
    [MemberData(nameof(Keys))]
    public void Evaluate_BoundaryFacts_ItemSilent(string key) => Check(key, "complies", expectFired: false);

    private static void Check(string key, string which, bool expectFired)
    {
        var item = ShippedItems.Single(i => Key(i) == key);
        var kind = TestData.Engine.Catalogs.Kinds[item.Kind];
        var node = (MappingNode)((MappingNode)Cases.Value[key]!)[which]!;
        var date = item.Catalog.EffectiveFrom ?? item.Catalog.EffectiveTo?.AddDays(-1) ?? new DateOnly(2021, 6, 1);

        var (observed, reported) = node["observed"] is MappingNode views
            ? (Values(views, kind, item, date), node["reported"] is MappingNode r ? Values(r, kind, item, date) : null)
            : (Values(node, kind, item, date), null);
        var subject = new CheckedSubject { Id = "S", Kind = item.Kind, Observed = observed, Reported = reported };
        var industry = item.Catalog.Industries.FirstOrDefault(i => i != "*") ?? "hazchem";

        var result = TestData.Engine.Evaluate(TestData.Report(industry, date, [subject]));

        result.Issues.Should().BeEmpty();
        result.Catalogs.Should().Contain(c => c.StartsWith($"{item.Catalog.Id}@{item.Catalog.Version}#"));
        var fired = result.Nonconformities.Any(n => n.ItemId == item.Id && n.Catalog.StartsWith($"{item.Catalog.Id}@{item.Catalog.Version}#"));
        fired.Should().Be(expectFired, $"{key} {which}: {item.Condition?.Text ?? "comparison"}");
    }

    // Typed as the kind declares; "=threshold" becomes the item's threshold evaluated on the other values.
    private static Dictionary<string, object> Values(MappingNode node, KindSchema kind, StandardItem item, DateOnly date)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        string? placeholder = null;
        foreach (var (key, value) in node.Entries)
        {
            var text = ((ScalarNode)value).Value;
            if (text == "=threshold")
            {
                placeholder = key.Value;
                continue;
            }
            var attribute = kind.Find(key.Value) ?? throw new InvalidOperationException($"{item.Id}: no attribute {key.Value}");
            values[key.Value] = attribute.Type switch
            {
                AttributeType.Number => decimal.Parse(text, CultureInfo.InvariantCulture),
                AttributeType.Boolean => bool.Parse(text),
                AttributeType.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => text,
            };
        }
        if (placeholder is not null)
        {
            var slots = new object?[kind.Attributes.Count];
            foreach (var (name, value) in values)
                slots[kind.Find(name)!.Slot] = value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : value;
            var threshold = item.ThresholdValue!.Evaluate(new AttributeView(slots, date.ToDateTime(TimeOnly.MinValue)))!;
            values[placeholder] = threshold is DateTime t ? DateOnly.FromDateTime(t) : threshold;
        }
        return values;
    }
}
