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
    public void Create_EmbeddedAndFolder_SameCatalogs()
    {
        var embedded = RulesKitEngine.FromEmbeddedCatalogs().Catalogs.Catalogs;
        var folder = RulesKitEngine.FromDirectory(TestData.RulesDirectory).Catalogs.Catalogs;
        embedded.Select(c => c.Reference).Should().Equal(folder.Select(c => c.Reference));
        embedded.Should().Contain(c => c.Id == "henan.zhengzhou-annex4" && c.Type == CatalogType.Determination && c.Criteria.Length == 11);
    }

    [Fact]
    public void Load_UnknownCategory_LocatedError()
    {
        var standards = TestData.Standards("a > 1").Replace("categories: [cat]", "categories: [nosuch]");
        var d = Errors(("d.yaml", TestData.Determination), ("s.yaml", standards)).Should().ContainSingle().Subject;
        d.Code.Should().Be("RK3010");
        d.Source.Should().Be("standards/s.yaml");
        d.Line.Should().Be(20);
        d.Message.Should().Contain("unknown category 'nosuch'");
    }

    [Fact]
    public void Load_ItemWithoutClause_LocatedError()
    {
        var standards = TestData.Standards("a > 1").Replace("    clause: \"1\"\n", "");
        Errors(("d.yaml", TestData.Determination), ("s.yaml", standards))
            .Should().ContainSingle(d => d.Code == "RK1103" && d.Message == "item 'I-1': missing required key 'clause'" && d.Line == 20);
    }

    [Fact]
    public void Load_EmptyClause_RefusedAsTheSchemaRefusesIt()
    {
        var standards = TestData.Standards("a > 1").Replace("    clause: \"1\"\n", "    clause: \"\"\n");
        Errors(("d.yaml", TestData.Determination), ("s.yaml", standards)).Should().ContainSingle(d => d.Code == "RK1114");
    }

    [Fact]
    public void Load_UnknownKey_NamesExpectedKeys()
    {
        var standards = TestData.Standards("a > 1").Replace("    veto: true", "    veto: true\n    vetto: true");
        var d = Errors(("d.yaml", TestData.Determination), ("s.yaml", standards)).Should().ContainSingle().Subject;
        d.Code.Should().Be("RK1102");
        d.Message.Should().Contain("unknown key 'vetto'").And.Contain("expected one of:");
        d.Format(Language.Chinese).Should().Contain("键“vetto”未知");
    }

    [Fact]
    public void Load_FullWidthColon_SaysSo()
    {
        var standards = TestData.Standards("a > 1").Replace("    veto: true", "    veto： true");
        var d = Errors(("d.yaml", TestData.Determination), ("s.yaml", standards)).Should().ContainSingle().Subject;
        d.Code.Should().Be("RK1007");
        d.Line.Should().Be(25);
        d.Column.Should().Be(9);
        d.Format(Language.Chinese).Should().Contain("全角字符“：”");
    }

    [Fact]
    public void Load_CategoryClassOfAnUnknownClassOrACategoryNotCounted_LocatedErrors()
    {
        var standards = TestData.Standards("a > 1");
        var unknownClass = TestData.Determination.Replace("    class: bad\n", "    class: bad\n    categoryClasses: { cat: worse }\n", StringComparison.Ordinal);
        Errors(("d.yaml", unknownClass), ("s.yaml", standards)).Should().ContainSingle(d => d.Code == "RK3012").Which.Format(Language.English).Should().Contain("worse");
        var notCounted = TestData.Determination.Replace("    class: bad\n", "    class: bad\n    categoryClasses: { other: bad }\n", StringComparison.Ordinal);
        Errors(("d.yaml", notCounted), ("s.yaml", standards)).Should().Contain(d => d.Format(Language.English).Contains("other", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_LegacyVerifiedKey_PointsToConfidence()
    {
        var standards = TestData.Standards("a > 1").Replace("    confidence: official", "    verified: true");
        Errors(("d.yaml", TestData.Determination), ("s.yaml", standards)).Should().ContainSingle(d => d.Code == "RK3030");
    }

    [Fact]
    public void Load_BasisNotATextAttribute_LocatedError()
    {
        var standards = TestData.Standards("a > b").Replace("b: { type: number }", "b: { type: number, basis: a }");
        Errors(("d.yaml", TestData.Determination), ("s.yaml", standards)).Should().ContainSingle(d => d.Code == "RK3035")
            .Which.Message.Should().Contain("'a'");
    }

    [Fact]
    public void Load_WrongAttributeType_LocatedError()
    {
        var standards = TestData.Standards("a > 1").Replace("a: { type: number }", "a: { type: integer }");
        var d = Errors(("d.yaml", TestData.Determination), ("s.yaml", standards)).First();
        d.Code.Should().Be("RK3023");
        (d.Line, d.Column).Should().Be((14, 18));
    }

    [Fact]
    public void Load_OverlappingVersions_Rejected()
    {
        Errors(("d.yaml", TestData.Determination),
            ("s1.yaml", TestData.Standards("a > 1", version: "1", from: "2020-01-01", to: "2022-01-01")),
            ("s2.yaml", TestData.Standards("a > 1", version: "2", from: "2021-06-01")))
            .Should().ContainSingle().Which.Code.Should().Be("RK3006");
    }

    [Fact]
    public void Load_GapBetweenVersions_Rejected()
    {
        var d = Errors(("d.yaml", TestData.Determination),
            ("s1.yaml", TestData.Standards("a > 1", version: "1", from: "2020-01-01", to: "2022-01-01")),
            ("s2.yaml", TestData.Standards("a > 1", version: "2", from: "2022-03-01"))).Should().ContainSingle().Subject;
        d.Code.Should().Be("RK3007");
        d.Message.Should().Contain("ends on 2022-01-01").And.Contain("starts only on 2022-03-01");
    }

    [Fact]
    public void Load_AdjacentVersions_Accepted()
    {
        var set = TestData.Load(("d.yaml", TestData.Determination),
            ("s1.yaml", TestData.Standards("a > 1", version: "1", from: "2020-01-01", to: "2022-01-01")),
            ("s2.yaml", TestData.Standards("a > 1", version: "2", from: "2022-01-01")));
        set.Catalogs.Select(c => c.Version).Should().Equal("1", "1", "2");
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
            .Should().Contain(d => d.Code == "RK3024" && d.Message.Contains("declared as Text here but as Number"));
    }

    [Fact]
    public void Load_UnknownIndustry_NamesTheKnownOnes()
    {
        var standards = TestData.Standards("a > 1").Replace("industries: [test]", "industries: [hazchemical]");
        var d = Errors(("d.yaml", TestData.Determination), ("s.yaml", standards)).Should().ContainSingle().Subject;
        d.Code.Should().Be("RK2001");
        d.Message.Should().Contain("unknown industry 'hazchemical'").And.Contain("hazchem");
    }

    [Fact]
    public void Load_CategoryCountedByNoCriterion_Rejected()
    {
        var list = TestData.Determination.Replace("  - { id: cat, title: a category }", "  - { id: cat, title: a category }\n  - { id: orphan, title: nobody counts it }");
        var d = Errors(("d.yaml", list), ("s.yaml", TestData.Standards("a > 1"))).Should().ContainSingle().Subject;
        d.Code.Should().Be("RK3014");
        d.Message.Should().Contain("'orphan'");
    }

    [Fact]
    public void Load_DraftItem_LoadsWithAWarning()
    {
        var set = TestData.Load(("d.yaml", TestData.Determination), ("s.yaml", TestData.Standards("a > 1").Replace("confidence: official", "confidence: draft")));
        set.Warnings.Should().ContainSingle().Which.Code.Should().Be("RK3031");
    }

    [Fact]
    public void Load_SeveralProblems_AllReportedAndNothingLoaded()
    {
        var broken = TestData.Standards("a >").Replace("kind: thing", "kind: nothing");
        var errors = Errors(("d.yaml", TestData.Determination), ("s.yaml", broken), ("bad.yaml", "catalog: [\n"));
        errors.Select(e => e.Source).Should().Contain(["standards/s.yaml", "standards/bad.yaml"]);
        errors.Should().Contain(e => e.Code == "RK3009" && e.Message.Contains("unknown kind 'nothing'"));
    }

    [Fact]
    public void FromDirectory_MissingFolder_ClearError()
    {
        var act = () => RulesKitEngine.FromDirectory("/no/such/folder");
        var d = act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single();
        (d.Code, d.Source, d.Message).Should().Be(("RK3001", "/no/such/folder", "catalog folder not found"));
    }

    [Fact]
    public void FromDirectory_FolderWithoutCatalogs_ClearError()
    {
        var act = () => RulesKitEngine.FromDirectory(Path.Combine(TestData.RulesDirectory, "standards"));
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single().Code.Should().Be("RK3002");
    }

    [Fact]
    public void FromDirectory_BrokenCatalog_PathAsTheUserTypedIt()
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-cat-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "standards"));
            File.WriteAllText(Path.Combine(dir.FullName, "standards", "s.yaml"), TestData.Standards("a >"));
            File.WriteAllText(Path.Combine(dir.FullName, "standards", "d.yaml"), TestData.Determination);
            File.WriteAllText(Path.Combine(dir.FullName, "vocabulary.yaml"), TestData.Vocabulary);
            var act = () => RulesKitEngine.FromDirectory(dir.FullName);
            act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().ContainSingle()
                .Which.Source.Should().Be(Path.Combine(dir.FullName, "standards/s.yaml"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Load_ShippedItems_AllCiteClauseTextAndSource()
    {
        foreach (var catalog in TestData.Engine.Catalogs.Catalogs)
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
    public void EveryCriterion_FedByAnItemThatCanDecide(string listId)
    {
        var catalogs = TestData.Engine.Catalogs.Catalogs;
        var deciding = catalogs.SelectMany(c => c.Items).Where(i => i.Confidence is Confidence.Official or Confidence.Transcription).SelectMany(i => i.Categories).ToHashSet();
        foreach (var criterion in catalogs.Single(c => c.Id == listId).Criteria)
            criterion.Categories.Should().Contain(c => deciding.Contains(c), $"criterion {criterion.Id} of {listId} needs an item that can decide");
    }

    [Fact]
    public void EveryCatalogDocumentAndTableSource_Present()
    {
        foreach (var catalog in TestData.Engine.Catalogs.Catalogs)
        {
            catalog.Document.Should().NotBeNullOrWhiteSpace(catalog.Id);
            catalog.Source.Should().NotBeNullOrWhiteSpace(catalog.Id);
            foreach (var table in catalog.Tables)
                table.Source.Should().NotBeNullOrWhiteSpace($"{catalog.Id}/{table.Name}");
        }
    }
}
