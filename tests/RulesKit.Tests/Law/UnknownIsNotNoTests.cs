using System.Collections.Immutable;
using RulesKit.Testing.Scenarios;

namespace RulesKit.Tests.Law;

/// <summary>
/// A fact left out never turns a finding into "no": over every shipped example, every scenario (one report per
/// catalog with a breach of each item, and the inspection records) and every observed attribute of every subject,
/// removing that one attribute leaves every criterion or point that was met met or "cannot be decided", and every
/// breach found a breach or an open one — never not met, never gone.
/// </summary>
public class UnknownIsNotNoTests
{
    private static readonly Lazy<ImmutableArray<Scenario>> Scenarios = new(() =>
        ScenarioRunner.Load(TestData.Engine, [Path.Combine(TestData.RulesDirectory, "scenarios")]));

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in Scenarios.Value.Where(s => s.Catalogs is null))
            if ((scenario.Inspection?.Subjects ?? scenario.Report!.Subjects).Any(s => s.Observed.Count > 0))
                data.Add(scenario.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_AnyOneObservedAttributeLeftOut_MetStaysMetOrCannotDecide(string name)
    {
        var scenario = Scenarios.Value.Single(s => s.Name == name);
        var engine = TestData.Engine;
        var named = scenario.NamedReports.Select(r => engine.Evaluate(r)).ToList();
        ReportEvaluation Judge(IReadOnlyList<CheckedSubject> subjects) => scenario.Inspection is { } record
            ? engine.Inspect(record with { Subjects = subjects }, named, scenario.AsOf)
            : engine.Evaluate(scenario.Report! with { Subjects = subjects }, scenario.AsOf);
        var subjectsOf = scenario.Inspection?.Subjects ?? scenario.Report!.Subjects;

        var full = Judge(subjectsOf);
        var met = Met(full);
        var found = full.Nonconformities.Select(Key).ToHashSet();
        var removals = 0;
        for (var i = 0; i < subjectsOf.Count; i++)
        {
            foreach (var attribute in subjectsOf[i].Observed.Keys)
            {
                var fewer = subjectsOf[i] with { Observed = subjectsOf[i].Observed.Where(kv => kv.Key != attribute).ToDictionary() };
                var evaluation = Judge([.. subjectsOf.Take(i), fewer, .. subjectsOf.Skip(i + 1)]);
                var because = $"{name}: without {subjectsOf[i].Id}.{attribute}";
                foreach (var (list, number) in met)
                    Outcome(evaluation, list, number).Should().BeOneOf([CriterionOutcome.Met, CriterionOutcome.CannotDecide], because + $", {list} {number}");
                var stillFound = evaluation.Nonconformities.Concat(evaluation.Undecided).Select(Key).ToHashSet();
                found.Except(stillFound).Should().BeEmpty(because);
                removals++;
            }
        }
        removals.Should().BeGreaterThan(0);
    }

    private static List<(string List, int Number)> Met(ReportEvaluation e) =>
        [.. e.Determinations.SelectMany(d => d.Met.Select(n => (d.List.Id, n)))];

    private static CriterionOutcome Outcome(ReportEvaluation e, string list, int number) =>
        e.Determinations.Single(d => d.List.Id == list).Criteria.Single(c => c.Number == number).Outcome;

    private static string Key(Nonconformity n) => $"{n.Catalog.Key}/{n.ItemId}@{n.SubjectId}";
}
