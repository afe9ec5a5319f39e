using RulesKit.Catalogs;

namespace RulesKit.Tests.Catalogs;

public class CatalogLoaderTests
{
    private static IReadOnlyList<Diagnostic> Errors(params (string, string)[] files)
    {
        var act = () => TestData.Load(files);
        return act.Should().Throw<RulesKitInputException>().Which.Diagnostics;
    }

    [Fact]
    public void LoadEmbedded_ShippedCatalogs_LoadAndMatchTheRulesFolder()
    {
        var embedded = CatalogSet.LoadEmbedded().Describe();
        var folder = CatalogSet.LoadDirectory(TestData.RulesDirectory).Describe();
        embedded.Select(c => c.Reference).Should().Equal(folder.Select(c => c.Reference));
        embedded.Should().Contain(c => c.Reference.Id == "henan.zhengzhou-annex4" && c.Type == CatalogType.Determination && c.Items == 11);
    }

    [Fact]
    public void Describe_CountsVerifiedItems()
    {
        var mining2017 = TestData.Engine.Catalogs.Describe().Single(c => c.Reference.Id == "mining.major-hazards" && c.Reference.Version == "2017");
        mining2017.Items.Should().Be(6);
        mining2017.Verified.Should().Be(0, "the 2017 texts were seen only on secondary pages");
        var hazchem = TestData.Engine.Catalogs.Describe().Single(c => c.Reference.Id == "hazchem.major-hazards");
        (hazchem.Items, hazchem.Verified).Should().Be((29, 29));
    }

    [Fact]
    public void Load_UnknownCategory_LocatedError()
    {
        var standards = TestData.Standards("a > 1").Replace("categories: [cat]", "categories: [nosuch]");
        var d = Errors(("d.yaml", TestData.Determination), ("s.yaml", standards)).Should().ContainSingle().Subject;
        d.Source.Should().Be("s.yaml");
        d.Line.Should().Be(20);
        d.Message.Should().Contain("unknown category 'nosuch'");
    }

    [Fact]
    public void Load_ItemWithoutClause_LocatedError()
    {
        var standards = TestData.Standards("a > 1").Replace("    clause: \"1\"\n", "");
        Errors(("d.yaml", TestData.Determination), ("s.yaml", standards))
            .Should().ContainSingle(d => d.Message == "item 'I-1': missing required key 'clause'" && d.Line == 20);
    }

    [Fact]
    public void Load_UnknownKey_NamesExpectedKeys()
    {
        var standards = TestData.Standards("a > 1").Replace("    veto: true", "    veto: true\n    vetto: true");
        Errors(("d.yaml", TestData.Determination), ("s.yaml", standards))
            .Should().ContainSingle().Which.Message.Should().Contain("unknown key 'vetto'").And.Contain("expected one of:");
    }

    [Fact]
    public void Load_WrongAttributeType_LocatedError()
    {
        var standards = TestData.Standards("a > 1").Replace("a: { type: number }", "a: { type: integer }");
        var d = Errors(("d.yaml", TestData.Determination), ("s.yaml", standards)).First();
        (d.Line, d.Column).Should().Be((14, 18));
        d.Message.Should().Contain("type must be one of number, boolean, text, date, enum");
    }

    [Fact]
    public void Load_OverlappingVersions_Rejected()
    {
        var errors = Errors(("d.yaml", TestData.Determination),
            ("s1.yaml", TestData.Standards("a > 1", version: "1", from: "2020-01-01", to: "2022-01-01")),
            ("s2.yaml", TestData.Standards("a > 1", version: "2", from: "2021-06-01")));
        errors.Should().ContainSingle().Which.Message.Should().Contain("overlap");
    }

    [Fact]
    public void Load_AdjacentVersions_Accepted()
    {
        var set = TestData.Load(("d.yaml", TestData.Determination),
            ("s1.yaml", TestData.Standards("a > 1", version: "1", from: "2020-01-01", to: "2022-01-01")),
            ("s2.yaml", TestData.Standards("a > 1", version: "2", from: "2022-01-01")));
        set.Describe().Select(c => c.Reference.Version).Should().Equal("1", "1", "2");
    }

    [Fact]
    public void Load_SupersedesAVersionNotLoaded_Rejected()
    {
        var successor = TestData.Standards("a > 1", version: "2", from: "2022-01-01").Replace("source: test\nkinds", "source: test\nsupersedes: test.standard@1\nkinds");
        Errors(("d.yaml", TestData.Determination), ("s2.yaml", successor))
            .Should().ContainSingle().Which.Message.Should().Contain("supersedes 'test.standard@1', which is not loaded");
    }

    [Fact]
    public void Load_ConflictingKindDeclarations_Rejected()
    {
        var other = TestData.Standards("a > 1").Replace("id: test.standard", "id: test.other").Replace("a: { type: number }", "a: { type: text }");
        Errors(("d.yaml", TestData.Determination), ("s1.yaml", TestData.Standards("a > 1")), ("s2.yaml", other))
            .Should().Contain(d => d.Message.Contains("declared as Text here but as Number"));
    }

    [Fact]
    public void Load_SeveralProblems_AllReportedAndNothingLoaded()
    {
        var broken = TestData.Standards("a >").Replace("kind: thing", "kind: nothing");
        var errors = Errors(("d.yaml", TestData.Determination), ("s.yaml", broken), ("bad.yaml", "catalog: [\n"));
        errors.Select(e => e.Source).Should().Contain(["s.yaml", "bad.yaml"]);
        errors.Should().Contain(e => e.Message.Contains("unknown kind 'nothing'"));
    }

    [Fact]
    public void LoadDirectory_MissingFolder_ClearError()
    {
        var act = () => CatalogSet.LoadDirectory("/no/such/folder");
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single().Message.Should().Be("catalog folder not found");
    }

    [Fact]
    public void Load_ShippedItems_AllCiteClauseAndSource()
    {
        foreach (var catalog in TestData.Engine.Catalogs.All)
        foreach (var item in catalog.Items)
        {
            item.Clause.Should().NotBeNullOrWhiteSpace(item.Id);
            item.Source.Should().NotBeNullOrWhiteSpace(item.Id);
            item.Text.Should().NotBeNullOrWhiteSpace(item.Id);
        }
    }
}

public class CatalogContentTests
{
    [Theory]
    [InlineData("henan.zhengzhou-annex4")]
    [InlineData("national.assessment-reports")]
    public void EveryCriterion_FedByAVerifiedItem(string listId)
    {
        var catalogs = TestData.Engine.Catalogs.All;
        var verifiedCategories = catalogs.SelectMany(c => c.Items).Where(i => i.Verified).SelectMany(i => i.Categories).ToHashSet();
        foreach (var criterion in catalogs.Single(c => c.Id == listId).Criteria)
            criterion.Categories.Should().Contain(c => verifiedCategories.Contains(c), $"criterion {criterion.Id} of {listId} needs a verified item");
    }

    [Fact]
    public void EveryCatalogDocumentAndItemSource_Present()
    {
        foreach (var catalog in TestData.Engine.Catalogs.All)
        {
            catalog.Document.Should().NotBeNullOrWhiteSpace(catalog.Id);
            catalog.Source.Should().NotBeNullOrWhiteSpace(catalog.Id);
            foreach (var table in catalog.Tables.Values)
                table.Source.Should().NotBeNullOrWhiteSpace($"{catalog.Id}/{table.Name}");
        }
    }
}
