using CsCheck;
using RulesKit.Explanation;

namespace RulesKit.Tests.Engine;

/// <summary>Properties that hold for every valid report (CsCheck drives the seeds).</summary>
public class EnginePropertyTests
{
    private const int Iterations = 300;
    private static readonly Gen<int> Seeds = Gen.Int[0, int.MaxValue];

    private static string Json(Report report) => ExplanationWriter.ToJson(TestData.Engine.Evaluate(report));

    private static IEnumerable<(string, string?, string)> Verdicts(ReportEvaluation result) =>
        result.Determinations.Select(d => (d.List.ToString(), d.Verdict, string.Join(",", d.Met) + "|" + string.Join(",", d.Suspected)));

    [Fact]
    public void Evaluate_RandomValidReport_NeverThrowsAndIsByteIdenticalWhenRepeated()
    {
        Seeds.Sample(seed =>
        {
            var report = RandomReports.Build(seed);
            Json(report).Should().Be(Json(report));
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Evaluate_SubjectsReordered_SameOutput()
    {
        Seeds.Sample(seed =>
        {
            var report = RandomReports.Build(seed);
            var reversed = report with { Subjects = report.Subjects.Reverse().ToList() };
            Json(reversed).Should().Be(Json(report));
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Evaluate_ComplyingSubjectAdded_VerdictsUnchanged()
    {
        var kinds = TestData.Engine.Catalogs.Kinds.Values.OrderBy(k => k.Name, StringComparer.Ordinal).ToList();
        Seeds.Sample(seed =>
        {
            var report = RandomReports.Build(seed);
            var random = new Random(seed);
            var extra = RandomReports.Subject(random, kinds[random.Next(kinds.Count)], "EXTRA");
            // Complying: on its own, in the same report context, it raises no nonconformity and leaves nothing open (a
            // subject whose missing fact could breach an item may rightly turn a suspected criterion into "cannot decide").
            var alone = TestData.Engine.Evaluate(report with { Subjects = [extra], Evidence = [] });
            if (alone.Nonconformities.Length > 0 || alone.Undecided.Length > 0)
                return;
            var before = TestData.Engine.Evaluate(report);
            var after = TestData.Engine.Evaluate(report with { Subjects = [.. report.Subjects, extra] });
            Verdicts(after).Should().Equal(Verdicts(before));
            after.Nonconformities.Should().BeEquivalentTo(before.Nonconformities);
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Evaluate_DisclosedNonconformity_NeverConcealed()
    {
        Seeds.Sample(seed =>
        {
            var result = TestData.Engine.Evaluate(RandomReports.Build(seed));
            foreach (var match in result.Determinations.SelectMany(d => d.Criteria).SelectMany(c => c.Matches))
            {
                if (match.Nonconformity.Disclosure != Disclosure.Disclosed)
                    continue;
                match.Elements.Should().NotContain(e => e.Element == CriterionElement.Concealment && e.State != ElementState.NotEstablished);
            }
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void RandomReports_ExerciseTheRules()
    {
        // Guards the properties above against a generator that never produces a nonconformity.
        var results = Enumerable.Range(0, 200).Select(seed => TestData.Engine.Evaluate(RandomReports.Build(seed))).ToList();
        results.Sum(r => r.Nonconformities.Length).Should().BeGreaterThan(100);
        results.Should().Contain(r => r.Determinations.Any(d => d.Verdict != null));
        results.SelectMany(r => r.Nonconformities).Should().Contain(n => n.Disclosure == Disclosure.Disclosed);
    }
}
