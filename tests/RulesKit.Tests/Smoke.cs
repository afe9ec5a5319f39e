namespace RulesKit.Tests; public class Smoke { [Fact] public void A() => 1.Should().Be(1); }
