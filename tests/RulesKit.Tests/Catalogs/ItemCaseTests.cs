using System.Globalization;
using RulesKit.Catalogs;
using RulesKit.Engine.Facts;
using RulesKit.Input;
using RulesKit.Inspections;

namespace RulesKit.Tests.Catalogs;

/// <summary>
/// Every shipped standards item fires on facts that violate it and stays silent at its boundary
/// (item-cases.yaml). Thresholds at the boundary are read from the catalog, not copied.
/// </summary>
public class ItemCaseTests
{
    private static readonly string CasesFile = Path.Combine(TestData.RepositoryRoot, "tests", "RulesKit.Tests", "Catalogs", "item-cases.yaml");

    private static readonly Lazy<MappingNode> Cases = new(() => (MappingNode)DocumentReader.ReadFile(CasesFile));

    private static IEnumerable<(Catalog Catalog, StandardItem Item)> ShippedItems => TestData.Engine.Catalogs.Catalogs.SelectMany(c => c.Items.Select(i => (c, i)));

    private static string Key((Catalog Catalog, StandardItem Item) x) => $"{x.Catalog.Reference.Key}/{x.Item.Id}";

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
        var (catalog, item) = ShippedItems.Single(i => Key(i) == key);
        var kind = TestData.Engine.Catalogs.Kinds[item.Kind];
        var node = (MappingNode)((MappingNode)Cases.Value[key]!)[which]!;
        var date = catalog.EffectiveFrom ?? catalog.EffectiveTo?.AddDays(-1) ?? new DateOnly(2021, 6, 1);

        var (observed, reported) = node["observed"] is MappingNode views
            ? (Values(views, kind, catalog, item, date), node["reported"] is MappingNode r ? Values(r, kind, catalog, item, date) : null)
            : (Values(node, kind, catalog, item, date), null);
        var subject = new CheckedSubject { Id = "S", Kind = item.Kind, Observed = observed, Reported = reported };
        var industry = item.Industries.FirstOrDefault() ?? catalog.Industries.FirstOrDefault(i => i != "*") ?? "hazchem";

        // A party's conduct items are judged on an inspection record, an industry's on a report.
        var result = TestData.Engine.Catalogs.Vocabulary.IsParty(industry)
            ? TestData.Engine.Inspect(new InspectionRecord { Id = "I", Party = industry, Name = "n", County = "c", InspectionDate = date, Subjects = [subject] })
            : TestData.Engine.Evaluate(TestData.Report(industry, date, [subject]));

        result.Diagnostics.Should().NotContain(d => d.Code == "RK5004");
        result.Catalogs.Should().Contain(catalog.Reference);
        var fired = result.Nonconformities.Any(n => n.ItemId == item.Id && n.Catalog.Equals(catalog.Reference));
        fired.Should().Be(expectFired, $"{key} {which}: {item.Test}");
    }

    // Typed as the kind declares; "=threshold" becomes the item's threshold evaluated on the other values.
    private static Dictionary<string, object> Values(MappingNode node, SubjectKind kind, Catalog catalog, StandardItem item, DateOnly date)
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
            var view = FactBuilder.View(values, kind, date.ToDateTime(TimeOnly.MinValue));
            var threshold = TestData.Engine.Evaluator.Catalogs[item].Threshold!.Evaluate(view)!;
            values[placeholder] = threshold is DateTime t ? DateOnly.FromDateTime(t) : threshold;
        }
        return values;
    }
}
