using System.Text;
using RulesKit.Engine.Facts;
using RulesKit.Testing.Generation;

namespace RulesKit.Tests.Engine.Facts;

public class FactBuilderTests
{
    [Fact]
    public void View_NamesOfOtherInstancesInAnyOrder_SameSlotsAsTheKindsOwnNames()
    {
        var kind = RulesKitEngine.FromEmbeddedCatalogs().Catalogs.Kinds.Values.MaxBy(k => k.Attributes.Length)!;
        var date = new DateTime(2021, 3, 15);
        var inOrder = new Dictionary<string, object>();
        var reversedCopies = new Dictionary<string, object>();
        // Every other attribute, so that the search by reference skips slots and wraps around.
        var slots = Enumerable.Range(0, kind.Attributes.Length).Where(i => i % 2 == 0).ToList();
        foreach (var slot in slots)
            inOrder[kind.NameAt(slot)] = (decimal)slot;
        foreach (var slot in Enumerable.Reverse(slots))
            reversedCopies[new string(kind.NameAt(slot).AsSpan())] = (decimal)slot;
        var rotated = new Dictionary<string, object>();
        foreach (var slot in slots.Skip(1).Append(slots[0]))
            rotated[kind.NameAt(slot)] = (decimal)slot;

        var expected = Enumerable.Range(0, kind.Attributes.Length).Select(i => slots.Contains(i) ? (object?)(decimal)i : null).ToArray();
        kind.Attributes.Length.Should().BeGreaterThan(3);
        FactBuilder.View(inOrder, kind, date).Values.Should().Equal(expected);
        FactBuilder.View(reversedCopies, kind, date).Values.Should().Equal(expected);
        FactBuilder.View(rotated, kind, date).Values.Should().Equal(expected);
    }

    [Fact]
    public void ParseInput_JsonLineReadBySecondEngine_MapsUseTheNamesItsKindsLookFor()
    {
        // The engine finds a slot by reference only if the reader names attributes with the instance its kind
        // holds: true for every engine of a process, not only the first one that shared its names.
        _ = RulesKitEngine.FromEmbeddedCatalogs();
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        var checkedNames = 0;
        foreach (var line in SyntheticReports.JsonLines(40, 3))
        {
            RulesKit.Reports.Report report;
            try
            {
                report = engine.ParseInput(Encoding.UTF8.GetBytes(line), "line").Report!;
            }
            catch (RulesKitInputException)
            {
                continue; // the generator's broken lines
            }
            foreach (var subject in report.Subjects)
            {
                var kind = engine.Catalogs.Kinds[subject.Kind];
                foreach (var name in subject.Observed.Keys.Concat(subject.Reported?.Keys ?? []))
                {
                    ReferenceEquals(name, kind.NameAt(kind.Find(name)!.Slot)).Should().BeTrue($"{subject.Kind}.{name} should be the kind's instance");
                    checkedNames++;
                }
            }
        }
        checkedNames.Should().BeGreaterThan(100);
    }

    [Fact]
    public void ObservedView_ReportCheckedByEngine_UsesTheCheckedSlotsWhichEqualViewsMadeFromTheMaps()
    {
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        var entries = 0;
        foreach (var line in SyntheticReports.WorstCaseJsonLines(30, 5, 3).Concat(SyntheticReports.JsonLines(30, 5)))
        {
            RulesKit.Reports.Report report;
            try
            {
                report = engine.ParseReport(line, "line");
            }
            catch (RulesKitInputException)
            {
                continue;
            }
            // The engine evaluates the checked report, with what an inventory or an entered grade gives.
            var check = engine.CheckOf(report);
            report = check.Report;
            var facts = new FactBuilder(report, check);
            var count = report.Subjects.Count + report.Documents.Count;
            for (var i = 0; i < count; i++)
            {
                var entry = i < report.Subjects.Count ? FactBuilder.Entry.Of(report, i) : FactBuilder.Entry.OfDocument(report, i - report.Subjects.Count);
                var kind = engine.Catalogs.Kinds[entry.Kind];
                var observed = facts.ObservedView(entry, kind);
                observed.Values.Should().Equal(FactBuilder.View(entry.Observed, kind, facts.Date).Values, $"{report.Id}/{entry.Id} observed");
                // Made once, by the check: the same array every time.
                facts.ObservedView(entry, kind).Values.Should().BeSameAs(observed.Values);
                if (entry.Reported is { } reported)
                    facts.ReportedView(entry, kind)!.Values.Should().Equal(FactBuilder.View(reported, kind, facts.Date).Values, $"{report.Id}/{entry.Id} reported");
                entries++;
            }
        }
        entries.Should().BeGreaterThan(300);
    }

    [Fact]
    public void ObservedView_SubjectReplacedAfterTheCheck_ReadsTheNewValuesNotTheCheckedSlots()
    {
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        var report = engine.ParseReport(SyntheticReports.JsonLines(20, 5).First(l => !l.Contains("\"subjects\":[]", StringComparison.Ordinal)), "line");
        var subject = report.Subjects[0];
        var kind = engine.Catalogs.Kinds[subject.Kind];
        var number = kind.Attributes.First(a => a.Type == RulesKit.Catalogs.AttributeType.Number);
        var changed = new Dictionary<string, object>(subject.Observed) { [number.Name] = 123456.5m };
        var copy = report with { Subjects = [subject with { Observed = changed }, .. report.Subjects.Skip(1)] };

        var view = new FactBuilder(copy, engine.CheckOf(report)).ObservedView(FactBuilder.Entry.Of(copy, 0), kind);

        view.Values[kind.Find(number.Name)!.Slot].Should().Be(123456.5m);
        view.Values.Should().Equal(FactBuilder.View(changed, kind, view.EvaluationDate).Values);
    }

    [Fact]
    public void Candidates_SubjectsReorderedAfterTheCheck_ScreenedOnTheirOwnValuesNotTheCheckedSlots()
    {
        // The screen takes the check's slots by position when the subject there is the one checked: a copy with the
        // subjects in another order, handed the original's check, must be screened on its own subjects.
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        var evaluator = engine.Evaluator;
        var compared = 0;
        foreach (var line in SyntheticReports.WorstCaseJsonLines(20, 7, 3))
        {
            var report = engine.ParseReport(line, "line");
            var ruleSet = evaluator.RuleSetFor(report.Industry, report.EvaluationDate);
            var copy = report with { Subjects = [.. report.Subjects.Reverse()], Documents = [.. report.Documents.Reverse()] };
            var screened = evaluator.Candidates(ruleSet, new FactBuilder(copy, engine.CheckOf(report)));
            var expected = evaluator.Candidates(ruleSet, new FactBuilder(copy));

            screened.Select(c => c.Id).Should().Equal(expected.Select(c => c.Id), report.Id);
            screened.Select(c => c.Observed.Values).Should().BeEquivalentTo(expected.Select(c => c.Observed.Values), o => o.WithStrictOrdering(), report.Id);
            compared += screened.Count;
        }
        compared.Should().BeGreaterThan(20);
    }

    [Fact]
    public void KindScreensFor_KindOfAnotherEnginesCatalogs_FoundByNameAsThisEnginesKind()
    {
        var other = RulesKitEngine.FromEmbeddedCatalogs();
        var engine = RulesKitEngine.FromEmbeddedCatalogs();
        var screens = engine.Evaluator.RuleSetFor("hazchem", new DateOnly(2021, 3, 15)).ScreensFor("hazchem");
        foreach (var (name, kind) in engine.Catalogs.Kinds)
        {
            screens.For(kind, name).Kind.Should().BeSameAs(kind);
            // Same index, same name, another catalog set's object: never taken for this engine's kind.
            screens.For(other.Catalogs.Kinds[name], name).Kind.Should().BeSameAs(kind);
            screens.For(null, name).Kind.Should().BeSameAs(kind);
        }
    }
}
