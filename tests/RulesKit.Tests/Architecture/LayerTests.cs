using System.Reflection;
using NetArchTest.Rules;

namespace RulesKit.Tests.Architecture;

/// <summary>
/// The library's layers depend one way only (README, "Layout"): foundation → model → law → engine → results →
/// explanation → the API facade. A type of a lower layer that uses a higher one fails here, by name.
/// </summary>
public class LayerTests
{
    private static readonly Assembly Library = typeof(RulesKitEngine).Assembly;

    // The facade's types live in the root namespace beside the foundation's.
    private static readonly string[] Facade = ["RulesKit.RulesKitEngine", "RulesKit.RulesKitOptions", "RulesKit.RulesKitTelemetry", "RulesKit.Telemetry", "RulesKit.RulesKitSchemas", "RulesKit.ProcessWarmUp", "RulesKit.ReportOrRecord"];

    public static TheoryData<string, string[]> Layers => new()
    {
        // layer (namespace), namespaces it may not use
        { "RulesKit.Input", ["RulesKit.Reports", "RulesKit.Inspections", "RulesKit.Catalogs", "RulesKit.Determinations", "RulesKit.Law", "RulesKit.Engine", "RulesKit.Results", "RulesKit.Explanation", .. Facade] },
        { "RulesKit.Catalogs", ["RulesKit.Reports", "RulesKit.Inspections", "RulesKit.Law", "RulesKit.Engine", "RulesKit.Results", "RulesKit.Explanation", .. Facade] },
        { "RulesKit.Determinations", ["RulesKit.Reports", "RulesKit.Inspections", "RulesKit.Law", "RulesKit.Engine", "RulesKit.Results", "RulesKit.Explanation", .. Facade] },
        { "RulesKit.Reports", ["RulesKit.Inspections", "RulesKit.Law", "RulesKit.Engine", "RulesKit.Results", "RulesKit.Explanation", .. Facade] },
        { "RulesKit.Inspections", ["RulesKit.Law", "RulesKit.Engine", "RulesKit.Results", "RulesKit.Explanation", .. Facade] },
        // The law reads the model and nothing above it: the engine calls it, never the other way round.
        { "RulesKit.Law", ["RulesKit.Engine", "RulesKit.Results", "RulesKit.Explanation", .. Facade] },
        { "RulesKit.Engine", ["RulesKit.Results", "RulesKit.Explanation", .. Facade] },
        { "RulesKit.Results", ["RulesKit.Explanation", .. Facade] },
        { "RulesKit.Explanation", Facade },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Layer_UsesOnlyLowerLayers(string layer, string[] higher)
    {
        var result = Types.InAssembly(Library).That().ResideInNamespace(layer).ShouldNot().HaveDependencyOnAny(higher).GetResult();
        result.IsSuccessful.Should().BeTrue($"{layer} may not use {string.Join(", ", higher)}; offending types: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Foundation_UsesNothingAboveIt()
    {
        var result = Types.InAssembly(Library).That().ResideInNamespaceMatching("^RulesKit$").And().DoNotHaveNameMatching("^(RulesKitEngine|RulesKitOptions|RulesKitTelemetry|Telemetry|RulesKitSchemas|ProcessWarmUp|ReportOrRecord)")
            .ShouldNot().HaveDependencyOnAny("RulesKit.Input", "RulesKit.Reports", "RulesKit.Catalogs", "RulesKit.Determinations", "RulesKit.Law", "RulesKit.Engine", "RulesKit.Results", "RulesKit.Explanation")
            .GetResult();
        result.IsSuccessful.Should().BeTrue($"offending types: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Layers_GuardFindsAViolation()
    {
        // The guard itself: the facade does use the engine, so the same rule applied to it must fail.
        Types.InAssembly(Library).That().HaveNameStartingWith("RulesKitEngine").ShouldNot().HaveDependencyOnAny("RulesKit.Engine").GetResult()
            .IsSuccessful.Should().BeFalse();
    }

    [Fact]
    public void PublicTypes_EachInAFileNamedAfterIt()
    {
        foreach (var library in new[] { "RulesKit", "RulesKit.Campaign", "RulesKit.Testing", "RulesKit.Hosting", "RulesKit.Workbench" })
        {
            var root = Path.Combine(TestData.RepositoryRoot, "src", library);
            var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                .GroupBy(Path.GetFileNameWithoutExtension).ToDictionary(g => g.Key!, g => g.ToList());
            foreach (var type in Assembly.Load(library).GetExportedTypes().Where(t => !t.IsNested))
            {
                var name = type.Name.Split('`')[0];
                files.Should().ContainKey(name, $"{type.FullName} lives in {name}.cs");
                var declarations = files[name].Sum(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"^public (sealed |static |abstract |partial |readonly )*(class|record|enum|struct|interface) ", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
                declarations.Should().Be(1, $"{name}.cs holds one public type");
            }
        }
    }

    [Fact]
    public void TestFolders_MirrorTheSourceFolders()
    {
        // tests/RulesKit.Tests/Law mirrors src/RulesKit/Law; Campaign/Batch mirrors src/RulesKit.Campaign/Batch.
        var tests = Path.Combine(TestData.RepositoryRoot, "tests", "RulesKit.Tests");
        var folders = Directory.EnumerateDirectories(tests, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(tests, d).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(d => d.Split('/')[0] is not ("bin" or "obj" or "Architecture") && Directory.EnumerateFiles(Path.Combine(tests, d), "*.cs").Any())
            .ToList();
        folders.Should().Contain(["Law", "Engine/Compilation", "Campaign/Batch", "Cli/Commands/Campaign"]);
        foreach (var folder in folders)
        {
            var first = folder.Split('/')[0];
            var package = Path.Combine(TestData.RepositoryRoot, "src", "RulesKit." + first);
            var mirror = Directory.Exists(package)
                ? Path.Combine(package, folder.Length > first.Length ? folder[(first.Length + 1)..] : "")
                : Path.Combine(TestData.RepositoryRoot, "src", "RulesKit", folder);
            Directory.Exists(mirror).Should().BeTrue($"tests/RulesKit.Tests/{folder} mirrors {Path.GetRelativePath(TestData.RepositoryRoot, mirror)}");
        }
    }
}
