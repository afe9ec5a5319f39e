namespace RulesKit.Tests.Api;

public class RehearsalTests
{
    [Fact]
    public void Run_OneItemSetAndReport_LoadsEvaluatesAndWrites()
    {
        // The rehearsal swallows its failures (it is only a head start), so a change that broke it — a catalog
        // field renamed, a report rule added — would silently cost every fresh process its head start.
        Rehearsal.Run().Should().BeTrue();
    }
}
