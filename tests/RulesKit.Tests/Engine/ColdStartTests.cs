using RulesKit.Engine.Compilation;
using RulesKit.Engine.Conditions;
using RulesKit.Input;

namespace RulesKit.Tests.Engine;

public class ColdStartTests
{
    [Fact]
    public void Run_OneRuleSet_CompilesMatchesAndFires()
    {
        // The warm-up swallows its failures (it is only a head start), so a change that breaks it would
        // silently cost every fresh process its head start: this keeps it doing what it claims.
        ColdStart.Run(ConditionTreeStore.InMemory(), "warm-up").Should().BeTrue();
        ColdStart.WarmParser().Should().BeTrue();
    }

    [Fact]
    public void ConditionTree_HandBuilt_TheTreeDynamicExpressoAndTheAllowListMake()
    {
        // The warm-up's stored tree stands for what a catalog's stored trees are: if it drifted from the parsed
        // one, the rehearsal would warm other code than a fresh process runs.
        var location = new SourceLocation("test", 1, 1);
        var kind = new RulesKit.Catalogs.SubjectKind(ColdStart.Kind, null, [new RulesKit.Catalogs.KindAttribute(ColdStart.Attribute, RulesKit.Catalogs.AttributeType.Number, [], null, null, 0, location)], []);
        var compiler = new ConditionCompiler(kind, [], FastCompiler.Instance.Compile);
        var parsed = compiler.Parse(new ScalarNode(location, ColdStart.Condition, true, 1, 1, false), new NodeBinder(), typeof(bool))!.Value;
        var (body, view) = ColdStart.ConditionTree();

        TreeText.Describe(body, view, compiler).Should().Be(TreeText.Describe(parsed.Body, parsed.View, compiler));
        compiler.Parsed.Should().Be(1);
    }
}
