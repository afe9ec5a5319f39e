using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RulesKit.Hosting;

namespace RulesKit.Tests.Hosting;

public class HostingTests
{
    [Fact]
    public void AddRulesKit_Default_EmbeddedEngineAsSingleton()
    {
        using var provider = new ServiceCollection().AddRulesKit().BuildServiceProvider();
        var engine = provider.GetRequiredService<RulesKitEngine>();
        engine.Should().BeSameAs(provider.GetRequiredService<RulesKitEngine>());
        engine.Catalogs.Describe().Should().Contain(c => c.Reference.Id == "henan.zhengzhou-annex4");
    }

    [Fact]
    public void AddRulesKit_OnlyNationalList_OtherListsLeftOut()
    {
        using var provider = new ServiceCollection().AddRulesKit(o => o.DeterminationLists.Add("national.assessment-reports")).BuildServiceProvider();
        var engine = provider.GetRequiredService<RulesKitEngine>();
        var report = engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, "hazchem-x13-hazard-concealed.false.yaml"));
        engine.Evaluate(report).Determinations.Should().ContainSingle().Which.Catalog.Should().StartWith("national.assessment-reports@");
    }

    [Fact]
    public void AddRulesKit_FolderExtendsEmbedded()
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-extend-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "standards"));
            File.WriteAllText(Path.Combine(dir.FullName, "standards", "extra.yaml"), TestData.Standards("a > 1").Replace("categories: [cat]", "categories: [surroundings]"));
            using var provider = new ServiceCollection().AddRulesKit(o => { o.CatalogDirectory = dir.FullName; o.ExtendEmbedded = true; }).BuildServiceProvider();
            provider.GetRequiredService<RulesKitEngine>().Catalogs.Describe().Select(c => c.Reference.Id).Should().Contain(["test.standard", "hazchem.major-hazards"]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("/no/such/folder", false, null, "catalog folder not found")]
    [InlineData(null, true, null, "ExtendEmbedded needs a CatalogDirectory")]
    [InlineData(null, false, "nosuch.list", "DeterminationLists: unknown list(s) nosuch.list; loaded lists: henan.zhengzhou-annex4, national.assessment-reports")]
    public void AddRulesKit_BadOptions_ClearMessageAtStart(string? folder, bool extend, string? list, string message)
    {
        var act = () => new ServiceCollection().AddRulesKit(o =>
        {
            o.CatalogDirectory = folder;
            o.ExtendEmbedded = extend;
            if (list is not null)
                o.DeterminationLists.Add(list);
        });
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single().Message.Should().Be(message);
    }

    [Fact]
    public void Evaluate_PublishesMetricsAndAnActivity()
    {
        var measurements = new List<(string Name, double Value, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RulesKitTelemetry.Name)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i.Name, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i.Name, v, tags));
        listener.Start();
        var activities = new List<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == RulesKitTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(activityListener);

        var engine = TestData.Engine;
        engine.Evaluate(engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, "hazchem-c07-unresolved-hazard.false.yaml")));
        var bad = new RulesKit.Facts.CheckedSubject { Id = "X", Kind = "storage_tank_area", Observed = TestData.Values(("mhi_grade", "two")) };
        var act = () => engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 1, 1), [bad]));
        act.Should().Throw<RulesKitInputException>();
        listener.RecordObservableInstruments();

        lock (measurements)
        {
            measurements.Should().Contain(m => m.Name == RulesKitTelemetry.ReportsEvaluated && m.Value == 1);
            measurements.Should().Contain(m => m.Name == RulesKitTelemetry.Verdicts && m.Tags.Contains("ruleskit.verdict=false_report") && m.Tags.Contains("ruleskit.list=henan.zhengzhou-annex4"));
            measurements.Should().Contain(m => m.Name == RulesKitTelemetry.EvaluationDuration && m.Value > 0);
            measurements.Should().Contain(m => m.Name == RulesKitTelemetry.Errors && m.Value == 1);
        }
        activities.Should().Contain(a => a.OperationName == "ruleskit.evaluate" && (string?)a.GetTagItem("ruleskit.report") == "EX-HC-07");

        void Record(string name, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var text = string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"));
            lock (measurements)
                measurements.Add((name, value, text));
        }
    }
}
