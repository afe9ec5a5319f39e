using RulesKit.Law;
using static RulesKit.Tests.Law.LawCases;

namespace RulesKit.Tests.Law;

/// <summary>Whether an item fires on a subject, and the disclosure table: the one definition the rules, the screen and why / why-not call.</summary>
public class ItemReadingTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(null, null)]
    public void Fires_ConditionItem_IsTheConditionOnTheObservedView(bool? observed, bool? fires) =>
        ItemReading.Fires(ConditionItem(), View(observed), [false]).Should().Be(fires);

    [Fact]
    public void Fires_PresenceItem_WhenTheReportLeavesTheSubjectOut()
    {
        ItemReading.Fires(PresenceItem(), View(), null).Should().BeTrue();
        ItemReading.Fires(PresenceItem(), View(), []).Should().BeFalse();
    }

    public static TheoryData<object?, object?, decimal, bool?> Comparisons => new()
    {
        // observed, reported, tolerance, fires
        { 100m, 100m, 0m, false },
        { 100m, 100.5m, 0m, true },
        { 100m, 110m, 0.1m, false },    // at the tolerance: not beyond it
        { 100m, 110.01m, 0.1m, true },
        { 100m, 89m, 0.1m, true },
        { "甲类仓库", "甲类仓库", 0m, false },
        { "甲类仓库", "丙类仓库", 0m, true },
        { null, 100m, 0m, null },       // a value not recorded: cannot be said either way
        { 100m, null, 0m, null },
    };

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Fires_CompareItem_WhenBothRecordedAndBeyondTheTolerance(object? observed, object? reported, decimal tolerance, bool? fires) =>
        ItemReading.Fires(CompareItem(tolerance), View(observed), [reported]).Should().Be(fires);

    [Fact]
    public void Fires_CompareItemSubjectLeftOut_DoesNotFire() =>
        ItemReading.Fires(CompareItem(0m), View(100m), null).Should().BeFalse();

    [Theory]
    [InlineData(true, Disclosure.Disclosed)]
    [InlineData(false, Disclosure.Misstated)]
    [InlineData(null, Disclosure.Omitted)]
    public void DisclosureOf_ConditionItem_TheReportedViewJudgedByTheSameCondition(bool? reported, Disclosure disclosure) =>
        ItemReading.DisclosureOf(ConditionItem(), View(reported)).Should().Be(disclosure);

    [Fact]
    public void DisclosureOf_SubjectLeftOut_Omitted() =>
        ItemReading.DisclosureOf(ConditionItem(), null).Should().Be(Disclosure.Omitted);

    [Fact]
    public void DisclosureOf_ComparisonItems_PresenceOmittedAttributeMisstated()
    {
        ItemReading.DisclosureOf(PresenceItem(), null).Should().Be(Disclosure.Omitted);
        ItemReading.DisclosureOf(CompareItem(0m), View(90m)).Should().Be(Disclosure.Misstated);
    }

    [Fact]
    public void Missing_FactNotRecorded_NamedInTheConditionsOrder()
    {
        ItemReading.Missing(ConditionItem(), View([null])).Should().Equal("fact");
        ItemReading.Missing(ConditionItem(), View(true)).Should().BeEmpty();
        ItemReading.Missing(PresenceItem(), View()).Should().BeEmpty();
    }

    [Fact]
    public void Fires_EveryShippedItemOnAnEmptyView_NeverAFinding()
    {
        // A subject with nothing recorded is never a breach of anything: every shipped condition needs some fact.
        var engine = TestData.Engine;
        foreach (var catalog in engine.Catalogs.Catalogs)
            foreach (var item in catalog.Items.Where(i => i.Condition is not null))
            {
                var compiled = engine.Evaluator.Catalogs[item];
                ItemReading.Fires(compiled, View(new object?[compiled.Kind.Attributes.Length]), null).Should().NotBe(true, $"{catalog.Id}/{item.Id}");
            }
    }
}
