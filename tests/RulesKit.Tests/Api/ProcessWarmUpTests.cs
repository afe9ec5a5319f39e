namespace RulesKit.Tests.Api;

public class ProcessWarmUpTests
{
    [Fact]
    public void Run_OneItemSetAndReport_LoadsEvaluatesAndWrites()
    {
        // The warm-up swallows its failures (it is only a head start), so a change that broke it — a catalog
        // field renamed, a report rule added — would silently cost every fresh process its head start.
        ProcessWarmUp.Run().Should().BeTrue();
    }
}
