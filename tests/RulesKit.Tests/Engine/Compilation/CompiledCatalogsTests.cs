using RulesKit.Catalogs;
using RulesKit.Engine.Compilation;

namespace RulesKit.Tests.Engine.Compilation;

public class CompiledCatalogsTests
{
    private static CatalogSet WithCondition(string when) =>
        TestData.Load(("d.yaml", TestData.Determination), ("s.yaml", TestData.Standards(when)));

    [Fact]
    public void New_EagerWithABrokenCondition_LocatedLoadError()
    {
        var act = () => new CompiledCatalogs(WithCondition("a + b"), FastCompiler.Instance.Compile);

        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().ContainSingle()
            .Which.Code.Should().Be("RK3204");
    }

    [Fact]
    public void Condition_NotEagerWithABrokenCondition_ThrowsTheLoadErrorWhenFirstNeeded()
    {
        // The embedded catalogs' conditions are parsed on first use: a broken one must still fail, never read as
        // "no condition" (a rule that could not be checked is not a rule that found nothing).
        var set = WithCondition("a + b");
        var compiled = new CompiledCatalogs(set, FastCompiler.Instance.Compile, eager: false);
        var item = compiled[set.Catalogs.Single(c => c.Type == CatalogType.Standards).Items.Single()];

        var act = () => item.Condition;

        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().ContainSingle()
            .Which.Code.Should().Be("RK3204");
        act.Should().Throw<RulesKitInputException>("the failure is kept, not retried into a different answer");
    }

    [Fact]
    public void Condition_NotEager_ParsedOnFirstUseAndTheSameAsEager()
    {
        var set = WithCondition("a > 1 && b < 3");
        var item = set.Catalogs.Single(c => c.Type == CatalogType.Standards).Items.Single();
        var lazy = new CompiledCatalogs(set, FastCompiler.Instance.Compile, eager: false)[item];
        var eager = new CompiledCatalogs(set, FastCompiler.Instance.Compile)[item];

        lazy.Condition!.Text.Should().Be(eager.Condition!.Text);
        lazy.Shown.Should().Equal(eager.Shown);
        var slots = lazy.Kind.Attributes.Length;
        (decimal? A, decimal? B)[] cases = [(2, 2), (0, 2), (2, 5), (null, 2)];
        foreach (var (a, b) in cases)
        {
            var values = new object?[slots];
            values[lazy.Kind.Find("a")!.Slot] = a;
            values[lazy.Kind.Find("b")!.Slot] = b;
            var view = new RulesKit.Law.AttributeView(values, DateTime.MinValue);
            lazy.Condition.Evaluate(view).Should().Be(eager.Condition.Evaluate(view), $"a = {a}, b = {b}");
        }
    }
}
