using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RulesKit.Input;

namespace RulesKit.Tests.Api;

/// <summary>Every shipped YAML/JSON file validates against the JSON Schema its first line names, so editors and the engine agree.</summary>
public class SchemaTests
{
    private static readonly string SchemaDirectory = Path.Combine(TestData.RulesDirectory, "schema");

    // Parsed once: parsing a schema registers it (by its $id) for the references between schemas.
    internal static readonly Dictionary<string, JsonSchema> Schemas = Directory.EnumerateFiles(SchemaDirectory, "*.json")
        .ToDictionary(f => Path.GetFileName(f), f => JsonSchema.FromText(File.ReadAllText(f)));

    public static TheoryData<string> ShippedFiles => new(
        // Every shipped YAML or JSON file under rules/ (catalogs, vocabulary, known gaps, examples, scenarios,
        // the example campaign), the schemas themselves aside.
        Directory.EnumerateFiles(TestData.RulesDirectory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(TestData.RulesDirectory, f).StartsWith("schema", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(TestData.RulesDirectory, f))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Validate_ShippedFile_MatchesItsSchema(string relative)
    {
        var path = Path.Combine(TestData.RulesDirectory, relative);
        var text = File.ReadAllText(path);
        var schemaName = SchemaFor(relative, text);
        var schema = Schemas[schemaName];

        var result = schema.Evaluate(JsonSerializer.SerializeToElement(ToJson(DocumentReader.Read(text, relative))), new EvaluationOptions { OutputFormat = OutputFormat.List });

        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => !d.IsValid && d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Validate_ReportWithUnknownKey_Invalid()
    {
        var schema = Schemas["report.schema.json"];
        var text = File.ReadAllText(Path.Combine(TestData.ExamplesDirectory, "hazchem-c07-unresolved-hazard.false.yaml")) + "colour: red\n";
        schema.Evaluate(JsonSerializer.SerializeToElement(ToJson(DocumentReader.Read(text, "x.yaml")))).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Validate_CatalogWithoutDocumentNumber_Invalid()
    {
        var text = File.ReadAllText(Path.Combine(TestData.RulesDirectory, "standards", "hazchem", "major-hazards@2017.yaml"))
            .Replace("document: 安监总管三〔2017〕121号\n", "");
        var json = JsonSerializer.SerializeToElement(ToJson(DocumentReader.Read(text, "x.yaml")));
        Schemas["standards-catalog.schema.json"].Evaluate(json).IsValid.Should().BeFalse();
    }

    // YAML files name their schema on the first line; JSON reports cannot carry a comment.
    private static string SchemaFor(string relative, string text)
    {
        if (relative.EndsWith(".json", StringComparison.Ordinal))
            return "report.schema.json";
        var first = text.Split('\n')[0];
        first.Should().StartWith("# yaml-language-server: $schema=", $"{relative} must name its schema on its first line");
        return Path.GetFileName(first[(first.IndexOf('=') + 1)..].Trim());
    }

    internal static JsonNode? ToJson(DocumentNode node) => node switch
    {
        MappingNode m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        SequenceNode s => new JsonArray(s.Items.Select(ToJson).ToArray()),
        ScalarNode { IsNull: true } => null,
        ScalarNode { IsPlain: true, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        ScalarNode { IsPlain: true } n when decimal.TryParse(n.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        ScalarNode s => JsonValue.Create(s.Value),
        _ => throw new JsonException("unexpected node"),
    };
}
