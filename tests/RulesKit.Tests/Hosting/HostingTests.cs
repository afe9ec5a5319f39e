using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RulesKit.Hosting;

namespace RulesKit.Tests.Hosting;

public class HostingTests
{
    private static IHost Host(Action<HostApplicationBuilder> configure)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = TestData.RepositoryRoot });
        configure(builder);
        return builder.Build();
    }

    [Fact]
    public void AddRulesKit_Default_EmbeddedEngineAsSingleton()
    {
        using var provider = new ServiceCollection().AddRulesKit().BuildServiceProvider();
        var engine = provider.GetRequiredService<RulesKitEngine>();
        engine.Should().BeSameAs(provider.GetRequiredService<RulesKitEngine>());
        engine.Catalogs.Catalogs.Should().Contain(c => c.Id == "henan.zhengzhou-annex4");
    }

    [Fact]
    public void AddRulesKit_Twice_OneEngineWithBothConfigurations()
    {
        var services = new ServiceCollection()
            .AddRulesKit(o => o.DeterminationLists.Add("national.assessment-reports"))
            .AddRulesKit(o => o.WarmUpIndustries.Add("hazchem"));
        services.Count(d => d.ServiceType == typeof(RulesKitEngine)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<RulesKitOptions>>().Value;
        options.DeterminationLists.Should().Equal("national.assessment-reports");
        options.WarmUpIndustries.Should().Equal("hazchem");
    }

    [Fact]
    public void AddRulesKit_OnlyNationalList_OtherListsLeftOut()
    {
        using var provider = new ServiceCollection().AddRulesKit(o => o.DeterminationLists.Add("national.assessment-reports")).BuildServiceProvider();
        var engine = provider.GetRequiredService<RulesKitEngine>();
        var report = engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, "hazchem-x13-hazard-concealed.false.yaml"));
        engine.Evaluate(report).Determinations.Should().ContainSingle().Which.List.Id.Should().Be("national.assessment-reports");
    }

    [Fact]
    public async Task AddRulesKit_Configuration_BoundAndRelativeFolderResolvedAgainstTheContentRoot()
    {
        using var host = Host(b =>
        {
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["RulesKit:CatalogDirectory"] = "rules",
                ["RulesKit:DeterminationLists:0"] = "henan.zhengzhou-annex4",
            });
            b.Services.AddRulesKit(b.Configuration);
        });
        await host.StartAsync();
        var engine = host.Services.GetRequiredService<RulesKitEngine>();
        engine.Catalogs.Catalogs.Where(c => c.Type == RulesKit.Catalogs.CatalogType.Determination).Select(c => c.Id).Distinct().Should().Equal("henan.zhengzhou-annex4");
        await host.StopAsync();
    }

    [Fact]
    public async Task AddRulesKit_CacheDirectory_CatalogsKeptThere()
    {
        // The options are copied when the host resolves them: a setting the copy dropped would silently mean no cache.
        var cache = Path.Combine(Path.GetTempPath(), "ruleskit-hosting-cache-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var host = Host(b => b.Services.AddRulesKit(o => o.CacheDirectory = cache));
            await host.StartAsync();
            host.Services.GetRequiredService<RulesKitEngine>().Catalogs.Catalogs.Should().NotBeEmpty();
            await host.StopAsync();

            Directory.EnumerateFiles(cache, "catalogs-*.bin").Should().ContainSingle();
        }
        finally
        {
            if (Directory.Exists(cache))
                Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Resolve_RelativeCacheDirectory_AgainstTheContentRoot()
    {
        using var host = Host(_ => { });
        var environment = host.Services.GetRequiredService<IHostEnvironment>();

        var resolved = RulesKitOptionsValidator.Resolve(new RulesKitOptions { CacheDirectory = "cache" }, environment);

        resolved.CacheDirectory.Should().Be(Path.Combine(TestData.RepositoryRoot, "cache"));
    }

    [Fact]
    public async Task AddRulesKit_MissingFolder_HostDoesNotStart()
    {
        using var host = Host(b => b.Services.AddRulesKit(o => o.CatalogDirectory = "no/such/folder"));
        var act = () => host.StartAsync();
        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("CatalogDirectory").And.Contain("no/such/folder");
    }

    [Fact]
    public async Task AddRulesKit_ExtendWithoutFolder_HostDoesNotStart()
    {
        using var host = Host(b => b.Services.AddRulesKit(o => o.ExtendEmbedded = true));
        var act = () => host.StartAsync();
        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("ExtendEmbedded needs a CatalogDirectory");
    }

    [Fact]
    public async Task AddRulesKit_UnknownList_HostDoesNotStartAndNamesTheLists()
    {
        using var host = Host(b => b.Services.AddRulesKit(o => o.DeterminationLists.Add("nosuch.list")));
        var act = () => host.StartAsync();
        var d = (await act.Should().ThrowAsync<RulesKitInputException>()).Which.Diagnostics.Single();
        d.Code.Should().Be("RK4002");
        d.Message.Should().Be("DeterminationLists: unknown list(s) nosuch.list; loaded lists: campaign.agency-points, campaign.city-bureau-points, campaign.county-bureau-points, campaign.enterprise-points, henan.zhengzhou-annex4, national.assessment-reports, national.major-omission");
    }

    [Fact]
    public void AddRulesKit_FolderExtendsEmbedded()
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-extend-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "standards"));
            File.WriteAllText(Path.Combine(dir.FullName, "standards", "extra.yaml"), TestData.Standards("a > 1")
                .Replace("categories: [cat]", "categories: [surroundings]").Replace("industries: [test]", "industries: [hazchem]"));
            using var provider = new ServiceCollection().AddRulesKit(o => { o.CatalogDirectory = dir.FullName; o.ExtendEmbedded = true; }).BuildServiceProvider();
            provider.GetRequiredService<RulesKitEngine>().Catalogs.Catalogs.Select(c => c.Id).Should().Contain(["test.standard", "hazchem.major-hazards"]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void ToProblemDetails_InputError_Status400WithEveryDiagnostic()
    {
        var act = () => TestData.Engine.ParseReport("id: [1]\n", "r.yaml");
        var problem = act.Should().Throw<RulesKitInputException>().Which.ToProblemDetails();
        problem.Status.Should().Be(400);
        var errors = problem.Extensions["errors"].Should().BeAssignableTo<IEnumerable<Dictionary<string, object>>>().Subject.ToList();
        errors.Should().Contain(e => (string)e["code"] == "RK1104" && (string)e["source"] == "r.yaml" && (int)e["line"] == 1 && (int)e["column"] == 5);
    }

    [Fact]
    public void Evaluate_MeterFromTheHost_PublishesMetricsAndAnActivity()
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

        using var provider = new ServiceCollection().AddMetrics().AddRulesKit().BuildServiceProvider();
        var engine = provider.GetRequiredService<RulesKitEngine>();
        engine.Evaluate(engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, "hazchem-c07-unresolved-hazard.false.yaml")));
        var bad = new CheckedSubject { Id = "X", Kind = "storage_tank_area", Observed = TestData.Values(("mhi_grade", "two")) };
        var act = () => engine.Evaluate(TestData.Report("hazchem", new DateOnly(2021, 1, 1), [bad]));
        act.Should().Throw<RulesKitInputException>();
        var parse = () => engine.ParseReport("id: [", "broken.yaml");
        parse.Should().Throw<RulesKitInputException>();

        lock (measurements)
        {
            measurements.Should().Contain(m => m.Name == RulesKitTelemetry.ReportsEvaluated && m.Value == 1);
            measurements.Should().Contain(m => m.Name == RulesKitTelemetry.Verdicts && m.Tags.Contains("ruleskit.verdict=false_report") && m.Tags.Contains("ruleskit.list=henan.zhengzhou-annex4"));
            measurements.Should().Contain(m => m.Name == RulesKitTelemetry.EvaluationDuration && m.Value > 0 && m.Value < 60, "durations are in seconds");
            measurements.Should().Contain(m => m.Name == RulesKitTelemetry.Errors && m.Tags.Contains("ruleskit.operation=evaluate") && m.Tags.Contains("error.type=input"));
            measurements.Should().Contain(m => m.Name == RulesKitTelemetry.Errors && m.Tags.Contains("ruleskit.operation=read"));
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
