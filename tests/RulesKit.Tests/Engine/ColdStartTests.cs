using RulesKit.Engine.Compilation;

namespace RulesKit.Tests.Engine;

public class ColdStartTests
{
    [Fact]
    public void Run_OneRuleSet_CompilesMatchesAndFires()
    {
        // The warm-up swallows its failures (it is only a head start), so a change that breaks it would
        // silently cost every fresh process its head start: this keeps it doing what it claims.
        ColdStart.Run().Should().BeTrue();
    }
}
