using System.Collections.Immutable;
using RulesKit.Catalogs;
using RulesKit.Law;

namespace RulesKit.Tests.Law;

/// <summary>Small stand-ins for what the engine hands the law: items, conditions, findings and reports built in a line.</summary>
internal static class LawCases
{
    /// <summary>A condition given by its value on the view's first slot: true, false or null (a fact not recorded).</summary>
    public sealed class SlotCondition : IViewCondition
    {
        public bool? Evaluate(AttributeView view) => view.Values[0] switch
        {
            null => null,
            bool b => b,
            var v => throw new InvalidOperationException($"not a truth value: {v}"),
        };

        public IReadOnlyList<(string Name, int Slot)> Reads { get; } = [("fact", 0)];
    }

    public sealed record TestItem(StandardItem Item, IViewCondition? Condition, int CompareSlot) : IItemTest;

    public static TestItem ConditionItem() => new(new StandardItem { Id = "C", Kind = "k", Confidence = Confidence.Official }, new SlotCondition(), -1);

    public static TestItem PresenceItem() => new(new StandardItem { Id = "P", Kind = "k", Comparison = new ViewComparison(null, 0m) }, null, -1);

    public static TestItem CompareItem(decimal tolerance) => new(new StandardItem { Id = "V", Kind = "k", Comparison = new ViewComparison("area", tolerance) }, null, 0);

    public static AttributeView View(params object?[] values) => new(values, new DateTime(2021, 6, 1));

    public static StandardItem Item(Confidence confidence = Confidence.Official, bool veto = true, string id = "I", params string[] categories) =>
        new() { Id = id, Kind = "k", Confidence = confidence, Veto = veto, Categories = categories.Length == 0 ? ["cat"] : [.. categories] };

    public static Report Report(bool favourable = true, string industry = "hazchem", string type = "现状评价", string purpose = "licence") => new()
    {
        Id = "R",
        Title = "t",
        ReportType = type,
        Purpose = purpose,
        Industry = industry,
        Agency = "a",
        Enterprise = "e",
        County = "c",
        EvaluationDate = new DateOnly(2021, 6, 1),
        Conclusion = new ReportConclusion { Text = favourable ? "具备安全生产条件" : "不具备安全生产条件", Favourable = favourable },
    };

    // By default the evidence shows the finding's one contradicted fact ("fact"), as evidence of knowledge must.
    public static EvidenceRecord Evidence(EvidenceSource source, string id = "E", bool falsified = false, bool? aware = null, string[]? shows = null) =>
        new() { Id = id, Source = source, Description = "d", Concerns = ["S"], Falsified = falsified, AgencyAware = aware, Shows = shows ?? ["fact"] };

    public sealed record Finding(StandardItem Item, Disclosure Disclosure, IReadOnlyList<EvidenceRecord> Evidence, bool? ControlsApprovedByRegulator, Report Report,
        string CatalogId = "cat.a", string SubjectId = "S", bool Undecided = false) : IFinding
    {
        public IReadOnlyList<string> Missing { get; init; } = Undecided ? ["fact"] : [];

        public IReadOnlyList<string> Contradicted { get; init; } = ["fact"];
    }

    public static Finding Found(Disclosure disclosure, params EvidenceRecord[] evidence) => new(Item(), disclosure, evidence, null, Report());

    public static Criterion Criterion(int number, string cls = "false_report", ImmutableArray<CriterionElement> requires = default, params string[] categories) => new()
    {
        Id = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Number = number,
        Class = cls,
        Categories = categories.Length == 0 ? ["cat"] : [.. categories],
        Requires = requires.IsDefault ? [CriterionElement.Objective] : requires,
    };
}
