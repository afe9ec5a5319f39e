namespace RulesKit.Tests.Reports;

public class AttributeMapTests
{
    private static AttributeMap Map() => new(["distance", "staff_count", "role"], [180m, null, "safety_manager"], 3);

    [Fact]
    public void TryGetValue_NameOfAnotherInstance_Found()
    {
        var name = new string("distance".AsSpan());
        Map().TryGetValue(name, out var value).Should().BeTrue();
        value.Should().Be(180m);
        Map()["role"].Should().Be("safety_manager");
    }

    [Fact]
    public void TryGetValue_MissingName_NotFoundAndIndexerThrows()
    {
        Map().TryGetValue("width", out _).Should().BeFalse();
        Map().ContainsKey("width").Should().BeFalse();
        var read = () => Map()["width"];
        read.Should().Throw<KeyNotFoundException>().WithMessage("*width*");
    }

    [Fact]
    public void RemoveAt_Middle_RestKeepTheirOrder()
    {
        var map = Map();
        map.RemoveAt(1);
        map.Count.Should().Be(2);
        map.Select(kv => kv.Key).Should().Equal("distance", "role");
        map.Keys.Should().Equal("distance", "role");
        map.Values.Should().Equal(180m, "safety_manager");
        map.ContainsKey("staff_count").Should().BeFalse();
    }

    [Fact]
    public void SetAt_ConvertedValue_ReadBack()
    {
        var map = Map();
        map.SetAt(0, 180.5m);
        map["distance"].Should().Be(180.5m);
        map.Count.Should().Be(3);
    }
}
