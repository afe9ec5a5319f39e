namespace RulesKit.Tests.Catalogs;

public class KindAttributeTests
{
    private static RulesKit.Catalogs.KindAttribute Attribute(string kind, string name) => TestData.Engine.Catalogs.Kinds[kind].Find(name)!;

    [Fact]
    public void ValueTitle_EnumTitleListingItsValues_EachValuesTitleAndTheShortTitle()
    {
        var objectClass = Attribute("petrochemical_external_distance", "object_class");
        objectClass.ShortTitle.Should().Be("相邻工厂或设施");
        objectClass.ValueTitle("residential_public_village").Should().Be("居住区、公共福利设施、村庄");
        objectClass.ValueTitle("substation").Should().Be("变配电站（围墙）", "a value title keeps its own parentheses");
    }

    [Fact]
    public void ValueTitle_ValuesSeparatedByTheEnumerationComma_Read()
    {
        var role = Attribute("key_person", "role");
        role.ShortTitle.Should().Be("岗位");
        role.ValueTitle("safety_manager").Should().Be("专职安全生产管理人员");
    }

    [Fact]
    public void ValueTitle_ParenthesisThatIsNotAList_TitleKeptWhole()
    {
        // 使用性质（按 GB 50016 …的厂房、仓库，或民用建筑）: two pieces for twelve values is an explanation, not a list.
        var use = Attribute("main_building", "use");
        use.ShortTitle.Should().Be(use.Title);
        use.ValueTitle("甲类仓库").Should().BeNull();
        Attribute("main_building", "floors").ValueTitle("3").Should().BeNull("only an enum lists values");
    }
}
