using System.Text.Json;
using RulesKit.Input;

namespace RulesKit.Tests.Api;

/// <summary>
/// The JSON Schemas (what an editor checks) and the loaders (what the engine checks) agree: a file the
/// schema refuses, the engine refuses too, and a valid file passes both. The engine checks more than the
/// shape (references, vocabulary, whether a date exists); the schema never accepts less than it does.
/// </summary>
public class SchemaAgreementTests
{
    private static bool SchemaAccepts(string schema, string text) =>
        SchemaTests.Schemas[schema].Evaluate(JsonSerializer.SerializeToElement(SchemaTests.ToJson(DocumentReader.Read(text, "x.yaml")))).IsValid;

    private static bool EngineAcceptsCatalog(string text)
    {
        try
        {
            TestData.EngineOf(("d.yaml", TestData.Determination), ("s.yaml", text));
            return true;
        }
        catch (RulesKitInputException)
        {
            return false;
        }
    }

    private static bool EngineAcceptsReport(string text)
    {
        try
        {
            TestData.Engine.ParseReport(text, "r.yaml");
            return true;
        }
        catch (RulesKitInputException)
        {
            return false;
        }
    }

    private static readonly string Catalog = TestData.Standards("a > 1").Replace("industries: [test]", "industries: [hazchem]");

    public static TheoryData<string, string, string> BrokenCatalogs => new()
    {
        { "empty clause", "    clause: \"1\"", "    clause: \"\"" },
        { "unquoted version", "version: \"1\"", "version: 1" },
        { "no source", "source: test\nkinds", "kinds" },
        { "unknown key", "    veto: true", "    veto: true\n    vetto: true" },
        { "unknown confidence", "confidence: official", "confidence: sure" },
        { "veto as text", "    veto: true", "    veto: \"true\"" },
        { "no category", "categories: [cat]", "categories: []" },
        { "date in another form", "jurisdiction: test", "jurisdiction: test\neffectiveFrom: 2021/01/01" },
        { "unknown attribute type", "a: { type: number }", "a: { type: integer }" },
        { "neither when nor compare", "    when: \"a > 1\"", "" },
    };

    private const string ReportBase = TestData.ReportHeader + """
        subjects:
          - { id: T, kind: storage_tank_area, observed: { mhi_grade: 2 } }
        evidence:
          - { id: E, source: agency_survey, description: d, concerns: [T] }

        """;

    public static TheoryData<string, string, string> BrokenReports => new()
    {
        { "empty title", "title: t", "title: \"\"" },
        { "date in another form", "evaluationDate: 2021-06-01", "evaluationDate: 2021/6/1" },
        { "unknown key", "county: c", "county: c\ncolour: red" },
        { "subject without observed", ", observed: { mhi_grade: 2 } }", " }" },
        { "unknown evidence source", "source: agency_survey", "source: photo" },
        { "favourable as text", "favourable: true", "favourable: \"yes\"" },
        { "unquoted numeric id", "id: R-1", "id: 12" },
        { "no conclusion", "conclusion: { text: 具备安全生产条件, favourable: true }\n", "" },
    };

    [Fact]
    public void ValidFiles_BothAccept()
    {
        SchemaAccepts("standards-catalog.schema.json", Catalog).Should().BeTrue();
        EngineAcceptsCatalog(Catalog).Should().BeTrue();
        SchemaAccepts("report.schema.json", ReportBase).Should().BeTrue();
        EngineAcceptsReport(ReportBase).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(BrokenCatalogs))]
    public void BrokenCatalog_BothRefuse(string what, string from, string to)
    {
        var text = Catalog.Replace(from, to);
        text.Should().NotBe(Catalog, what);
        SchemaAccepts("standards-catalog.schema.json", text).Should().BeFalse($"the schema refuses: {what}");
        EngineAcceptsCatalog(text).Should().BeFalse($"the engine refuses: {what}");
    }

    [Theory]
    [MemberData(nameof(BrokenReports))]
    public void BrokenReport_BothRefuse(string what, string from, string to)
    {
        var text = ReportBase.Replace(from, to);
        text.Should().NotBe(ReportBase, what);
        SchemaAccepts("report.schema.json", text).Should().BeFalse($"the schema refuses: {what}");
        EngineAcceptsReport(text).Should().BeFalse($"the engine refuses: {what}");
    }
}
